package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.purchasing.LineLimit;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an invoice may bill: dated from the order's date up to today, whichever door it comes through (the invoice
 * form, the API, a supplier's 810); and per PO line no more than ordered plus the contract's quantity tolerance, counting
 * what was billed before, which the invoice form refuses at entry while a received 810 that bills more is recorded and
 * flagged by the three-way match for finance ({@link Invoicing}). What arrived is the match's business, not a refusal.
 */
public final class InvoiceRules {

    private InvoiceRules() {
    }

    /** Why an invoice of this date cannot bill the order, or empty. */
    public static Optional<String> dateProblem(PurchaseOrder order, LocalDate invoiceDate, LocalDate today) {
        if (invoiceDate.isBefore(order.orderDate())) {
            return Optional.of("The invoice date is before the order date " + order.orderDate());
        }
        return invoiceDate.isAfter(today) ? Optional.of("The invoice date cannot be in the future") : Optional.empty();
    }

    /** Why this much more cannot be billed on the line, or empty when it may. */
    public static Optional<String> overBilled(PurchaseOrder order, PurchaseOrderLine line, Quantity billedBefore, Quantity billedNow) {
        return LineLimit.exceeded(order, line, billedBefore, billedNow, "invoiced", "be billed");
    }
}
