package com.ascendelements.portal.exchange.queue;

/** What a job of the exchange engine does with its interchange. */
public enum JobKind {
    /** Validate, recognise resends, acknowledge and apply an inbound file to the domain. */
    PROCESS_INBOUND,
    /** Hand an outbound interchange to the partner's transport. */
    DELIVER_OUTBOUND
}
