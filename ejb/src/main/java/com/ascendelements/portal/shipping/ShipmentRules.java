package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How much of a PO line may ship, whichever door the shipment is told through (the ship notice form, the API, a
 * supplier's 856): what was ordered plus the contract's quantity tolerance (none without a contract), counting what
 * shipped before.
 */
public final class ShipmentRules {

    private ShipmentRules() {
    }

    /** Why this much more cannot ship on the line, or empty when it may. */
    public static Optional<String> overShipped(PurchaseOrder order, PurchaseOrderLine line, Quantity shippedBefore, Quantity shippedNow) {
        UnitOfMeasure unit = line.quantity().unit();
        Quantity before = shippedBefore.in(unit);
        Quantity allowed = order.mostOf(line);
        if (before.plus(shippedNow.in(unit)).compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        return Optional.of("Line " + line.lineNumber() + ": " + line.quantity() + " ordered, " + before + " shipped before; at most "
                + allowed.amount().setScale(3, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " " + unit.symbol()
                + " may ship (" + order.quantityTolerancePercent().stripTrailingZeros().toPlainString() + " % tolerance)");
    }
}
