package com.ascendelements.portal.edi.x12;

/** Acceptance codes of TA104 (A/E/R), AK501 (A/E/R) and AK901 (A/E/P/R). */
public enum AcknowledgmentCode {
    /** Accepted. */
    A,
    /** Accepted, but errors were noted. */
    E,
    /** Partially accepted: at least one transaction set was rejected (AK901 only). */
    P,
    /** Rejected. */
    R;

    /** @return whether the content is accepted for processing (A or E) */
    public boolean accepted() {
        return this == A || this == E;
    }
}
