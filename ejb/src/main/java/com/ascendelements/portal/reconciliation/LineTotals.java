package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.invoicing.InvoiceStatus;
import com.ascendelements.portal.invoicing.InvoiceType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What shipped, arrived, was invoiced and approved of PO lines, worked out from the documents: the one place for these
 * rules, used to keep the running totals ({@link RunningTotals}) and, until they are complete, by the reconciliation.
 * Cancelled ship notices and invoices count for nothing; a final invoice replaces the provisional ones of its PO line; a
 * credit note gives back quantity and money, a debit note adds money only; an invoice in another currency than its
 * order's, or billed in a unit its price is not per, is an exception of the match and adds no money here.
 */
final class LineTotals {

    /** A PO line the totals are for. */
    record Line(long lineId, long orderId, String lineNumber, UnitOfMeasure unit, String currency) {
    }

    /** One line's totals: quantities in the line's unit, money in the order's currency, rounded to its minor unit. */
    record Totals(Quantity shipped, Quantity received, Quantity invoiced, Quantity approved, Money invoicedAmount, Money approvedAmount) {
        static Totals none(UnitOfMeasure unit, String currency) {
            Quantity zero = Quantity.zero(unit);
            return new Totals(zero, zero, zero, zero, Money.zero(currency).rounded(), Money.zero(currency).rounded());
        }
    }

    private LineTotals() {
    }

    /**
     * @param shipped  order id, PO line number, unit, quantity shipped (cancelled ship notices left out)
     * @param received order id, PO line number, unit, quantity received
     * @param invoiced order id, PO line number, quantity, unit, unit price, currency, price unit, invoice status, the
     *                 order's currency, invoice type (cancelled left out)
     * @return the totals of every line, by line id
     */
    static Map<Long, Totals> of(List<Line> lines, List<Object[]> shipped, List<Object[]> received, List<Object[]> invoiced) {
        Map<String, Quantity> shippedSums = sums(shipped);
        Map<String, Quantity> receivedSums = sums(received);
        Map<String, Billed> billed = billed(invoiced);
        Map<Long, Totals> totals = new HashMap<>();
        for (Line line : lines) {
            String key = key(line.orderId(), line.lineNumber());
            Quantity zero = Quantity.zero(line.unit());
            Billed b = billed.getOrDefault(key, new Billed(zero, Money.zero(line.currency()), zero, Money.zero(line.currency())));
            totals.put(line.lineId(), new Totals(shippedSums.getOrDefault(key, zero).in(line.unit()), receivedSums.getOrDefault(key, zero).in(line.unit()),
                    b.quantity().in(line.unit()), b.approvedQuantity().in(line.unit()), b.amount().rounded(), b.approvedAmount().rounded()));
        }
        return totals;
    }

    private static Map<String, Billed> billed(List<Object[]> rows) {
        Map<String, Billed> billed = new HashMap<>();
        // a final invoice replaces the provisional ones of its PO line
        Set<String> settled = new HashSet<>();
        rows.stream().filter(row -> row[9] == InvoiceType.FINAL).forEach(row -> settled.add(key(row[0], row[1])));
        for (Object[] row : rows) {
            InvoiceType type = (InvoiceType) row[9];
            UnitOfMeasure unit = (UnitOfMeasure) row[3];
            boolean mass = unit.kilograms().isPresent() && ((UnitOfMeasure) row[6]).kilograms().isPresent();
            if (type == InvoiceType.PROVISIONAL && settled.contains(key(row[0], row[1])) || unit != row[6] && !mass) {
                continue;   // replaced by the final invoice, or billed in a unit the price is not per (an exception of the match)
            }
            Quantity quantity = Quantity.of((BigDecimal) row[2], unit);
            // an invoice in another currency than its order's is an exception of its own; its money is not added here
            Money amount = row[5].equals(row[8]) ? Money.of((BigDecimal) row[4], (String) row[5]).times(quantity.in((UnitOfMeasure) row[6]).amount())
                    : Money.zero((String) row[8]);
            if (type == InvoiceType.CREDIT_NOTE) {   // gives back: less invoiced, in quantity and money
                quantity = quantity.times(BigDecimal.ONE.negate());
                amount = amount.times(BigDecimal.ONE.negate());
            } else if (type == InvoiceType.DEBIT_NOTE) {   // a price difference: money, no quantity
                quantity = Quantity.zero(quantity.unit());
            }
            boolean approved = row[7] == InvoiceStatus.APPROVED || row[7] == InvoiceStatus.PAID;
            billed.merge(key(row[0], row[1]), new Billed(quantity, amount, approved ? quantity : Quantity.zero(quantity.unit()),
                    approved ? amount : Money.zero(amount.currency())), Billed::plus);
        }
        return billed;
    }

    /** What was invoiced of one PO line, and of it what is approved. */
    private record Billed(Quantity quantity, Money amount, Quantity approvedQuantity, Money approvedAmount) {
        Billed plus(Billed other) {
            return new Billed(quantity.plus(other.quantity), amount.plus(other.amount), approvedQuantity.plus(other.approvedQuantity),
                    approvedAmount.plus(other.approvedAmount));
        }
    }

    private static Map<String, Quantity> sums(List<Object[]> rows) {
        Map<String, Quantity> sums = new HashMap<>();
        rows.forEach(row -> sums.merge(key(row[0], row[1]), Quantity.of((BigDecimal) row[3], (UnitOfMeasure) row[2]), Quantity::plus));
        return sums;
    }

    private static String key(Object orderId, Object lineNumber) {
        return orderId + "/" + lineNumber;
    }
}
