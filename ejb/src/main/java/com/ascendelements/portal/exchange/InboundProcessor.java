package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ReceivingAdviceMessage;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.UnsupportedMessage;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.x12.AcknowledgmentCode;
import com.ascendelements.portal.edi.x12.FunctionalAcknowledgment;
import com.ascendelements.portal.edi.x12.FunctionalGroupReport;
import com.ascendelements.portal.edi.x12.InterchangeNoteCode;
import com.ascendelements.portal.edi.x12.InterchangeReport;
import com.ascendelements.portal.edi.x12.IssueLevel;
import com.ascendelements.portal.edi.x12.X12ErrorLocation;
import com.ascendelements.portal.edi.x12.TransactionSetReport;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12Issue;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.exchange.delivery.OutboundTransports;
import com.ascendelements.portal.exchange.translation.InvoiceTranslator;
import com.ascendelements.portal.exchange.translation.PurchaseOrderAcknowledgmentTranslator;
import com.ascendelements.portal.exchange.translation.PurchaseOrderChangeTranslator;
import com.ascendelements.portal.exchange.translation.PurchaseOrderTranslator;
import com.ascendelements.portal.exchange.translation.ReceivingAdviceTranslator;
import com.ascendelements.portal.exchange.translation.ShipNoticeTranslator;
import com.ascendelements.portal.exchange.translation.TranslationException;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.ReusedControlNumbers;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.Invoices;
import com.ascendelements.portal.purchasing.CustomerOrders;
import com.ascendelements.portal.purchasing.OrderChangeOutcome;
import com.ascendelements.portal.purchasing.OrderChanges;
import com.ascendelements.portal.purchasing.OrderIntake;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.LineAnswer;
import com.ascendelements.portal.purchasing.PurchaseOrders;
import com.ascendelements.portal.purchasing.SellerAnswers;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNotices;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Processes a received file inside the transaction of its queue job: validates the envelope and syntax, identifies
 * the partners, recognises resends, writes our TA1/997 (queued for delivery), applies the accepted purchase orders
 * to the domain and the partner's 997s to the groups we sent. Everything it does commits together with the job's
 * completion, or not at all, so a file is applied exactly once however often a crash interrupts it.
 *
 * <p>Internal to the exchange engine: it has no role check of its own, because its callers (the queue workers and
 * {@link InboundInterchanges}) decide who may hand a file in.
 */
@Stateless
public class InboundProcessor {

    private static final int MAX_ISSUES_IN_REASON = 5;

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
    private CustomerOrders customerOrders;
    @Inject
    private com.ascendelements.portal.shipping.Shipments shipments;
    @Inject
    private com.ascendelements.portal.invoicing.Invoicing invoicing;
    @Inject
    private SellerAnswers sellerAnswers;
    @Inject
    private OrderChanges orderChanges;
    @Inject
    private ShipNoticeTranslator shipNoticeTranslator;
    @Inject
    private ShipNotices shipNotices;
    @Inject
    private com.ascendelements.portal.shipping.GoodsReceipts goodsReceipts;
    @Inject
    private InvoiceTranslator invoiceTranslator;
    @Inject
    private Invoices invoices;
    @Inject
    private OutboundGroups outboundGroups;
    @Inject
    private OutboundDocuments outboundDocuments;
    @Inject
    private OutboundTransports transports;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ReceiptOutcome process(long id) {
        Interchange interchange = interchanges.byId(id).orElseThrow();
        byte[] content = interchanges.contentOf(id).orElseThrow();
        X12ValidationReport report = gateway.validator().validate(content);  // completed below with what needs history
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

        if (from != null && !from.acknowledgments().allowedEnvelopeDeviations().isEmpty()) {
            // the sender's profile allows named envelope deviations: they are noted instead of rejecting
            report = gateway.validator().allowing(from.acknowledgments().allowedEnvelopeDeviations()).validate(content);
        }
        if (from == null) {
            return finish(interchange, InterchangeStatus.REJECTED, "Unknown sender " + sender
                    + ": no trading partner has this interchange ID", List.of(), List.of());
        }
        Optional<TradingPartner> submittedBy = interchange.submittedBy();
        if (submittedBy.isPresent() && !submittedBy.get().id().equals(from.id())) {
            return finish(interchange, InterchangeStatus.REJECTED, "The file's sender " + from.name()
                    + " is not " + submittedBy.get().name() + ", who handed it in; a partner may only send its own documents",
                    List.of(), List.of());
        }
        if (to == null || !to.hasRole(PartnerRole.HUB)) {
            return finish(interchange, InterchangeStatus.REJECTED, "Wrong receiver " + receiver
                    + ": files for this gateway are addressed to the hub", List.of(), List.of());
        }
        Optional<Interchange> original = earlierCopy(interchange);
        if (original.isPresent()) {
            return finish(interchange, InterchangeStatus.DUPLICATE, "Resend of interchange " + original.get().id()
                    + " (the same file, ISA13 " + interchange.controlNumber() + ", received " + original.get().createdAt()
                    + "); not processed again", List.of(), List.of());
        }
        Optional<Interchange> reused = earlierUseOfControlNumber(interchange);
        if (reused.isPresent()) {
            report = report.withInterchangeIssue(0, reusedControlNumber(interchange, reused.get(), from));
        }

        List<Long> acknowledgments = acknowledge(report, interchange, from, to);
        Set<String> accepted = acceptedSets(report);
        if (!report.isAccepted() && accepted.isEmpty()) {
            return finish(interchange, InterchangeStatus.REJECTED, "Rejected: " + summary(report.allIssues()),
                    acknowledgments, List.of());
        }
        List<String> created = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> partlyRefused = new ArrayList<>();
        // read and applied set by set, so the messages of a large file are never all in memory
        if (carries(report, "850")) {
            translate(content, "850", PurchaseOrderMessage.class, accepted, from, to, problems,
                    po -> applyPurchaseOrder(interchange, po, from, to, created, applied, problems, partlyRefused));
        }
        if (carries(report, "855")) {
            translate(content, "855", PurchaseOrderAcknowledgmentMessage.class, accepted, from, to, problems,
                    ack -> applyOrderAcknowledgment(interchange, ack, from, to, applied, problems));
        }
        if (carries(report, "856")) {
            translate(content, "856", ShipNoticeMessage.class, accepted, from, to, problems,
                    notice -> applyShipNotice(interchange, notice, from, to, applied, problems));
        }
        if (carries(report, "810")) {
            translate(content, "810", InvoiceMessage.class, accepted, from, to, problems,
                    invoice -> applyInvoice(interchange, invoice, from, to, applied, problems));
        }
        if (carries(report, "860")) {
            gateway.orderChanges().readEach(content, ifAccepted(accepted,
                    change -> applyOrderChange(interchange, change, from, to, applied, problems)));
        }
        if (carries(report, "865")) {
            gateway.changeAcknowledgments().readEach(content, ifAccepted(accepted,
                    answer -> applyChangeAnswer(interchange, answer, from, to, applied, problems)));
        }
        if (carries(report, "861")) {
            gateway.receivingAdvices().readEach(content, ifAccepted(accepted,
                    advice -> applyReceivingAdvice(interchange, advice, from, to, applied, problems)));
        }
        applyAcknowledgments(content, report, interchange, from, to, applied, problems);
        SyntaxOutcome syntax = !report.isAccepted() ? SyntaxOutcome.PARTLY_ACCEPTED
                : report.allIssues().isEmpty() ? SyntaxOutcome.ACCEPTED : SyntaxOutcome.ACCEPTED_WITH_NOTES;
        interchange.recordOutcomes(syntax, businessOutcome(!created.isEmpty() || !applied.isEmpty(), !problems.isEmpty(),
                !partlyRefused.isEmpty()));
        if (!problems.isEmpty()) {
            return finish(interchange, InterchangeStatus.FAILED, String.join("; ", problems)
                    + (created.isEmpty() ? "" : "; created " + created), acknowledgments, created);
        }
        String issues = report.allIssues().isEmpty() ? "" : "; accepted with notes: " + summary(report.allIssues());
        List<String> done = new ArrayList<>(applied);
        if (!created.isEmpty()) {
            done.add(0, "Purchase orders created: " + String.join(", ", created));
        }
        return finish(interchange, InterchangeStatus.PROCESSED, (done.isEmpty() ? "Nothing in the file to apply"
                : String.join("; ", done)) + issues, acknowledgments, created);
    }

    private Optional<TradingPartner> partnerOf(EnvelopeParty party) {
        return party.qualifier() == null || party.interchangeId() == null ? Optional.empty()
                : partners.byX12Id(party.qualifier(), party.interchangeId());
    }

    /** The first copy of this file: the very same bytes (an exact resend), which is never processed twice. */
    private Optional<Interchange> earlierCopy(Interchange interchange) {
        return first(interchanges.withSameContent(Direction.INBOUND, interchange.contentHash()), interchange);
    }

    /**
     * An earlier file of the same sender under the same ISA13 but with other content: not a resend but a control number
     * used twice (a partner system whose counters were reset). Files rejected as a whole do not count: a partner
     * may send a corrected file under the number of one we refused.
     */
    private Optional<Interchange> earlierUseOfControlNumber(Interchange interchange) {
        if (interchange.controlNumber() == null) {
            return Optional.empty();
        }
        return first(interchanges.withControlNumber(Direction.INBOUND, interchange.sender(), interchange.controlNumber()).stream()
                .filter(other -> !other.contentHash().equals(interchange.contentHash())).toList(), interchange);
    }

    private static Optional<Interchange> first(List<Interchange> candidates, Interchange interchange) {
        return candidates.stream()
                // a later copy counts once processed (a file reprocessed after its resend went through); of two copies
                // in flight at once, the later one yields, so that not both are taken for duplicates
                .filter(other -> other.id() < interchange.id() || other.status() == InterchangeStatus.PROCESSED)
                .filter(other -> !other.id().equals(interchange.id()))
                .filter(other -> other.status() != InterchangeStatus.REJECTED && other.status() != InterchangeStatus.DUPLICATE)
                .min((a, b) -> Long.compare(a.id(), b.id()));
    }

    /** TA105 025 for the reused ISA13: rejecting the interchange, or only noted, as the partner's profile says. */
    private static X12Issue reusedControlNumber(Interchange interchange, Interchange earlier, TradingPartner partner) {
        boolean process = partner.acknowledgments().reusedControlNumbers() == ReusedControlNumbers.PROCESS_WITH_WARNING;
        return new X12Issue(IssueLevel.INTERCHANGE, InterchangeNoteCode.DUPLICATE_CONTROL_NUMBER,
                X12ErrorLocation.ofInterchange(0, 1, "ISA", 13), "ISA13 " + interchange.controlNumber()
                + " was used before by interchange " + earlier.id() + " (" + earlier.fileName() + ", received "
                + earlier.createdAt() + ") for other content; " + (process
                ? "processed as " + partner.code() + "'s profile allows" : "a different file needs a new control number"),
                null, process);
    }

    /** Our TA1 and 997s for the file, stored as outbound interchanges that point back at it. */
    private List<Long> acknowledge(X12ValidationReport report, Interchange inbound, TradingPartner partner, TradingPartner hub) {
        OutboundDelimiters d = partner.delimiters();
        AcknowledgmentSender sender = new AcknowledgmentSender(hub.x12().qualifier(), hub.x12().interchangeId(),
                hub.x12().applicationCode(), new X12Delimiters(d.element(), d.component(), d.repetition(), d.segment()),
                d.lineBreakAfterSegment());
        List<Long> ids = new ArrayList<>();
        for (Acknowledgment ack : new AcknowledgmentWriter(sender, clock).acknowledgeAll(report,
                controlNumbers.forPartner(partner.id()), partner.acknowledgments().sendAcknowledgments())) {
            String name = (ack.containsTa1() ? "TA1" : "997") + "-" + partner.code() + "-" + ack.interchangeControlNumber() + ".x12";
            Interchange out = Interchange.written(Transport.AS2, name, ack.x12(), clock);
            out.identify(new EnvelopeParty(hub.x12().qualifier(), hub.x12().interchangeId()),
                    new EnvelopeParty(partner.x12().qualifier(), partner.x12().interchangeId()),
                    ack.interchangeControlNumber(), hub, partner, clock);
            out.acknowledge(inbound);
            interchanges.add(out, ack.x12());
            transports.schedule(out, partner);
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
                        accepted.add(key(group.controlNumber(), set.controlNumber()));
                    }
                }
            }
        }
        return accepted;
    }

    /**
     * An 850: the sender orders from the hub. The order goes through the same rules as any other ({@link CustomerOrders});
     * what it refuses, a line or the whole order, the sender hears in an 855 with the reason.
     */
    private void applyPurchaseOrder(Interchange interchange, PurchaseOrderMessage po, TradingPartner buyer, TradingPartner seller,
                                    List<String> created, List<String> applied, List<String> problems, List<String> partlyRefused) {
        Optional<PurchaseOrder> existing = po.getPurchaseOrderNumber() == null ? Optional.empty()
                : orders.byNumber(buyer.id(), po.getPurchaseOrderNumber().strip());
        if (existing.isPresent() && interchanges.appliedBefore(interchange, "850", po.getControlNumber())) {
            applied.add("Purchase order " + existing.get().poNumber() + " created by an earlier run of this file");
            return;
        }
        OrderIntake intake = customerOrders.take(purchaseOrderTranslator.toCustomerOrder(po), buyer, seller, "EDI " + buyer.code());
        if (intake.resent()) {   // kept and linked; no 855 that would refuse an order the customer has with us
            problems.add("Purchase order " + intake.order().orElseThrow().poNumber() + " exists already (the same order sent again); not replaced");
            interchanges.addDocument(new InterchangeDocument(interchange, "850", po.getControlNumber(), po.getPurchaseOrderNumber(),
                    intake.order().orElseThrow()));
            return;
        }
        List<String> lineReasons = intake.refusedLines().stream()
                .map(r -> "line " + r.line().lineNumber() + ": " + r.reason()).toList();
        if (intake.order().isPresent()) {
            PurchaseOrder order = intake.order().get();
            created.add(order.poNumber());
            if (!lineReasons.isEmpty()) {
                partlyRefused.add(order.poNumber());
                applied.add("Purchase order " + order.poNumber() + " taken without " + String.join("; ", lineReasons) + "; "
                        + told(() -> outboundDocuments.refuseOrderLines(po, intake.refusedLines().stream().collect(Collectors.toMap(
                        r -> r.line().lineNumber(), OrderIntake.RefusedLine::reason, (a, b) -> a, java.util.LinkedHashMap::new)), order),
                        "855"));
            }
        } else {
            String reason = intake.refusal().orElseThrow() + (lineReasons.isEmpty() ? "" : " (" + String.join("; ", lineReasons) + ")");
            problems.add("Purchase order " + po.getPurchaseOrderNumber() + " not taken: " + reason + "; "
                    + told(() -> outboundDocuments.refuseOrder(po, buyer, seller, reason), "855"));
        }
        interchanges.addDocument(new InterchangeDocument(interchange, "850", po.getControlNumber(),
                po.getPurchaseOrderNumber(), intake.order().orElse(null)));
    }

    /** What became of a file's documents, from whether any was applied and whether any, or a part of one, was refused. */
    private static BusinessOutcome businessOutcome(boolean anyApplied, boolean anyRefused, boolean partlyRefused) {
        if (anyRefused) {
            return anyApplied ? BusinessOutcome.PARTLY_APPLIED : BusinessOutcome.REFUSED;
        }
        if (partlyRefused) {
            return BusinessOutcome.PARTLY_APPLIED;
        }
        return anyApplied ? BusinessOutcome.APPLIED : BusinessOutcome.NOTHING_TO_APPLY;
    }

    /** How the partner was told of a refusal: the answer's file, or why it could not be written (the inbound file goes on). */
    private static String told(java.util.function.Supplier<Interchange> answer, String setId) {
        return told(answer, "refused with", setId);
    }

    /** How the partner was told: "{@code how} an 865 (its file)", or why it could not be written. */
    private static String told(java.util.function.Supplier<Interchange> answer, String how, String setId) {
        try {
            return how + " an " + setId + " (" + answer.get().fileName() + ")";
        } catch (IllegalArgumentException | IllegalStateException unwritable) {
            // e.g. a PO number holding a character that is a delimiter in what we send this partner
            return "the " + setId + " answering it could not be written: " + unwritable.getMessage();
        }
    }

    /**
     * An 860: the sender, a customer, changes (or cancels) an order it placed with the hub, through the same service
     * as a change on the order page ({@link OrderChanges}). Applied whole or not at all; the customer hears the outcome
     * as an 865 (every line accepted, or rejected with its reason), or as an 824 when the order cannot be changed at all
     * (unknown, shipped, cancelled).
     */
    private void applyOrderChange(Interchange interchange, com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage change,
                                  TradingPartner buyer, TradingPartner seller, List<String> applied, List<String> problems) {
        String poNumber = change.getPurchaseOrderNumber() == null ? "" : change.getPurchaseOrderNumber().strip();
        Optional<PurchaseOrder> order = orders.byNumber(buyer.id(), poNumber).filter(o -> o.seller().id().equals(seller.id()));
        String what = "860 for purchase order " + poNumber;
        if (order.isPresent() && interchanges.appliedBefore(interchange, "860", change.getControlNumber())) {
            applied.add(what + " applied by an earlier run of this file");
            return;
        }
        interchanges.addDocument(new InterchangeDocument(interchange, "860", change.getControlNumber(), poNumber, order.orElse(null)));
        if (order.isEmpty()) {
            refuse(change, "860", "PO", poNumber, buyer, seller, what + ", which " + buyer.name() + " has not placed with " + seller.name(),
                    problems);
            return;
        }
        String by = "EDI " + buyer.code();
        Map<String, String> untranslatable = Map.of();
        OrderChangeOutcome outcome;
        if (PurchaseOrderChangeTranslator.cancels(change)) {
            outcome = orderChanges.changeNumbered(order.get(), List.of(), true, change.getChangeSequence(), by);
        } else {
            PurchaseOrderChangeTranslator.Translated translated = PurchaseOrderChangeTranslator.toChanges(change, order.get());
            untranslatable = translated.untranslatable();
            outcome = untranslatable.isEmpty() ? orderChanges.changeNumbered(order.get(), translated.changes(), false,
                    change.getChangeSequence(), by) : OrderChangeOutcome.linesRefused(untranslatable);
        }
        if (outcome.refusal().isPresent()) {
            refuse(change, "860", "PO", poNumber, buyer, seller, what + " not applied: " + outcome.reason(), problems);
            return;
        }
        Map<String, String> refusedLines = untranslatable;
        String answer = told(() -> outboundDocuments.answerChange(change, outcome, refusedLines, order.get()), "answered with", "865");
        if (outcome.applied()) {
            applied.add(what + " applied (" + String.join("; ", outcome.changes()) + "); " + answer);
        } else {
            problems.add(what + " not applied: " + outcome.reason() + "; " + answer);
        }
    }

    /**
     * An 865: the sender, a supplier, answers a change the hub made to an order it placed ({@link OrderChanges}): noted on
     * the order; a refusal stands in the interchange's business outcome for procurement to take up.
     */
    private void applyChangeAnswer(Interchange interchange, com.ascendelements.portal.edi.message.PurchaseOrderChangeAcknowledgmentMessage answer,
                                   TradingPartner seller, TradingPartner buyer, List<String> applied, List<String> problems) {
        String poNumber = answer.getPurchaseOrderNumber() == null ? "" : answer.getPurchaseOrderNumber().strip();
        Optional<PurchaseOrder> order = orders.byNumber(buyer.id(), poNumber).filter(o -> o.seller().id().equals(seller.id()));
        String what = "865 for purchase order " + poNumber;
        if (order.isPresent() && interchanges.appliedBefore(interchange, "865", answer.getControlNumber())) {
            applied.add(what + " noted by an earlier run of this file");
            return;
        }
        interchanges.addDocument(new InterchangeDocument(interchange, "865", answer.getControlNumber(), poNumber, order.orElse(null)));
        if (order.isEmpty()) {
            refuse(answer, "865", "PO", poNumber, seller, buyer, what + ", which " + buyer.name() + " has not placed with " + seller.name(),
                    problems);
            return;
        }
        List<String> refusedLines = answer.getLines().stream().filter(l -> l.getAcknowledgments().stream()
                .anyMatch(a -> a.getStatusCode() != null && a.getStatusCode().startsWith("IR"))).map(l -> "line " + l.getLineNumber()).toList();
        boolean accepted = !java.util.Set.of("RD", "RJ", "RF", "RO", "RV").contains(answer.getAcknowledgmentTypeCode()) && refusedLines.isEmpty();
        String detail = String.join("; ", java.util.stream.Stream.concat(refusedLines.stream().map(l -> l + " refused"),
                answer.getNotes().stream()).toList());
        String number = answer.getChangeSequence() == null ? "(unnumbered)" : answer.getChangeSequence();
        orderChanges.sellerAnswered(order.get(), number, accepted, detail, "EDI " + seller.code());
        if (accepted) {
            applied.add(what + ": " + seller.name() + " accepted change " + number);
        } else {
            problems.add(what + ": " + seller.name() + " refused change " + number + (detail.isEmpty() ? "" : " (" + detail + ")")
                    + "; noted on the order for procurement");
        }
    }

    /** An 855: the sender, the seller, answers a purchase order the hub placed with it. */
    private void applyOrderAcknowledgment(Interchange interchange, PurchaseOrderAcknowledgmentMessage message,
                                          TradingPartner seller, TradingPartner buyer, List<String> applied, List<String> problems) {
        String poNumber = message.getPurchaseOrderNumber();
        Optional<PurchaseOrder> order = orders.byNumber(buyer.id(), poNumber).filter(o -> o.seller().id().equals(seller.id()));
        interchanges.addDocument(new InterchangeDocument(interchange, "855", message.getControlNumber(), poNumber, order.orElse(null)));
        if (order.isEmpty()) {
            refuse(message, "855", "PO", poNumber, seller, buyer, "855 for purchase order " + poNumber + ", which " + buyer.name()
                    + " has not placed with " + seller.name(), problems);
            return;
        }
        try {
            List<LineAnswer> answers = PurchaseOrderAcknowledgmentTranslator.toAnswers(message, order.get());
            sellerAnswers.answer(order.get(), answers, "EDI " + seller.code(), true).ifPresentOrElse(
                    refusal -> refuse(message, "855", "PO", poNumber, seller, buyer, "855 for purchase order " + poNumber
                            + " not applied: " + refusal, problems),
                    () -> applied.add("855 for purchase order " + poNumber + " applied: " + answers.size() + " line(s) answered, order "
                            + order.get().status() + sellersNotes(message, seller)));
        } catch (TranslationException e) {
            refuse(message, "855", "PO", poNumber, seller, buyer, "855 for purchase order " + poNumber + " not applied: " + e.getMessage(),
                    problems);
        }
    }

    /** What the seller wrote in its 855 (N9 L1 / MSG) for the people at the hub, e.g. why a line is short. */
    private static String sellersNotes(PurchaseOrderAcknowledgmentMessage message, TradingPartner seller) {
        List<String> notes = message.getNotes().stream().filter(note -> note != null && !note.isBlank()).map(String::strip).toList();
        return notes.isEmpty() ? "" : "; " + seller.name() + " notes: " + String.join(" / ", notes);
    }

    /** An 856: the sender ships against one of the hub's purchase orders, under the rules of the ship notice form ({@link Shipments}). */
    private void applyShipNotice(Interchange interchange, ShipNoticeMessage message, TradingPartner shipper,
                                 TradingPartner buyer, List<String> applied, List<String> problems) {
        if (message.getShipmentId() != null && shipNotices.exists(shipper, message.getShipmentId())
                && interchanges.appliedBefore(interchange, "856", message.getControlNumber())) {
            applied.add("Ship notice " + message.getShipmentId() + " recorded by an earlier run of this file");
            return;
        }
        try {
            ShipNotice notice = shipNoticeTranslator.toDomain(message, shipper, buyer);
            Optional<String> refusal = shipments.record(notice, "EDI " + shipper.code(), true);
            if (refusal.isPresent()) {
                refuse(message, "856", "SI", message.getShipmentId(), shipper, buyer, refusal.get(), problems);
                return;
            }
            notice.orders().forEach(o -> interchanges.addDocument(new InterchangeDocument(interchange, "856",
                    message.getControlNumber(), o.poNumber(), o.purchaseOrder().orElse(null))));
            applied.add("Ship notice recorded: " + notice.shipmentId());
        } catch (TranslationException e) {
            refuse(message, "856", "SI", message.getShipmentId(), shipper, buyer, e.getMessage(), problems);
        }
    }

    /** An 810: the sender bills the hub for one of its purchase orders, under the rules of the invoice form ({@link Invoicing}). */
    private void applyInvoice(Interchange interchange, InvoiceMessage message, TradingPartner seller, TradingPartner buyer,
                              List<String> applied, List<String> problems) {
        if (message.getInvoiceNumber() != null && invoices.exists(seller, message.getInvoiceNumber())
                && interchanges.appliedBefore(interchange, "810", message.getControlNumber())) {
            applied.add("Invoice " + message.getInvoiceNumber() + " recorded by an earlier run of this file");
            return;
        }
        try {
            Invoice invoice = invoiceTranslator.toDomain(message, seller, buyer);
            Optional<String> refusal = invoicing.record(invoice, "EDI " + seller.code(), true);
            if (refusal.isPresent()) {
                refuse(message, "810", "IV", message.getInvoiceNumber(), seller, buyer, refusal.get(), problems);
                return;
            }
            interchanges.addDocument(new InterchangeDocument(interchange, "810", message.getControlNumber(),
                    invoice.poNumber(), invoice.purchaseOrder().orElse(null)));
            applied.add("Invoice recorded: " + invoice.invoiceNumber());
        } catch (TranslationException e) {
            refuse(message, "810", "IV", message.getInvoiceNumber(), seller, buyer, e.getMessage(), problems);
        }
    }

    /**
     * An 861: the sender, a customer, reports what arrived of a shipment the hub sent it. Every receipt of the advice
     * is recorded, or none (the reason goes to the interchange).
     */
    private void applyReceivingAdvice(Interchange interchange, ReceivingAdviceMessage advice, TradingPartner receiver,
                                      TradingPartner hub, List<String> applied, List<String> problems) {
        String what = "861 " + advice.getReference();
        Optional<String> reference = ReceivingAdviceTranslator.shipmentReference(advice);
        Optional<ShipNotice> notice = reference.flatMap(r -> shipNotices.byShipmentId(hub, receiver, r));
        if (notice.isPresent() && notice.get().hasAdvice(advice.getReference())
                && interchanges.appliedBefore(interchange, "861", advice.getControlNumber())) {
            applied.add(what + " applied by an earlier run of this file");
            return;
        }
        if (notice.isEmpty()) {
            refuse(advice, "861", "RV", advice.getReference(), receiver, hub, what + ": " + reference.map(r -> "no shipment " + r
                    + " from " + hub.name() + " to " + receiver.name()).orElse("names no shipment (REF SI or BM)"), problems);
            return;
        }
        List<com.ascendelements.portal.shipping.LotReceipt> receipts;
        try {
            receipts = goodsReceipts.receive(notice.get(), ReceivingAdviceTranslator.toEntries(advice), "EDI " + receiver.code(),
                    advice.getReference());
        } catch (TranslationException | com.ascendelements.portal.shipping.GoodsReceipts.ReceiptRefused e) {
            refuse(advice, "861", "RV", advice.getReference(), receiver, hub, what + " for shipment " + notice.get().shipmentId()
                    + " not applied: " + e.getMessage(), problems);
            return;
        }
        notice.get().orders().forEach(o -> interchanges.addDocument(new InterchangeDocument(interchange, "861",
                advice.getControlNumber(), o.poNumber(), o.purchaseOrder().orElse(null))));
        applied.add(what + " for shipment " + notice.get().shipmentId() + " applied: " + receipts.size() + " receipt(s), shipment "
                + notice.get().status());
    }

    /**
     * A document the hub cannot apply: its reason goes to the interchange, and to the partner as an 824 that names the
     * document (so the partner hears the business outcome, not only the 997 that accepted the syntax).
     */
    private void refuse(com.ascendelements.portal.edi.message.X12Message document, String setId, String qualifier, String reference,
                        TradingPartner partner, TradingPartner hub, String reason, List<String> problems) {
        problems.add(reason + "; " + told(() -> outboundDocuments.rejectDocument(document, setId, qualifier, reference, partner, hub,
                reason), "824"));
    }

    /**
     * Translates the accepted sets of one kind with the Smooks mapping and applies each. A set that does not translate is
     * not applied at all: the reason (the segment where translation failed) goes to the interchange and to the partner as
     * an 824 naming the set, and the other sets of the file are applied as usual.
     */
    private <M extends X12Message> void translate(byte[] content, String setId, Class<M> type, Set<String> accepted,
                                                  TradingPartner partner, TradingPartner hub, List<String> problems,
                                                  Consumer<M> apply) {
        Consumer<M> applyAccepted = ifAccepted(accepted, apply);
        gateway.translation().readEach(content, setId::equals, message -> applyAccepted.accept(type.cast(message)), failed -> {
            UnsupportedMessage set = new UnsupportedMessage();
            set.setTransactionSetCode(setId);
            set.setControlNumber(failed.setControlNumber());
            FunctionalGroupEnvelope group = new FunctionalGroupEnvelope();
            group.setControlNumber(failed.groupControlNumber());
            set.setGroup(group);
            if (accepted.contains(key(set))) {
                refuse(set, setId, "TN", null, partner, hub, "The " + setId + " with control number " + failed.setControlNumber()
                        + " cannot be translated: " + failed.getMessage(), problems);
            }
        });
    }

    /** Whether the file has a transaction set of this kind, so that a reader only runs over files that carry one. */
    private static boolean carries(X12ValidationReport report, String setId) {
        return report.interchanges().stream().flatMap(i -> i.groups().stream()).flatMap(g -> g.transactionSets().stream())
                .anyMatch(set -> setId.equals(set.identifier()));
    }

    /** Hands a message on only when its set is among those accepted. */
    private static <M extends com.ascendelements.portal.edi.message.X12Message> Consumer<M> ifAccepted(Set<String> accepted,
                                                                                                     Consumer<M> apply) {
        return message -> {
            if (accepted.contains(key(message))) {
                apply.accept(message);
            }
        };
    }

    private static String key(com.ascendelements.portal.edi.message.X12Message message) {
        return key(message.getGroup() == null ? "" : message.getGroup().getControlNumber(), message.getControlNumber());
    }

    /** "GS06/ST02": a transaction set, as the validator's report and the readers both name it. */
    private static String key(String groupControlNumber, String setControlNumber) {
        return groupControlNumber + "/" + setControlNumber;
    }

    /** The partner's 997s: each answers one of the groups we sent it. */
    private void applyAcknowledgments(byte[] content, X12ValidationReport report, Interchange inbound, TradingPartner partner,
                                      TradingPartner hub, List<String> applied, List<String> problems) {
        boolean has997 = report.interchanges().stream().flatMap(i -> i.groups().stream())
                .anyMatch(FunctionalGroupReport::isFunctionalAcknowledgment);
        if (!has997) {
            return;
        }
        List<FunctionalAcknowledgment> acks = new ArrayList<>();
        gateway.translation().readEach(content, "997"::equals, message -> {
            try {
                acks.add(FunctionalAcknowledgment.of((com.ascendelements.portal.edi.message.FunctionalAcknowledgmentMessage) message));
            } catch (IllegalArgumentException noVerdict) {
                problems.add("997 not applied: " + noVerdict.getMessage() + "; not answered (a 997 is never answered)");
            }
        }, unreadable -> problems.add("The 997 with control number " + unreadable.setControlNumber() + " cannot be translated: "
                + unreadable.getMessage() + "; not answered (a 997 is never answered)"));
        for (FunctionalAcknowledgment ack : acks) {
            Optional<OutboundGroup> group = outboundGroups.answeredBy(partner, ack, inbound);
            // a 997 about an application advice is never answered with another: no 824/997 ping-pong with a partner
            boolean aboutAnAdvice = "AG".equals(ack.functionalId());
            if (group.isEmpty()) {
                String reason = "997 for group " + ack.groupControlNumber() + " (" + ack.functionalId() + "), which we never sent to "
                        + partner.code();
                problems.add(reason + "; " + (aboutAnAdvice ? "not answered (it acknowledges an 824)"
                        : told(() -> outboundDocuments.refuseAcknowledgment(ack, partner, hub, reason), "824")));
                continue;
            }
            String answered = "997 " + ack.code() + " for our group " + ack.groupControlNumber() + " (" + group.get().documentSummary() + ")";
            if (!aboutAnAdvice && !"AG".equals(group.get().functionalId())
                    && (group.get().status() == AcknowledgmentStatus.REJECTED || group.get().status() == AcknowledgmentStatus.PARTIALLY_ACCEPTED)) {
                // the partner did not take our document: both sides read the same business outcome
                answered += "; " + told(() -> outboundDocuments.adviseRejectedGroup(group.get(), ack, hub), "answered with", "824");
            }
            applied.add(answered);
        }
    }

    private ReceiptOutcome finish(Interchange interchange, InterchangeStatus status, String reason, List<Long> acknowledgments,
                                  List<String> created) {
        if (status == InterchangeStatus.REJECTED) {   // nothing of it applied; refused by the syntax check only if one was answered
            interchange.recordOutcomes(acknowledgments.isEmpty() ? null : SyntaxOutcome.REJECTED, BusinessOutcome.NOT_APPLIED);
        }
        interchange.concludeProcessing(status, reason, clock);
        audit.record("INTERCHANGE_" + status, "Interchange", interchange.id(), reason);
        return new ReceiptOutcome(interchange.id(), status, interchange.statusReason(), acknowledgments, created);
    }

    private static String summary(List<X12Issue> issues) {
        // errors before notes, the widest first, follow-ons of a broken segment tag folded into it
        return com.ascendelements.portal.edi.x12.IssueSummary.text(issues, MAX_ISSUES_IN_REASON);
    }
}
