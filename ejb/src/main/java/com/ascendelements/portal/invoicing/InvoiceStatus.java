package com.ascendelements.portal.invoicing;

/** Where an invoice stands in finance's work. */
public enum InvoiceStatus {
    /** Received from a supplier or issued by the hub, not yet matched. */
    OPEN,
    /** The three-way match found a line it cannot accept: in finance's queue. */
    EXCEPTION,
    /** Finance holds it while it finds out more. */
    HELD,
    /** Finance disputes it; the seller has been told why. */
    DISPUTED,
    /** Matched without a person, or approved by finance with a reason. */
    APPROVED,
    PAID,
    CANCELLED
}
