package com.ascendelements.portal.exchange.delivery;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeStatus;
import com.ascendelements.portal.exchange.Interchanges;
import com.ascendelements.portal.exchange.queue.Claim;
import com.ascendelements.portal.exchange.queue.ExchangeJob;
import com.ascendelements.portal.exchange.queue.ExchangeJobs;
import com.ascendelements.portal.exchange.queue.JobRunner;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Delivers an outbound interchange through the transport its partner's profile calls for. The transport runs
 * outside any transaction (a slow partner holds no database locks); the outcome commits with the job's completion.
 * A transport error that may pass is retried with backoff by the queue; a refusal by the partner (a negative MDN)
 * fails the interchange at once with the partner's reason. A partner no transport handles collects its documents
 * in the portal: they stay ready.
 */
@Stateless
public class OutboundDelivery {

    @Resource
    private SessionContext session;
    @Inject
    private OutboundTransports transports;
    @Inject
    private DeliveryConfirmations confirmations;
    @Inject
    private ExchangeJobs jobs;
    @Inject
    private JobRunner runner;
    @Inject
    private Interchanges interchanges;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** What a transport needs, read in a short transaction of its own. */
    public record Parcel(OutboundDocument document, TradingPartner partner) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(Claim claim) {
        OutboundDelivery self = session.getBusinessObject(OutboundDelivery.class);
        Optional<Parcel> parcel = self.prepare(claim);
        if (parcel.isEmpty()) {
            return;
        }
        Optional<OutboundTransport> transport = transports.forPartner(parcel.get().partner());
        if (transport.isEmpty()) {
            self.awaitPickup(claim);
            return;
        }
        try {
            DeliveryReceipt receipt = transport.get().deliver(parcel.get().document(), parcel.get().partner());
            self.delivered(claim, receipt);
            if (!receipt.confirmed()) {
                transport.get().receiptAlreadyArrived(receipt.messageId())
                        .ifPresent(late -> confirmations.confirm(receipt.messageId(), late.positive(), late.detail()));
            }
        } catch (DeliveryException e) {
            if (e.retryable()) {
                runner.failed(claim, e.getMessage());
            } else {
                self.refused(claim, e.getMessage());
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Parcel> prepare(Claim claim) {
        jobs.held(claim);
        Interchange interchange = interchanges.byId(claim.interchangeId()).orElseThrow();
        TradingPartner partner = interchange.receiverPartner();
        if (partner == null) {
            throw new IllegalStateException("Outbound interchange " + interchange.id() + " has no receiving partner");
        }
        byte[] content = interchanges.contentOf(interchange.id()).orElseThrow();
        return Optional.of(new Parcel(new OutboundDocument(interchange.id(), interchange.fileName(), content), partner));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(Claim claim, DeliveryReceipt receipt) {
        ExchangeJob job = jobs.held(claim);
        Interchange interchange = interchanges.byId(claim.interchangeId()).orElseThrow();
        if (receipt.confirmed()) {
            if (interchange.status() == InterchangeStatus.READY || interchange.status() == InterchangeStatus.FAILED) {
                interchange.delivered(receipt.detail(), clock);
            }
            audit.record("INTERCHANGE_SENT", "Interchange", interchange.id(), receipt.detail());
        } else {
            interchange.awaitReceipt(receipt.messageId(), clock);
            audit.record("INTERCHANGE_SENDING", "Interchange", interchange.id(), receipt.detail());
        }
        job.done(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(Claim claim, String reason) {
        ExchangeJob job = jobs.held(claim);
        Interchange interchange = interchanges.byId(claim.interchangeId()).orElseThrow();
        interchange.refusedByPartner(reason, clock);
        audit.record("INTERCHANGE_FAILED", "Interchange", interchange.id(), "Refused by the partner: " + reason);
        job.failed(reason, 0, Duration.ZERO, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void awaitPickup(Claim claim) {
        ExchangeJob job = jobs.held(claim);
        Interchange interchange = interchanges.byId(claim.interchangeId()).orElseThrow();
        if (interchange.statusReason() == null) {
            interchange.note("No transport in " + interchange.receiverPartner().code()
                    + "'s profile: the partner collects it in the portal", clock);
        }
        job.done(clock.instant());
    }
}
