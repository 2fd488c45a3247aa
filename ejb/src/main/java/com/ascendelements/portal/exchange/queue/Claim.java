package com.ascendelements.portal.exchange.queue;

/** A job this node holds: the version its completion must commit under. */
public record Claim(long jobId, long version, JobKind kind, long interchangeId) {
}
