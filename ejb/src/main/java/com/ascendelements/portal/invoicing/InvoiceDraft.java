package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An invoice as the seller fills it in against one purchase order: its number, date and type, and one line per PO
 * line with the quantity billed and the unit price (in the order's price unit). A line billed at zero is left out.
 */
public class InvoiceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of invoice a seller issues from the portal (notes come later with settlement). */
    public static final List<InvoiceType> ISSUABLE_TYPES = List.of(InvoiceType.COMMERCIAL, InvoiceType.PROVISIONAL, InvoiceType.FINAL);

    private String invoiceNumber;
    private LocalDate invoiceDate;
    private InvoiceType type = InvoiceType.COMMERCIAL;
    private String shipmentReferences;
    private List<Line> lines = new ArrayList<>();

    /** One billed PO line. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private String poLineNumber;
        private String material;
        private BigDecimal quantity;
        private UnitOfMeasure unit;
        private BigDecimal unitPrice;
        private UnitOfMeasure priceUnit;

        public String getPoLineNumber() { return poLineNumber; }
        public void setPoLineNumber(String poLineNumber) { this.poLineNumber = poLineNumber; }
        public String getMaterial() { return material; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public UnitOfMeasure getUnit() { return unit; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
        public UnitOfMeasure getPriceUnit() { return priceUnit; }
    }

    /**
     * A draft prefilled from the order: every line that was not rejected, with what has shipped against it and is not
     * yet invoiced (what was ordered and is not yet invoiced when nothing has shipped), at the order's price.
     */
    public static InvoiceDraft prefilledFrom(PurchaseOrder order, Map<String, Quantity> shipped, Map<String, Quantity> invoiced,
                                             LocalDate today) {
        InvoiceDraft draft = new InvoiceDraft();
        draft.invoiceDate = today;
        boolean anythingShipped = !shipped.isEmpty();
        for (PurchaseOrderLine line : order.lines()) {
            if (line.status() == LineStatus.REJECTED) {
                continue;
            }
            UnitOfMeasure unit = line.quantity().unit();
            Quantity basis = anythingShipped ? shipped.getOrDefault(line.lineNumber(), Quantity.zero(unit)) : line.quantity();
            Quantity open = basis.minus(invoiced.getOrDefault(line.lineNumber(), Quantity.zero(unit)));
            Line l = new Line();
            l.poLineNumber = line.lineNumber();
            l.material = line.material().code() + " · " + line.material().name();
            l.quantity = open.isPositive() ? open.in(unit).amount().stripTrailingZeros() : BigDecimal.ZERO;
            l.unit = unit;
            l.unitPrice = line.unitPrice().amount().stripTrailingZeros();
            l.priceUnit = line.priceUnit();
            draft.lines.add(l);
        }
        return draft;
    }

    /**
     * Everything wrong with the draft for this order, given what has been invoiced on each line before: number and
     * date, at least one billed line, lines of this order only, prices not below zero, and no line billed beyond its
     * ordered quantity plus the contract's quantity tolerance.
     */
    public FieldErrors check(PurchaseOrder order, Map<String, Quantity> invoicedBefore, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (!order.isInvoiceable()) {
            errors.add(FieldErrors.DOCUMENT, "Order " + order.poNumber() + " is " + order.status() + " and cannot be invoiced");
        }
        errors.identifier("invoiceNumber", invoiceNumber, "invoice number", 22, true);
        if (invoiceDate == null) {
            errors.add("invoiceDate", "Enter the invoice date");
        } else {
            InvoiceRules.dateProblem(order, invoiceDate, today).ifPresent(problem -> errors.add("invoiceDate", problem));
        }
        if (shipmentReferences != null && java.util.Arrays.stream(shipmentReferences.split("[,;\\s]+")).anyMatch(r -> r.length() > 30)) {
            errors.add("shipmentReferences", "A shipment reference has at most 30 characters; separate them with commas");
        }
        if (type == null || !ISSUABLE_TYPES.contains(type)) {
            errors.add("type", "Choose the kind of invoice");
        }
        int billed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line draftLine = lines.get(i);
            String at = "lines:" + i + ":";
            PurchaseOrderLine line = draftLine.poLineNumber == null ? null : order.line(draftLine.poLineNumber).orElse(null);
            if (line == null) {
                errors.add(at + "quantity", "Order " + order.poNumber() + " has no line " + draftLine.poLineNumber);
                continue;
            }
            if (draftLine.quantity == null) {
                errors.add(at + "quantity", "Enter the quantity billed (0 to leave the line out)");
            } else if (draftLine.quantity.signum() < 0) {
                errors.add(at + "quantity", "The quantity billed cannot be negative");
            } else if (draftLine.quantity.signum() > 0) {
                billed++;
                if (line.status() == LineStatus.REJECTED) {
                    errors.add(at + "quantity", "Line " + line.lineNumber() + " was rejected and cannot be billed");
                }
                UnitOfMeasure unit = line.quantity().unit();
                InvoiceRules.overBilled(order, line, invoicedBefore.getOrDefault(line.lineNumber(), Quantity.zero(unit)),
                        Quantity.of(draftLine.quantity, unit)).ifPresent(problem -> errors.add(at + "quantity", problem));
            }
            if (draftLine.unitPrice == null) {
                errors.add(at + "unitPrice", "Enter the unit price");
            } else if (draftLine.unitPrice.signum() < 0) {
                errors.add(at + "unitPrice", "A price cannot be negative");
            } else if (draftLine.unitPrice.scale() > 4 && draftLine.unitPrice.stripTrailingZeros().scale() > 4) {
                errors.add(at + "unitPrice", "At most 4 decimals");
            }
        }
        if (billed == 0) {
            errors.add(FieldErrors.DOCUMENT, "Bill at least one line");
        }
        return errors;
    }

    /** The invoice the draft describes; call only once {@link #check} found nothing wrong. */
    public Invoice toInvoice(PurchaseOrder order) {
        Invoice invoice = new Invoice(invoiceNumber.strip(), order.seller(), order.buyer(), order.poNumber(), order, invoiceDate, type,
                order.currency());
        int number = 1;
        for (Line draftLine : lines) {
            if (draftLine.quantity.signum() == 0) {
                continue;
            }
            PurchaseOrderLine line = order.line(draftLine.poLineNumber).orElseThrow();
            invoice.addLine(String.valueOf(number++), line.lineNumber(), line.material(), Quantity.of(draftLine.quantity, line.quantity().unit()),
                    Money.of(draftLine.unitPrice, order.currency()), line.priceUnit());
        }
        if (shipmentReferences != null) {
            for (String reference : shipmentReferences.split("[,;\\s]+")) {
                invoice.referToShipment(reference);
            }
        }
        return invoice;
    }

    /** The shipments billed, by bill of lading, shipment id, lot or delivery, separated by commas; none: oldest first. */
    public String getShipmentReferences() { return shipmentReferences; }
    public void setShipmentReferences(String v) { this.shipmentReferences = v; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public void setInvoiceDate(LocalDate invoiceDate) { this.invoiceDate = invoiceDate; }
    public InvoiceType getType() { return type; }
    public void setType(InvoiceType type) { this.type = type; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
