package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceIssued;
import com.ascendelements.portal.invoicing.InvoiceStatusChanged;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.shipping.GoodsReceived;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentDispatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the running totals of PO lines ({@link LineFigures}) as the documents that make them arrive: a shipment, a
 * receipt, an invoice, an invoice matched or decided. Each time, the totals of that order's lines are worked out again
 * from its documents ({@link LineTotals}) in the writer's transaction, under a lock on the order, so they are never a
 * sum of increments that a lost update or a retry could skew.
 */
@ApplicationScoped
public class RunningTotals {

    @Inject
    private ReconciliationQueries queries;

    // a shipment or receipt refreshes every order of its ship notice at once, so their locks are taken in id order (two
    // notices naming the same orders in another order never wait for each other)
    void onDispatched(@Observes ShipmentDispatched dispatched) {
        refresh(ordersOf(dispatched.notice()));
    }

    void onReceived(@Observes GoodsReceived received) {
        refresh(ordersOf(received.notice()));
    }

    private static Set<Long> ordersOf(ShipNotice notice) {
        return notice.orders().stream().flatMap(o -> o.purchaseOrder().stream()).map(PurchaseOrder::id)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    void onIssued(@Observes InvoiceIssued issued) {
        refresh(issued.invoice());
    }

    void onStatusChanged(@Observes InvoiceStatusChanged changed) {
        refresh(changed.invoice());
    }

    private void refresh(Invoice invoice) {
        invoice.purchaseOrder().map(PurchaseOrder::id).ifPresent(id -> refresh(Set.of(id)));
    }

    /** Works the totals of these orders' lines out again and writes what changed. */
    public void refresh(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        queries.lock(orderIds);
        ReconciliationQueries.Scope scope = ReconciliationQueries.Scope.orders(orderIds);
        List<LineTotals.Line> lines = queries.lines(scope).stream().map(ReconciliationQueries::lineOf).toList();
        Map<Long, LineTotals.Totals> totals = LineTotals.of(lines, queries.shipped(scope), queries.received(scope), queries.invoiced(scope));
        Map<Long, LineFigures> kept = queries.figuresOf(orderIds).stream().collect(Collectors.toMap(LineFigures::lineId, Function.identity()));
        for (LineTotals.Line line : lines) {
            LineTotals.Totals now = totals.get(line.lineId());
            LineFigures figures = kept.get(line.lineId());
            if (figures == null) {
                figures = new LineFigures(line.lineId(), line.orderId());
                figures.update(now);
                queries.add(figures);
            } else if (!figures.agreeWith(now)) {
                figures.update(now);
            }
        }
    }
}
