package com.ascendelements.portal.shipping;

/** A shipment from dispatch to receipt. */
public enum ShipNoticeStatus {
    IN_TRANSIT,
    /** Some lots or lines have arrived (a multi-truck shipment), not all. */
    PARTIALLY_RECEIVED,
    RECEIVED, RECEIVED_WITH_DISCREPANCY, CANCELLED
}
