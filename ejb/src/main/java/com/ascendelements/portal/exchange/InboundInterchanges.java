package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.x12.AcknowledgmentCode;
import com.ascendelements.portal.edi.x12.FunctionalGroupReport;
import com.ascendelements.portal.edi.x12.InterchangeReport;
import com.ascendelements.portal.edi.x12.TransactionSetReport;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12Issue;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.exchange.translation.PurchaseOrderTranslator;
import com.ascendelements.portal.exchange.translation.TranslationException;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrders;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Receives an EDI file: stores its raw bytes and the interchange record in a transaction of their own before
 * anything else (nothing received is ever lost), then validates the envelope and syntax, recognises resends,
 * writes our TA1/997, and applies the accepted purchase orders to the domain, in a second transaction. A file that
 * cannot be processed keeps its bytes and gets a status with the reason.
 *
 * <p>Processing runs in the caller's thread for now; the durable work queue of the exchange engine takes it over
 * later without changing this contract.
 */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
public class InboundInterchanges {

    private static final Logger LOG = Logger.getLogger(InboundInterchanges.class.getName());
    private static final int MAX_ISSUES_IN_REASON = 5;

    @Resource
    private SessionContext session;
    @Inject
    private Interchanges interchanges;
    @Inject
    private TradingPartners partners;
    @Inject
    private ControlNumbers controlNumbers;
    @Inject
    private X12Gateway gateway;
    @Inject
    private PurchaseOrderTranslator purchaseOrderTranslator;
    @Inject
    private PurchaseOrders orders;
    @Inject
    private AccessScope scope;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** Receives one file (an upload by staff or by a partner's user or system). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReceiptOutcome receive(Transport transport, String fileName, byte[] content) {
        Long uploaderPartner = scope.restrictedToPartner().orElse(null);
        InboundInterchanges self = session.getBusinessObject(InboundInterchanges.class);
        long id = self.store(transport, fileName, content);
        try {
            return self.process(id, uploaderPartner);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Interchange " + id + " could not be processed", e);
            return self.fail(id, e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long store(Transport transport, String fileName, byte[] content) {
        Interchange interchange = interchanges.add(Interchange.received(transport, fileName, content, clock), content);
        audit.record("INTERCHANGE_RECEIVED", "Interchange", interchange.id(), transport + " " + fileName + ", "
                + content.length + " bytes");
        return interchange.id();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReceiptOutcome fail(long id, RuntimeException cause) {
        Interchange interchange = interchanges.byId(id).orElseThrow();
        interchange.moveTo(InterchangeStatus.FAILED, "Processing failed: " + cause, clock);
        audit.record("INTERCHANGE_FAILED", "Interchange", id, String.valueOf(cause));
        return new ReceiptOutcome(id, InterchangeStatus.FAILED, interchange.statusReason(), List.of(), List.of());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ReceiptOutcome process(long id, Long uploaderPartner) {
        Interchange interchange = interchanges.byId(id).orElseThrow();
        byte[] content = interchanges.contentOf(id).orElseThrow();
        X12ValidationReport report = gateway.validator().validate(content);
        if (report.interchanges().isEmpty()) {
            return finish(interchange, InterchangeStatus.REJECTED, "No X12 interchange in the file: "
                    + summary(report.fileIssues()), List.of(), List.of());
        }
        InterchangeReport envelope = report.interchanges().get(0);
        EnvelopeParty sender = new EnvelopeParty(envelope.senderQualifier(), envelope.senderId());
        EnvelopeParty receiver = new EnvelopeParty(envelope.receiverQualifier(), envelope.receiverId());
        TradingPartner from = partnerOf(sender).orElse(null);
        TradingPartner to = partnerOf(receiver).orElse(null);
        interchange.identify(sender, receiver, envelope.controlNumber(), from, to, clock);

        if (from == null) {
            return finish(interchange, InterchangeStatus.REJECTED, "Unknown sender " + sender
                    + ": no trading partner has this interchange ID", List.of(), List.of());
        }
        if (uploaderPartner != null && !uploaderPartner.equals(from.id())) {
            return finish(interchange, InterchangeStatus.REJECTED, "The file's sender " + from.name()
                    + " is not your company; a partner may only send its own documents", List.of(), List.of());
        }
        if (to == null || !to.hasRole(PartnerRole.HUB)) {
            return finish(interchange, InterchangeStatus.REJECTED, "Wrong receiver " + receiver
                    + ": files for this gateway are addressed to the hub", List.of(), List.of());
        }
        Optional<Interchange> original = earlierCopy(interchange);
        if (original.isPresent()) {
            return finish(interchange, InterchangeStatus.DUPLICATE, "Resend of interchange " + original.get().id()
                    + " (ISA13 " + interchange.controlNumber() + ", received " + original.get().createdAt()
                    + "); not processed again", List.of(), List.of());
        }

        List<Long> acknowledgments = acknowledge(report, interchange, from, to);
        if (!report.isAccepted() && acceptedSets(report).isEmpty()) {
            return finish(interchange, InterchangeStatus.REJECTED, "Rejected: " + summary(report.allIssues()),
                    acknowledgments, List.of());
        }
        List<String> created = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        applyPurchaseOrders(content, acceptedSets(report), from, to, created, problems);
        if (!problems.isEmpty()) {
            return finish(interchange, InterchangeStatus.FAILED, String.join("; ", problems)
                    + (created.isEmpty() ? "" : "; created " + created), acknowledgments, created);
        }
        String issues = report.allIssues().isEmpty() ? "" : "; accepted with notes: " + summary(report.allIssues());
        return finish(interchange, InterchangeStatus.PROCESSED, (created.isEmpty() ? "No purchase orders in the file"
                : "Purchase orders created: " + String.join(", ", created)) + issues, acknowledgments, created);
    }

    private Optional<TradingPartner> partnerOf(EnvelopeParty party) {
        return party.qualifier() == null || party.interchangeId() == null ? Optional.empty()
                : partners.byX12Id(party.qualifier(), party.interchangeId());
    }

    /** The first copy of this file: the same sender and ISA13, or the very same bytes. */
    private Optional<Interchange> earlierCopy(Interchange interchange) {
        List<Interchange> candidates = new ArrayList<>(interchanges.withSameContent(Direction.INBOUND, interchange.contentHash()));
        if (interchange.controlNumber() != null) {
            candidates.addAll(interchanges.withControlNumber(Direction.INBOUND, interchange.sender(), interchange.controlNumber()));
        }
        return candidates.stream()
                .filter(other -> !other.id().equals(interchange.id()))
                .filter(other -> other.status() != InterchangeStatus.REJECTED && other.status() != InterchangeStatus.DUPLICATE)
                .min((a, b) -> Long.compare(a.id(), b.id()));
    }

    /** Our TA1 and 997s for the file, stored as outbound interchanges that point back at it. */
    private List<Long> acknowledge(X12ValidationReport report, Interchange inbound, TradingPartner partner, TradingPartner hub) {
        OutboundDelimiters d = partner.delimiters();
        AcknowledgmentSender sender = new AcknowledgmentSender(hub.x12().qualifier(), hub.x12().interchangeId(),
                hub.x12().applicationCode(), new X12Delimiters(d.element(), d.component(), d.repetition(), d.segment()),
                d.lineBreakAfterSegment());
        List<Long> ids = new ArrayList<>();
        for (Acknowledgment ack : new AcknowledgmentWriter(sender, clock).acknowledgeAll(report, controlNumbers.forPartner(partner.id()))) {
            String name = (ack.containsTa1() ? "TA1" : "997") + "-" + partner.code() + "-" + ack.interchangeControlNumber() + ".x12";
            Interchange out = Interchange.written(Transport.AS2, name, ack.x12(), clock);
            out.identify(new EnvelopeParty(hub.x12().qualifier(), hub.x12().interchangeId()),
                    new EnvelopeParty(partner.x12().qualifier(), partner.x12().interchangeId()),
                    ack.interchangeControlNumber(), hub, partner, clock);
            out.acknowledge(inbound);
            interchanges.add(out, ack.x12());
            ids.add(out.id());
        }
        return ids;
    }

    /**
     * "GS06/ST02" of every transaction set accepted (with or without noted errors), within groups that are not
     * rejected, within interchanges whose envelope is accepted: what a TA1 or a 997 refuses is never applied.
     */
    private static Set<String> acceptedSets(X12ValidationReport report) {
        Set<String> accepted = new HashSet<>();
        for (InterchangeReport interchange : report.interchanges()) {
            if (!interchange.ackCode().accepted()) {
                continue;
            }
            for (FunctionalGroupReport group : interchange.groups()) {
                if (group.ackCode() == AcknowledgmentCode.R) {
                    continue;
                }
                for (TransactionSetReport set : group.transactionSets()) {
                    if (set.ackCode().accepted()) {
                        accepted.add(group.controlNumber() + "/" + set.controlNumber());
                    }
                }
            }
        }
        return accepted;
    }

    private void applyPurchaseOrders(byte[] content, Set<String> accepted, TradingPartner buyer, TradingPartner seller,
                                     List<String> created, List<String> problems) {
        for (PurchaseOrderMessage po : gateway.purchaseOrders().read(content)) {
            String key = (po.getGroup() == null ? "" : po.getGroup().getControlNumber()) + "/" + po.getControlNumber();
            if (!accepted.contains(key)) {
                continue;
            }
            if (orders.byNumber(buyer.id(), po.getPurchaseOrderNumber()).isPresent()) {
                problems.add("Purchase order " + po.getPurchaseOrderNumber() + " exists already; not replaced");
                continue;
            }
            try {
                PurchaseOrder order = purchaseOrderTranslator.toDomain(po, buyer, seller, "EDI " + buyer.code(), clock);
                orders.add(order);
                created.add(order.poNumber());
            } catch (TranslationException e) {
                problems.add(e.getMessage());
            }
        }
    }

    private ReceiptOutcome finish(Interchange interchange, InterchangeStatus status, String reason, List<Long> acknowledgments,
                                  List<String> created) {
        interchange.moveTo(status, reason, clock);
        audit.record("INTERCHANGE_" + status, "Interchange", interchange.id(), reason);
        return new ReceiptOutcome(interchange.id(), status, interchange.statusReason(), acknowledgments, created);
    }

    private static String summary(List<X12Issue> issues) {
        if (issues.isEmpty()) {
            return "no details";
        }
        String shown = issues.stream().limit(MAX_ISSUES_IN_REASON).map(X12Issue::toString).collect(Collectors.joining("; "));
        return issues.size() > MAX_ISSUES_IN_REASON ? shown + " (and " + (issues.size() - MAX_ISSUES_IN_REASON) + " more)" : shown;
    }
}
