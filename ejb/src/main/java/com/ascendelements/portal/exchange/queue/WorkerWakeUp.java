package com.ascendelements.portal.exchange.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Wakes this node's workers once the transaction that queued work has committed (never before: they would miss it). */
@ApplicationScoped
public class WorkerWakeUp {

    @Inject
    private ExchangeWorker worker;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobQueued queued) {
        worker.wake();
    }
}
