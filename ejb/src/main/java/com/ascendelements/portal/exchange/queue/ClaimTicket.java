package com.ascendelements.portal.exchange.queue;

/** A job as read before claiming it: its id and the version a claim must still find. */
public record ClaimTicket(long jobId, long version) {
}
