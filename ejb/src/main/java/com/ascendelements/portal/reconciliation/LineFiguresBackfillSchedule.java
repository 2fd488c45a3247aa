package com.ascendelements.portal.reconciliation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks once a minute (the first time 10 s after start) whether the running totals need a backfill, and runs it batch
 * by batch until it is complete. On a database whose figures are complete that is one small read a minute.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LineFiguresBackfillSchedule {

    private static final Logger LOG = Logger.getLogger(LineFiguresBackfillSchedule.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private LineFiguresBackfill backfill;

    private ScheduledFuture<?> runs;

    @PostConstruct
    void schedule() {
        runs = scheduler.scheduleWithFixedDelay(this::run, 10, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    private void run() {
        try {
            int batches = 0;
            long started = System.nanoTime();
            while (backfill.next()) {
                batches++;
            }
            if (batches > 0) {
                long orders = (long) batches * LineFiguresBackfill.BATCH;
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                LOG.info(() -> "Running totals worked out for up to " + orders + " orders in " + seconds + " s; the reconciliation reads them now");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The running totals' backfill stopped; it goes on in a minute", e);
        }
    }
}
