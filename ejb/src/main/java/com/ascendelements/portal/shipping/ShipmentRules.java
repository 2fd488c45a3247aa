package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.purchasing.LineLimit;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
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
        return LineLimit.exceeded(order, line, shippedBefore, shippedNow, "shipped", "ship");
    }
}
