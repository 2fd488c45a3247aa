package com.ascendelements.portal.invoicing;

/** Where an invoice stands in finance's work. */
public enum InvoiceStatus {
    /** Received from a supplier or issued by the hub, not yet matched. */
    OPEN,
    MATCHED,
    EXCEPTION,
    APPROVED,
    PAID,
    CANCELLED
}
