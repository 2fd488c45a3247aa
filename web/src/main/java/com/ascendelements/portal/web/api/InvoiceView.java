package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceLine;
import com.ascendelements.portal.invoicing.MatchStatus;
import com.ascendelements.portal.invoicing.ReceiptAllocation;
import com.ascendelements.portal.shipping.LotReceipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An invoice as the API shows it: its figures, the shipments it names, its three-way match (per line: the outcome,
 * the reasons, ordered/shipped/received/invoiced side by side in the PO line's unit, the price on the order against the
 * invoice's, the difference in money, and the receipts it billed) and finance's decision.
 */
public record InvoiceView(long id, String invoiceNumber, String seller, String buyer, String poNumber, LocalDate invoiceDate,
                          String type, String currency, BigDecimal total, String status, String matchStatus, Instant matchedAt,
                          String decisionReason, String decidedBy, Instant decidedAt, Set<String> shipmentReferences,
                          List<Line> lines) {

    /** One invoice line with its match. */
    public record Line(String lineNumber, String poLineNumber, String material, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       String priceUnit, BigDecimal amount, String matchStatus, List<String> reasons, String matchUnit,
                       BigDecimal ordered, BigDecimal shipped, BigDecimal received, BigDecimal invoicedBefore, BigDecimal matched,
                       BigDecimal contractPrice, BigDecimal invoicePrice, BigDecimal difference, List<Billed> receipts) {
    }

    /** What the line billed of one receipt. */
    public record Billed(long receiptId, long shipNoticeId, String shipmentId, String lotNumber, String deliveryReference,
                         LocalDate receivedOn, BigDecimal quantity, String unit) {
        static Billed of(ReceiptAllocation a) {
            LotReceipt r = a.receipt();
            return new Billed(r.id(), r.shipNotice().id(), r.shipNotice().shipmentId(), r.item().lot().lotNumber(),
                    r.deliveryReference().orElse(null), r.receivedOn(), a.quantity().amount(), a.quantity().unit().symbol());
        }
    }

    /**
     * @param staff whether the caller is the hub's staff: a partner sees finance's reason only for a dispute (the notes
     *              of a hold or an approval are finance's own)
     */
    static InvoiceView summary(Invoice i, boolean staff) {
        boolean shown = staff || i.status() == com.ascendelements.portal.invoicing.InvoiceStatus.DISPUTED;
        return new InvoiceView(i.id(), i.invoiceNumber(), i.seller().code(), i.buyer().code(), i.poNumber(), i.invoiceDate(),
                i.type().name(), i.currency(), i.total().amount(), i.status().name(), i.matchStatus().map(Enum::name).orElse(null),
                i.matchedAt().orElse(null), shown ? i.decisionReason().orElse(null) : null, shown ? i.decidedBy().orElse(null) : null,
                i.decidedAt().orElse(null), i.shipmentReferences(), null);
    }

    static InvoiceView detail(Invoice i, boolean staff) {
        InvoiceView s = summary(i, staff);
        return new InvoiceView(s.id, s.invoiceNumber, s.seller, s.buyer, s.poNumber, s.invoiceDate, s.type, s.currency, s.total,
                s.status, s.matchStatus, s.matchedAt, s.decisionReason, s.decidedBy, s.decidedAt, s.shipmentReferences,
                i.lines().stream().map(InvoiceView::line).toList());
    }

    private static Line line(InvoiceLine l) {
        boolean matched = l.matchStatus().isPresent();
        return new Line(l.lineNumber(), l.poLineNumber(), l.material().code(), l.quantity().amount(), l.quantity().unit().symbol(),
                l.unitPrice().amount(), l.priceUnit().symbol(), l.amount().rounded().amount(),
                l.matchStatus().map(MatchStatus::name).orElse(null), l.matchReasons().stream().map(Enum::name).toList(),
                matched ? l.ordered().unit().symbol() : null, matched ? l.ordered().amount() : null, matched ? l.shipped().amount() : null,
                matched ? l.received().amount() : null, matched ? l.invoicedBefore().amount() : null, matched ? l.matched().amount() : null,
                l.contractPrice().map(Money::amount).orElse(null), matched ? l.invoicePrice().amount() : null,
                matched ? l.difference().amount() : null, l.allocations().stream().map(Billed::of).toList());
    }
}
