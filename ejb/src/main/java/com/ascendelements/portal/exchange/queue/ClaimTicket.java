package com.ascendelements.portal.exchange.queue;

/** A job as read before claiming it: the version a claim must still find, and what the job is about. */
public record ClaimTicket(long jobId, long version, JobKind kind, long interchangeId) {
}
