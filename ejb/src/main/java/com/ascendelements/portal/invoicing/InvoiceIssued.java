package com.ascendelements.portal.invoicing;

/**
 * A seller issued an invoice against a purchase order. Observers run in the same transaction (the exchange writes the
 * 810 that says so, unless the invoice came in as one: {@code received}), so the invoice and its document commit
 * together or not at all.
 */
public record InvoiceIssued(Invoice invoice, boolean received) {
}
