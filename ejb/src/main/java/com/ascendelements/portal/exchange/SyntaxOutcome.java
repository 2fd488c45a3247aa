package com.ascendelements.portal.exchange;

/**
 * What our TA1/997 told the sender of an inbound file about its envelope and syntax (X12's own answer), kept apart from
 * what became of its documents ({@link BusinessOutcome}).
 */
public enum SyntaxOutcome {
    /** Every set accepted, nothing noted. */
    ACCEPTED,
    /** Every set accepted, with errors or tolerated deviations noted (997 AK5/AK9 E, TA1 E). */
    ACCEPTED_WITH_NOTES,
    /** Some groups or sets rejected, others accepted and applied. */
    PARTLY_ACCEPTED,
    /** The envelope or every set rejected: nothing applied. */
    REJECTED
}
