package com.ascendelements.portal.exchange;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an interchange in the gateway, and the moves between its states that {@link Interchange} allows (its
 * methods refuse any other). Received files: RECEIVED, then PROCESSED, REJECTED or DUPLICATE, or FAILED after their
 * retries (a failed, rejected or waiting one may be queued again). Files we send: READY, then SENDING while a receipt
 * is awaited, SENT once delivered, ACKNOWLEDGED once the partner's 997 answered; FAILED when the partner refused it or
 * delivery gave up; any of them may be queued again for delivery. The portal, the API and the audit trail
 * ({@code INTERCHANGE_<STATUS>}) show these same names.
 */
public enum InterchangeStatus {
    /** Inbound: stored, waiting to be processed. */
    RECEIVED,
    /** Inbound: a resend of one already received; kept, answered, not processed again. */
    DUPLICATE,
    /** Inbound: validated, translated and applied to the domain. */
    PROCESSED,
    /** Inbound: refused (broken envelope or syntax); a TA1/997 says why. */
    REJECTED,
    /** Processing or delivery failed after its retries, or the partner refused it; waits for a person. */
    FAILED,
    /** Outbound: written, waiting to be sent. */
    READY,
    /** Outbound: handed to the transport, waiting for the partner's receipt (an asynchronous MDN). */
    SENDING,
    /** Outbound: delivered (MDN received). */
    SENT,
    /** Outbound: the partner's 997 accepted it. */
    ACKNOWLEDGED;

    private static final Map<InterchangeStatus, Set<InterchangeStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(PROCESSED, REJECTED, DUPLICATE, FAILED, RECEIVED),
            REJECTED, EnumSet.of(RECEIVED),
            FAILED, EnumSet.of(RECEIVED, READY, SENDING, SENT, FAILED),
            DUPLICATE, EnumSet.noneOf(InterchangeStatus.class),
            PROCESSED, EnumSet.noneOf(InterchangeStatus.class),
            READY, EnumSet.of(SENDING, SENT, ACKNOWLEDGED, FAILED, READY),
            SENDING, EnumSet.of(SENT, ACKNOWLEDGED, FAILED, READY, SENDING),
            SENT, EnumSet.of(ACKNOWLEDGED, READY),
            ACKNOWLEDGED, EnumSet.of(READY));

    /** Whether an interchange in this state may move to {@code next}. */
    public boolean mayMoveTo(InterchangeStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether it belongs to a received file's life (FAILED belongs to both). */
    boolean isInbound() {
        return this == RECEIVED || this == DUPLICATE || this == PROCESSED || this == REJECTED;
    }
}
