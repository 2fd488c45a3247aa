package com.ascendelements.portal.purchasing;

/** Where a purchase order stands between its receipt (or creation) and its closure. */
public enum PurchaseOrderStatus {
    /** Received from a customer, or created for a supplier and not yet acknowledged. */
    OPEN,
    ACCEPTED,
    /** Accepted with changes to quantities, prices or dates. */
    CHANGED,
    REJECTED,
    PARTIALLY_SHIPPED,
    SHIPPED,
    INVOICED,
    CLOSED,
    CANCELLED;

    /** As a sentence says it: PARTIALLY_SHIPPED is "partially shipped". */
    public String inWords() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
