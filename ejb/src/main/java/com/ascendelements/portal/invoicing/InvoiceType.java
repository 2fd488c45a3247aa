package com.ascendelements.portal.invoicing;

/** Settlement is two-step for assay-priced material: provisional first, then final or a note. */
public enum InvoiceType {
    COMMERCIAL, PROVISIONAL, FINAL, CREDIT_NOTE, DEBIT_NOTE
}
