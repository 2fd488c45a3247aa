package com.ascendelements.portal.purchasing;

/**
 * Every line of a purchase order has been answered by its seller. Observers run in the same transaction (the
 * exchange writes the 855 that says so), so the answer and its document commit together or not at all.
 */
public record PurchaseOrderAnswered(PurchaseOrder order) {
}
