package com.ascendelements.portal.invoicing;

/**
 * The three-way match or finance moved an invoice on (matched, approved, held, disputed). Observers run in the same
 * transaction: the running totals of its order's lines follow.
 */
public record InvoiceStatusChanged(Invoice invoice) {
}
