package com.ascendelements.portal.purchasing;

/**
 * Every line of a purchase order has been answered by its seller. Observers run in the same transaction (the
 * exchange writes the 855 that says so), so the answer and its document commit together or not at all.
 *
 * @param order    the answered order
 * @param received whether the answer came in as an 855 from the seller's system, which is then the document itself
 */
public record PurchaseOrderAnswered(PurchaseOrder order, boolean received) {
}
