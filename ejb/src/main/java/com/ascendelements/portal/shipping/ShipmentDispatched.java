package com.ascendelements.portal.shipping;

import com.ascendelements.portal.purchasing.PurchaseOrder;

/**
 * A seller dispatched a shipment against a purchase order. Observers run in the same transaction (the exchange writes
 * the 856 that says so, unless the shipment came in as one: {@code received}), so the ship notice and its document
 * commit together or not at all.
 */
public record ShipmentDispatched(ShipNotice notice, PurchaseOrder order, boolean received) {
}
