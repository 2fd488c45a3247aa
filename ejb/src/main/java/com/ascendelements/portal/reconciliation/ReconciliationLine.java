package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import java.time.LocalDate;

/**
 * One PO line of the period: what was ordered, shipped, received, invoiced and approved of it, in the line's unit, and
 * the money each is worth at the order's price (invoiced and approved at the invoices' own amounts).
 *
 * @param payable whether the hub buys (accounts payable) or sells (accounts receivable) on this line
 */
public record ReconciliationLine(String poNumber, LocalDate orderDate, String lineNumber, String material, boolean payable,
                                 Money price, UnitOfMeasure priceUnit, Quantity ordered, Quantity shipped, Quantity received,
                                 Quantity invoiced, Quantity approved, Money invoicedAmount, Money approvedAmount) {

    public Money orderedAmount() {
        return valueOf(ordered);
    }

    public Money shippedAmount() {
        return valueOf(shipped);
    }

    public Money receivedAmount() {
        return valueOf(received);
    }

    /** Received and not yet invoiced: what finance accrues. */
    public Quantity receivedNotInvoiced() {
        Quantity open = received.minus(invoiced);
        return open.isPositive() ? open : Quantity.zero(ordered.unit());
    }

    /** Invoiced beyond what was received. */
    public Quantity invoicedNotReceived() {
        Quantity over = invoiced.minus(received);
        return over.isPositive() ? over : Quantity.zero(ordered.unit());
    }

    public Money accrual() {
        return valueOf(receivedNotInvoiced());
    }

    public Money invoicedNotReceivedAmount() {
        return valueOf(invoicedNotReceived());
    }

    /** The quantity's worth at the order's price, rounded to the currency's minor unit. */
    private Money valueOf(Quantity quantity) {
        return price.times(quantity.in(priceUnit).amount()).rounded();
    }
}
