package com.ascendelements.portal.exchange;

import java.util.List;

/** What became of a received file: its interchange, status and reason, our TA1/997 answers, the orders it created. */
public record ReceiptOutcome(long interchangeId, InterchangeStatus status, String reason, List<Long> acknowledgmentIds,
                             List<String> createdPurchaseOrders) {
}
