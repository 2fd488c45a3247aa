package com.ascendelements.portal.exchange;

/**
 * What became of the documents of an inbound file whose syntax was accepted: applied by the same services as the
 * portal's forms, or refused with a reason the partner hears (855, 824). Kept apart from {@link SyntaxOutcome}.
 */
public enum BusinessOutcome {
    /** Every document applied. */
    APPLIED,
    /** Some documents or lines applied, others refused (each refusal told to the partner). */
    PARTLY_APPLIED,
    /** Every document refused (each refusal told to the partner). */
    REFUSED,
    /** The file carried nothing to apply (e.g. only 997s, or only what an earlier run applied). */
    NOTHING_TO_APPLY,
    /** Not applied: the syntax was rejected. */
    NOT_APPLIED
}
