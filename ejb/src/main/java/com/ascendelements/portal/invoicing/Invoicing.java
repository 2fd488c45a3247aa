package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A seller invoices a purchase order, whichever door the invoice comes through: the invoice form or the API
 * ({@link InvoiceService#issue}) or the seller's 810 (the exchange). The same rules hold for all: an invoice number
 * used once per seller, an order that can be invoiced, dates in order ({@link InvoiceRules}), lines of that order that
 * were not rejected, in a unit the line converts to. Either the invoice is recorded, the order moves on, it is audited,
 * announced ({@link InvoiceIssued}) and matched, or nothing is recorded and the reason is returned.
 *
 * <p>What it bills against what was ordered, shipped and received is the three-way match's: an invoice for more than
 * the order and its tolerance allow, or a duplicate, is recorded and lands in finance's queue as an exception
 * ({@link MatchReason#OVER_INVOICED}, {@link MatchReason#DUPLICATE_INVOICE}), where finance disputes it and the seller
 * hears it in an 824. The invoice form refuses over-billing before that ({@link InvoiceRules#overBilled}), since the
 * person filling it in can correct it at once.
 *
 * <p>Internal: its callers decide who may invoice for the seller (the seller's users, or its EDI identity).
 */
@Stateless
public class Invoicing {

    @Inject
    private Invoices invoices;
    @Inject
    private InvoiceMatching matching;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<InvoiceIssued> issued;

    /**
     * @param by       who invoices: a user name, or "EDI" and the partner's code
     * @param received whether the invoice came in as a document (an inbound 810), so that no 810 is written for it
     * @return empty when recorded, or why the invoice is refused (nothing is then recorded)
     */
    public Optional<String> record(Invoice invoice, String by, boolean received) {
        if (invoices.exists(invoice.seller(), invoice.invoiceNumber())) {
            return Optional.of("Invoice " + invoice.invoiceNumber() + " exists already; not replaced");
        }
        PurchaseOrder order = invoice.purchaseOrder().orElseThrow(() -> new IllegalArgumentException("An invoice bills a purchase order"));
        List<String> refusals = new ArrayList<>();
        // a credit or debit note corrects money already billed: it neither needs nor moves the order's status
        boolean note = invoice.type() == InvoiceType.CREDIT_NOTE || invoice.type() == InvoiceType.DEBIT_NOTE;
        if (!note && !order.isInvoiceable()) {
            refusals.add("Order " + order.poNumber() + " is " + order.status() + " and cannot be invoiced");
        }
        InvoiceRules.dateProblem(order, invoice.invoiceDate(), LocalDate.now(clock)).ifPresent(refusals::add);
        for (InvoiceLine billed : invoice.lines()) {
            PurchaseOrderLine line = order.line(billed.poLineNumber()).orElse(null);
            if (line == null) {
                refusals.add("Order " + order.poNumber() + " has no line " + billed.poLineNumber());
            } else if (line.status() == LineStatus.REJECTED && billed.quantity().isPositive()) {
                refusals.add("Line " + line.lineNumber() + " was rejected and cannot be billed");
            } else if (billed.quantity().unit() != line.quantity().unit() && !(billed.quantity().unit().isMass() && line.quantity().unit().isMass())) {
                refusals.add("Line " + line.lineNumber() + " is in " + line.quantity().unit().symbol() + ", the invoice bills it in "
                        + billed.quantity().unit().symbol());
            } else if (billed.quantity().isNegative()) {
                refusals.add("Line " + line.lineNumber() + ": the quantity billed cannot be negative");
            }
        }
        if (!refusals.isEmpty()) {
            return Optional.of("Invoice " + invoice.invoiceNumber() + " not recorded: " + String.join("; ", refusals));
        }
        invoices.add(invoice);
        if (!note) {
            order.recordInvoice(by, clock);
        }
        audit.record("INVOICE_ISSUED", "Invoice", invoice.invoiceNumber(), invoice.type() + " invoice " + invoice.invoiceNumber()
                + " for PO " + order.poNumber() + " from " + order.seller().code() + " (" + by + "): " + invoice.total());
        issued.fire(new InvoiceIssued(invoice, received));
        matching.match(invoice);
        return Optional.empty();
    }
}
