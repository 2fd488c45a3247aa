package com.ascendelements.portal.shipping;

/** A shipment from dispatch to receipt. */
public enum ShipNoticeStatus {
    IN_TRANSIT, RECEIVED, RECEIVED_WITH_DISCREPANCY, CANCELLED
}
