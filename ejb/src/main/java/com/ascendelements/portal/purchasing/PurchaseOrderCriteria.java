package com.ascendelements.portal.purchasing;

import java.time.LocalDate;

/** What a user filters the purchase-order list by; every field is optional. */
public record PurchaseOrderCriteria(String poNumber, Long partnerId, PurchaseOrderStatus status,
                                    LocalDate orderedFrom, LocalDate orderedTo) {

    public static PurchaseOrderCriteria none() {
        return new PurchaseOrderCriteria(null, null, null, null, null);
    }
}
