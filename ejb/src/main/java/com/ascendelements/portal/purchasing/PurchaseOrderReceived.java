package com.ascendelements.portal.purchasing;

import java.util.List;

/**
 * A customer's order was taken (perhaps without some of its lines). Observers run in the same transaction as the
 * order's recording.
 */
public record PurchaseOrderReceived(PurchaseOrder order, List<OrderIntake.RefusedLine> refusedLines) {
}
