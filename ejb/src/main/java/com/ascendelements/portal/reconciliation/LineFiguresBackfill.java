package com.ascendelements.portal.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Gives the orders that existed before the running totals (V18), or that a data load wrote around them, their
 * figures: a batch of orders per transaction, in id order, the position kept in {@code line_figures_backfill} and
 * locked while a batch runs, so several nodes take turns and a crash loses at most one batch. Run by
 * {@link LineFiguresBackfillSchedule}.
 */
@Stateless
public class LineFiguresBackfill {

    static final int BATCH = 500;

    @Inject
    private ReconciliationQueries queries;
    @Inject
    private RunningTotals totals;

    /** One batch; false when there is nothing left to do. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean next() {
        Optional<Long> position = queries.backfillPosition();
        if (position.isEmpty()) {
            return false;
        }
        List<Long> orders = queries.ordersAfter(position.get(), BATCH);
        if (orders.isEmpty()) {
            queries.backfilled(position.get(), true);
            return false;
        }
        totals.refresh(orders);
        queries.backfilled(orders.get(orders.size() - 1), false);
        return true;
    }
}
