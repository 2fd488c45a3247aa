package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.shipping.GoodsReceived;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The three-way match as a use case: an invoice, however it arrived (an inbound 810, web EDI, the hub's own), is
 * matched against its order, what shipped and the receipts it bills when it is recorded, and again whenever something
 * of that order arrives while the invoice waits. Runs in the caller's transaction.
 */
@ApplicationScoped
public class InvoiceMatching {

    private static final Logger LOG = Logger.getLogger(InvoiceMatching.class.getName());
    /**
     * With {@code -Dportal.match.timing=true} every match logs what it cost (its reads, the decision and its writes,
     * flushed for the measurement; the invoice's own rows are written before the clock starts): perf/FinanceBench.java
     * reads these lines from the server's log.
     */
    private static final boolean TIMING = Boolean.getBoolean("portal.match.timing");

    @Inject
    private Invoices invoices;
    @Inject
    private ShipNotices shipNotices;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<InvoiceStatusChanged> changed;

    /**
     * Matches the invoice, unless a person has decided it already. Credit and debit notes correct money, not what
     * arrived: they are not matched and wait, open, for finance.
     */
    public void match(Invoice invoice) {
        if (!invoice.awaitsMatch() || invoice.type() == InvoiceType.CREDIT_NOTE || invoice.type() == InvoiceType.DEBIT_NOTE) {
            return;
        }
        long started = 0;
        if (TIMING) {
            invoices.flush();  // the invoice's own rows are the recording's cost, not the match's
            started = System.nanoTime();
        }
        PurchaseOrder order = invoice.purchaseOrder().orElse(null);
        if (order != null) {
            invoices.lockForMatching(order);
        }
        List<LotReceipt> receipts = order == null ? List.of() : shipNotices.receiptsOf(order);
        ThreeWayMatch match = order == null
                ? new ThreeWayMatch(null, ThreeWayMatch.Terms.NONE, List.of(), List.of(), Map.of(), Set.of(), false)
                : new ThreeWayMatch(order, termsOf(order), shipmentsOf(order), arrivals(receipts, invoices.billedPerReceipt(invoice)),
                        invoices.invoicedPerLineBeside(invoice), invoices.namedByOthers(invoice), invoices.hasDuplicate(invoice));
        List<ThreeWayMatch.LineMatch> lines = match.match(invoice);
        Map<Long, LotReceipt> byId = receipts.stream().collect(Collectors.toMap(LotReceipt::id, Function.identity()));
        invoice.recordMatch(lines, byId::get, clock.instant());
        audit.record("INVOICE_MATCHED", "Invoice", invoice.invoiceNumber(), "Invoice " + invoice.invoiceNumber() + " from "
                + invoice.seller().code() + " for PO " + invoice.poNumber() + ": " + invoice.matchStatus().orElseThrow()
                + (invoice.status() == InvoiceStatus.EXCEPTION ? " — " + reasons(lines) : ", approved"));
        if (TIMING) {
            invoices.flush();
            LOG.info(String.format(java.util.Locale.ROOT, "match-timing invoice=%s lines=%d receipts=%d ms=%.3f",
                    invoice.invoiceNumber(), lines.size(), receipts.size(), (System.nanoTime() - started) / 1e6));
        }
        // the reconciliation's running totals follow (their cost is the recording's, like a shipment's: not timed here)
        changed.fire(new InvoiceStatusChanged(invoice));
    }

    /** Matches again the order's invoices that wait (after a receipt, or after a dispute freed what an invoice billed). */
    public void matchWaiting(PurchaseOrder order) {
        invoices.awaitingMatch(order).forEach(this::match);
    }

    /** Something arrived: the order's invoices that wait for their match are matched again. */
    void onGoodsReceived(@Observes GoodsReceived received) {
        received.notice().orders().stream().flatMap(o -> o.purchaseOrder().stream()).distinct().forEach(this::matchWaiting);
    }

    private static ThreeWayMatch.Terms termsOf(PurchaseOrder order) {
        return order.contract().map(Contract::tolerances)
                .map(t -> new ThreeWayMatch.Terms(t.quantityPercent(), t.pricePercent(), t.amount().orElse(null)))
                .orElse(ThreeWayMatch.Terms.NONE);
    }

    private List<ThreeWayMatch.Shipment> shipmentsOf(PurchaseOrder order) {
        return shipNotices.shipmentsOf(order).stream().flatMap(so -> so.lots().stream())
                .flatMap(lot -> lot.items().stream())
                .map(item -> new ThreeWayMatch.Shipment(item.poLineNumber(), item.quantity(),
                        references(item.lot().order().shipNotice(), item.lot().lotNumber(), null)))
                .toList();
    }

    private static List<ThreeWayMatch.Arrival> arrivals(List<LotReceipt> receipts, Map<Long, Quantity> billedElsewhere) {
        return receipts.stream().map(r -> new ThreeWayMatch.Arrival(r.id(), r.item().poLineNumber(), r.receivedOn(), r.received(),
                        references(r.shipNotice(), r.item().lot().lotNumber(), r.deliveryReference().orElse(null)),
                        billedElsewhere.getOrDefault(r.id(), Quantity.zero(r.received().unit()))))
                .toList();
    }

    /** The references an invoice may name a shipment by: shipment id, bill of lading, lot, delivery. */
    private static Set<String> references(ShipNotice notice, String lotNumber, String deliveryReference) {
        return Stream.of(notice.shipmentId(), notice.billOfLading(), lotNumber, deliveryReference)
                .filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.toSet());
    }

    private static String reasons(List<ThreeWayMatch.LineMatch> lines) {
        return lines.stream().filter(l -> l.status() == MatchStatus.EXCEPTION)
                .map(l -> "line " + l.lineNumber() + ": " + l.reasons().stream().map(MatchReason::label).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
