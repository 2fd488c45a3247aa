package com.ascendelements.portal.exchange;

/** The life of an interchange in the gateway. */
public enum InterchangeStatus {
    /** Inbound: stored, waiting to be processed. */
    RECEIVED,
    /** Inbound: a resend of one already received; kept, answered, not processed again. */
    DUPLICATE,
    /** Inbound: validated, translated and applied to the domain. */
    PROCESSED,
    /** Inbound: refused (broken envelope or syntax); a TA1/997 says why. */
    REJECTED,
    /** Processing failed after its retries and waits for a person. */
    FAILED,
    /** Outbound: written, waiting to be sent. */
    READY,
    /** Outbound: handed to the transport, waiting for the partner's receipt (an asynchronous MDN). */
    SENDING,
    /** Outbound: delivered (MDN received). */
    SENT,
    /** Outbound: the partner's 997 accepted it. */
    ACKNOWLEDGED
}
