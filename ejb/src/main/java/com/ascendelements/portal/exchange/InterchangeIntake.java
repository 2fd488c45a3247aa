package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.exchange.queue.ExchangeJob;
import com.ascendelements.portal.exchange.queue.ExchangeJobs;
import com.ascendelements.portal.exchange.queue.JobKind;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * The one door every received file goes through, whatever brought it (AS2, REST, an upload, a folder): its raw bytes,
 * its interchange record and its processing job are stored in one transaction of their own, before anyone is told
 * that the file was received. Callers that authenticate partners themselves (the AS2 endpoint by signature, the
 * REST API by token) say which partner handed the file in; its ISA sender must then be that partner.
 */
@Stateless
public class InterchangeIntake {

    /** How long the queue leaves a file to the caller that processes it at once before taking it over. */
    static final Duration CALLER_GRACE = Duration.ofSeconds(30);

    @Inject
    private Interchanges interchanges;
    @Inject
    private ExchangeJobs jobs;
    @Inject
    private TradingPartners partners;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** Stores the file and queues it for processing by the exchange engine. Returns the interchange id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long accept(Transport transport, String fileName, byte[] content, Long submittedByPartnerId) {
        Interchange interchange = store(transport, fileName, content, submittedByPartnerId);
        jobs.enqueue(JobKind.PROCESS_INBOUND, interchange.id());
        return interchange.id();
    }

    /**
     * Stores the file and queues it for a caller that processes it at once ({@link InboundInterchanges#receive});
     * should that caller never finish, the queue takes the file over. Returns the job.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExchangeJob acceptForCaller(Transport transport, String fileName, byte[] content, Long submittedByPartnerId) {
        Interchange interchange = store(transport, fileName, content, submittedByPartnerId);
        return jobs.enqueue(JobKind.PROCESS_INBOUND, interchange.id(), CALLER_GRACE);
    }

    /**
     * Keeps a file that was refused before its content could be looked at (an AS2 message with a bad signature, an
     * unknown AS2 identity, an undecryptable payload): stored as rejected, with the reason, never processed. Whom it
     * claims to come from is not proven, so it is recorded as handed in by no partner: staff see it, no partner does
     * (a forger cannot put a file before the partner it pretends to be).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long refuse(Transport transport, String fileName, byte[] content, String reason) {
        Interchange interchange = store(transport, fileName, content, null);
        interchange.concludeProcessing(InterchangeStatus.REJECTED, reason, clock);
        audit.record("INTERCHANGE_REJECTED", "Interchange", interchange.id(), reason);
        return interchange.id();
    }

    private Interchange store(Transport transport, String fileName, byte[] content, Long submittedByPartnerId) {
        Interchange interchange = Interchange.received(transport, fileName, content == null ? new byte[0] : content, clock);
        if (submittedByPartnerId != null) {
            TradingPartner partner = partners.byId(submittedByPartnerId)
                    .orElseThrow(() -> new IllegalArgumentException("No trading partner " + submittedByPartnerId));
            interchange.submittedBy(partner);
        }
        interchanges.add(interchange, content == null ? new byte[0] : content);
        audit.record("INTERCHANGE_RECEIVED", "Interchange", interchange.id(), transport + " " + fileName + ", "
                + interchange.sizeBytes() + " bytes");
        return interchange;
    }
}
