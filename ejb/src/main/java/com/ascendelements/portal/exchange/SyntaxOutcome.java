package com.ascendelements.portal.exchange;

/**
 * What the syntax check of an inbound file found, as our TA1/997 tells the sender (when its profile asks for them), kept
 * apart from what became of its documents ({@link BusinessOutcome}). None for a file refused before any check (an
 * unknown sender, another receiver).
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
