package com.ascendelements.portal.invoicing;

/** Why an invoice line is an exception of the three-way match: the fixed list finance works from. */
public enum MatchReason {
    PRICE_ABOVE_CONTRACT("price above contract"),
    QUANTITY_ABOVE_RECEIVED("quantity above received"),
    NOT_YET_RECEIVED("not yet received"),
    OVER_INVOICED("over-invoiced cumulatively"),
    UNKNOWN_PURCHASE_ORDER("unknown PO"),
    UNKNOWN_PO_LINE("unknown PO line"),
    CURRENCY_DIFFERS("currency differs from the PO"),
    DUPLICATE_INVOICE("duplicate invoice");

    private final String label;

    MatchReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
