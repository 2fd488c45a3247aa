package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The most of a PO line that may ship, or be billed, in all: what was ordered plus the contract's quantity tolerance
 * ({@link PurchaseOrder#mostOf}), counting what went before. One rule, worded for each use.
 */
public final class LineLimit {

    private LineLimit() {
    }

    /**
     * @param done what happened before, as the message says it ("shipped", "invoiced")
     * @param may  what may happen, as the message says it ("ship", "be billed")
     * @return why this much more goes beyond the line's limit, or empty when it does not
     */
    public static Optional<String> exceeded(PurchaseOrder order, PurchaseOrderLine line, Quantity before, Quantity now, String done,
                                            String may) {
        UnitOfMeasure unit = line.quantity().unit();
        Quantity earlier = before.in(unit);
        Quantity allowed = order.mostOf(line);
        if (earlier.plus(now.in(unit)).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of("Line " + line.lineNumber() + ": " + line.quantity() + " ordered, " + earlier + " " + done + " before; at most "
                + allowed.amount().setScale(3, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " " + unit.symbol() + " may "
                + may + " (" + order.quantityTolerancePercent().stripTrailingZeros().toPlainString() + " % tolerance)");
    }
}
