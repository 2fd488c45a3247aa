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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's workers of the exchange engine: each polls the database queue, claims what is due and runs it. Every
 * node of a cluster runs its own workers on the shared queue; the claims make sure that a job runs on one node at a
 * time. Work queued on this node wakes an idle worker at once; work queued elsewhere is found by the next poll.
 *
 * <p>The workers are threads of the container's ManagedThreadFactory, started here at deployment, so they carry the
 * application's context and no caller's identity: what they do is recorded as done by "system", never by the person
 * whose upload happened to wake them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeWorker {

    private static final Logger LOG = Logger.getLogger(ExchangeWorker.class.getName());
    private static final int BATCH = 20;
    /** How long this node remembers a ticket its workers tried: much longer than a due list stays in use. */
    private static final long TRIED_MEMORY_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Resource
    private ManagedThreadFactory threads;
    @Inject
    private JobRunner runner;
    @Inject
    private WorkerSettings settings;

    private final List<Thread> workers = new ArrayList<>();
    private final Semaphore wakeUps = new Semaphore(0);
    /**
     * Tickets (a job at one version) that a worker of this node has tried to claim, with when. The workers read
     * the same due list; without this, each would also try the jobs a sibling had claimed already, one wasted
     * transaction each (measured: three claims per job with four workers). A ticket is tried once per node: the
     * claim changes its version, so a retry, or a job taken over after its lease, is a new ticket. Only an
     * optimisation: the database claim stays what makes a job run on one node at a time.
     */
    private final Map<ClaimTicket, Long> tried = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    @PostConstruct
    void startWorkers() {
        int count = settings.workers();
        for (int i = 0; i < count; i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("exchange-worker-" + (i + 1));
            workers.add(worker);
            worker.start();
        }
        LOG.info(() -> count + " exchange workers on node " + settings.node() + ", polling every "
                + settings.pollInterval().toMillis() + " ms");
    }

    @PreDestroy
    void stopWorkers() {
        stopping = true;
        wakeUps.release(workers.size());
        for (Thread worker : workers) {
            worker.interrupt();
        }
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * New work was queued on this node: an idle worker starts on it now rather than at its next poll. Called after a
     * commit (an AFTER_SUCCESS observer), so it must not suspend the completed transaction: SUPPORTS.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void wake() {
        if (wakeUps.availablePermits() < workers.size()) {
            wakeUps.release();
        }
    }

    private void work() {
        long interval = settings.pollInterval().toMillis();
        while (!stopping) {
            try {
                drain();
                wakeUps.tryAcquire(interval, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Exchange worker stopped a round on an error; it polls again", e);
                sleepQuietly(interval);
            }
        }
    }

    /** Runs due jobs, a list at a time, until a list comes back short (all that was due) or with nothing for this node. */
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
                if (tried.putIfAbsent(ticket, System.nanoTime()) == null) {
                    ranAny |= claimAndRun(ticket);
                }
            }
            forgetOldTickets();
            if (!ranAny || due.size() < BATCH) {
                // nothing was left for this node, or the list held all that was due: asking again now would mostly
                // find nothing (a query per job at low rates); work queued since then has left a wake-up permit
                return;
            }
        }
    }

    /** A claim that failed on an error (not lost to another worker) may be tried again by this node at once. */
    private boolean claimAndRun(ClaimTicket ticket) {
        try {
            return runner.run(ticket);
        } catch (RuntimeException e) {
            tried.remove(ticket);
            throw e;
        }
    }

    private void forgetOldTickets() {
        long now = System.nanoTime();
        tried.values().removeIf(at -> now - at > TRIED_MEMORY_NANOS);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
