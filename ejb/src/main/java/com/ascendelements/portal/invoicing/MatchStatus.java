package com.ascendelements.portal.invoicing;

/** The outcome of the three-way match for a line, and for an invoice the worst of its lines. */
public enum MatchStatus {
    MATCHED,
    WITHIN_TOLERANCE,
    EXCEPTION;

    public MatchStatus worse(MatchStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
