package com.ascendelements.portal.exchange.queue;

/** Fired when work is queued; the workers of this node wake up once the transaction has committed. */
public record JobQueued(JobKind kind) {
}
