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
    @Inject
    private com.ascendelements.portal.audit.AuditTrail audit;
    /** The largest file taken through the portal and its API, one limit for both doors (PORTAL_UPLOAD_MAX_BYTES). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "52428800")
    private long maxBytes;

    /** The largest file a person or a partner's system may hand in, in bytes. */
    @jakarta.annotation.security.PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    /** A file refused for its size: nothing of it is kept (it may be anyone's flood), but the refusal is recorded. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void refuseOversized(Transport transport, String fileName, long bytesAtLeast) {
        audit.record("UPLOAD_REFUSED", "Upload", transport.name(), (fileName == null ? "a file" : "File " + abbreviated(fileName))
                + " of " + bytesAtLeast + " bytes or more refused: files are limited to " + maxBytes + " bytes");
    }

    private static String abbreviated(String fileName) {
        return fileName.length() > 200 ? fileName.substring(0, 200) + "..." : fileName;
    }

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
