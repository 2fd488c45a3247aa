package com.ascendelements.portal.exchange.queue;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's workers of the exchange engine: each polls the database queue, claims what is due and runs it. Every
 * node of a cluster runs its own workers on the shared queue; the claims make sure that a job runs on one node at a
 * time. Work queued on this node wakes the workers at once; work queued elsewhere is found by the next poll.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeWorker {

    private static final Logger LOG = Logger.getLogger(ExchangeWorker.class.getName());
    private static final int BATCH = 20;

    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private JobRunner runner;
    @Inject
    private WorkerSettings settings;

    private final List<ScheduledFuture<?>> pollers = new ArrayList<>();
    private Semaphore workers;
    private volatile boolean stopping;

    @PostConstruct
    void startWorkers() {
        int count = settings.workers();
        workers = new Semaphore(count);
        long interval = settings.pollInterval().toMillis();
        for (int i = 0; i < count; i++) {
            pollers.add(scheduler.scheduleWithFixedDelay(this::work, interval + i * interval / count, interval,
                    TimeUnit.MILLISECONDS));
        }
        LOG.info(() -> count + " exchange workers on node " + settings.node() + ", polling every " + interval + " ms");
    }

    @PreDestroy
    void stopWorkers() {
        stopping = true;
        pollers.forEach(poller -> poller.cancel(false));
    }

    /**
     * New work was queued on this node: an idle worker starts on it now rather than at its next poll. Called after a
     * commit (an AFTER_SUCCESS observer), so it must not suspend the completed transaction: SUPPORTS.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void wake() {
        if (!stopping && workers.availablePermits() > 0) {
            try {
                scheduler.execute(this::work);
            } catch (RejectedExecutionException e) {
                LOG.fine("Worker pool busy; the next poll finds the work");
            }
        }
    }

    private void work() {
        if (stopping || !workers.tryAcquire()) {
            return;
        }
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange worker stopped a round on an error; it polls again", e);
        } finally {
            workers.release();
        }
    }

    /** Runs due jobs until none is left that this node can claim. */
    private void drain() {
        while (!stopping) {
            List<ClaimTicket> due = new ArrayList<>(runner.due(BATCH));
            if (due.isEmpty()) {
                return;
            }
            Collections.shuffle(due);  // concurrent workers start on different jobs rather than race for the first
            boolean ranAny = false;
            for (ClaimTicket ticket : due) {
                if (stopping) {
                    return;
                }
                ranAny |= runner.run(ticket);
            }
            if (!ranAny) {
                return;
            }
        }
    }
}
