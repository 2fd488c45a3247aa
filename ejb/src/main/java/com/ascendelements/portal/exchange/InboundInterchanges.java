package com.ascendelements.portal.exchange;

import com.ascendelements.portal.exchange.queue.ExchangeJob;
import com.ascendelements.portal.exchange.queue.JobRunner;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Files handed in by people and partners' systems through the portal and its API. The file is stored and queued
 * first (nothing received is ever lost), then processed at once in the caller's thread so that the caller sees the
 * outcome; if that processing fails, the queue retries it, and if the caller dies, the queue takes it over.
 * A partner user or system may only hand in its own company's files.
 */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
public class InboundInterchanges {

    @Inject
    private InterchangeIntake intake;
    @Inject
    private JobRunner runner;
    @Inject
    private AccessScope scope;

    /** Receives one file and processes it now. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReceiptOutcome receive(Transport transport, String fileName, byte[] content) {
        Long submittedBy = scope.restrictedToPartner().orElse(null);
        ExchangeJob job = intake.acceptForCaller(transport, fileName, content, submittedBy);
        return runner.runNow(job);
    }

    /** Receives one file and leaves it to the queue; returns the interchange id at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long queue(Transport transport, String fileName, byte[] content) {
        return intake.accept(transport, fileName, content, scope.restrictedToPartner().orElse(null));
    }
}
