package com.ascendelements.portal.purchasing;

/**
 * Procurement placed a purchase order with a supplier. Observers run in the same transaction (the exchange writes
 * the 850 that sends it), so the order and its document commit together or not at all.
 */
public record PurchaseOrderPlaced(PurchaseOrder order) {
}
