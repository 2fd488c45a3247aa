package com.ascendelements.portal.invoicing;

/**
 * Finance disputed an invoice. Observers run in the same transaction: the exchange tells a seller that trades by EDI
 * with an 824, so the dispute and its 824 commit together or not at all.
 */
public record InvoiceDisputed(Invoice invoice, String reason) {
}
