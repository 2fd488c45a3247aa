package com.ascendelements.portal.exchange;

/**
 * What became of the documents of an inbound file whose syntax was accepted: applied by the same services as the
 * portal's forms, or refused with a reason the partner hears (855, 824). Kept apart from {@link SyntaxOutcome}.
 */
public enum BusinessOutcome {
    /** Every document applied. */
    APPLIED,
    /** Some documents or lines applied, others refused (a business refusal is told to the partner in an 855 or 824). */
    PARTLY_APPLIED,
    /** Every document refused (a business refusal is told to the partner in an 855 or 824). */
    REFUSED,
    /** The file carried nothing to apply (e.g. only 997s, or only what an earlier run applied). */
    NOTHING_TO_APPLY,
    /** Not applied: the file was rejected before its documents were read (envelope, syntax, sender or receiver). */
    NOT_APPLIED
}
