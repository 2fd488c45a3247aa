package com.ascendelements.portal.exchange;

/** What the partner's 997 said of a functional group we sent. */
public enum AcknowledgmentStatus {
    /** No 997 yet; overdue once its expected-by time has passed. */
    WAITING,
    /** The partner does not send 997s: nothing to wait for. */
    NOT_EXPECTED,
    ACCEPTED,
    ACCEPTED_WITH_ERRORS,
    PARTIALLY_ACCEPTED,
    REJECTED
}
