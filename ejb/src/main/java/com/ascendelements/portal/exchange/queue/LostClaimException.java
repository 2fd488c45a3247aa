package com.ascendelements.portal.exchange.queue;

import jakarta.ejb.ApplicationException;

/** Another node took the job over (this node's lease ran out); this node's work on it rolls back. */
@ApplicationException(rollback = true)
public class LostClaimException extends RuntimeException {

    public LostClaimException(Claim claim) {
        super("Job " + claim.jobId() + " is no longer held under version " + claim.version());
    }
}
