package com.ascendelements.portal.exchange.queue;

/** Where a job stands. */
public enum JobState {
    /** Waiting for a node to claim it, at or after its run-after time. */
    PENDING,
    /** Claimed by a node until its lease runs out; a crashed node's job is claimed again after that. */
    RUNNING,
    /** Finished: its effects committed together with this state. */
    DONE,
    /** Failed on every attempt; waits for a person (reprocess or resend from the EDI monitor). */
    PARKED
}
