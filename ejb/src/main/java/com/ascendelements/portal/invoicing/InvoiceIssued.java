package com.ascendelements.portal.invoicing;

/**
 * A seller issued an invoice against a purchase order in the portal. Observers run in the same transaction (the
 * exchange writes the 810 that says so), so the invoice and its document commit together or not at all.
 */
public record InvoiceIssued(Invoice invoice) {
}
