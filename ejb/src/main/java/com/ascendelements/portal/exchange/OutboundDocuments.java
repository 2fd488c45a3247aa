package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.DocumentWriter;
import com.ascendelements.portal.edi.x12.out.OutboundEnvelope;
import com.ascendelements.portal.edi.x12.out.OutboundInterchange;
import com.ascendelements.portal.exchange.delivery.OutboundTransports;
import com.ascendelements.portal.exchange.translation.ApplicationAdviceTranslator;
import com.ascendelements.portal.exchange.translation.InvoiceTranslator;
import com.ascendelements.portal.exchange.translation.PurchaseOrderAcknowledgmentTranslator;
import com.ascendelements.portal.exchange.translation.PurchaseOrderChangeTranslator;
import com.ascendelements.portal.exchange.translation.PurchaseOrderTranslator;
import com.ascendelements.portal.exchange.translation.ReceivingAdviceTranslator;
import com.ascendelements.portal.exchange.translation.ShipNoticeTranslator;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceDisputed;
import com.ascendelements.portal.invoicing.InvoiceIssued;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderAnswered;
import com.ascendelements.portal.purchasing.PurchaseOrderPlaced;
import com.ascendelements.portal.shipping.GoodsReceived;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentDispatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Writes the X12 that a business event sends, in the transaction of the event itself: the 850 of an order the hub
 * places, the 855 once every line of an order is answered, the 860 of a buyer's change, the 856 of a shipment, the 810
 * of an invoice, the 824 of a disputed invoice and the 861 of a receipt at the hub's dock. What the
 * hub sends goes out to its partner (outbound, ready to send, waiting for the partner's 997); what a supplier without
 * EDI keys in the portal (web EDI) is recorded as if the supplier had sent it (inbound, processed).
 */
@ApplicationScoped
public class OutboundDocuments {

    @Inject
    private Interchanges interchanges;
    @Inject
    private ControlNumbers controlNumbers;
    @Inject
    private OutboundGroups outboundGroups;
    @Inject
    private OutboundTransports transports;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private X12Gateway gateway;

    void onPlaced(@Observes PurchaseOrderPlaced event) {
        placeOrder(event.order());
    }

    void onAnswered(@Observes PurchaseOrderAnswered event) {
        if (!event.received()) {  // an answer that came in as an 855 is its own document
            acknowledge(event.order());
        }
    }

    /** The buyer changed or cancelled its order: the seller hears it as an 860 (a change that came in as one is its own). */
    void onChanged(@Observes com.ascendelements.portal.purchasing.PurchaseOrderChanged event) {
        if (!event.received()) {
            changeOrder(event.order(), event.changes(), event.cancelled());
        }
    }

    void onDispatched(@Observes ShipmentDispatched event) {
        if (!event.received()) {  // a shipment that came in as an 856 is its own document
            notifyShipment(event.notice(), event.order());
        }
    }

    void onIssued(@Observes InvoiceIssued event) {
        if (!event.received()) {  // an invoice that came in as an 810 is its own document
            invoice(event.invoice());
        }
    }

    /** A supplier's invoice the hub disputes: the supplier hears it as an 824 (the hub's own invoices need none). */
    void onDisputed(@Observes InvoiceDisputed event) {
        if (!event.invoice().seller().hasRole(PartnerRole.HUB)) {
            rejectInvoice(event.invoice(), event.reason());
        }
    }

    /** What the hub received of a supplier's shipment: the supplier hears it as an 861 when its profile asks for them. */
    void onReceived(@Observes GoodsReceived event) {
        ShipNotice notice = event.notice();
        if (notice.receiver().hasRole(PartnerRole.HUB) && notice.shipper().acknowledgments().sendReceivingAdvice()) {
            try {
                adviseReceipt(notice, event.receipt());
            } catch (IllegalArgumentException | IllegalStateException unwritable) {
                // the receipt at the dock stands; that the supplier was not told is recorded for staff
                audit.record("RECEIVING_ADVICE_NOT_SENT", "ShipNotice", notice.id(), "No 861 to " + notice.shipper().code()
                        + " for the receipt of shipment " + notice.shipmentId() + ": " + unwritable.getMessage());
            }
        }
    }

    /** The 861 of one receipt at the hub's dock, from the hub (the shipment's receiver) to the shipper. */
    public Interchange adviseReceipt(ShipNotice notice, LotReceipt receipt) {
        return record(new Document("861", "RCV-" + receipt.id(), receipt.item().lot().order().purchaseOrder().orElse(null),
                        "RECEIVING_ADVICE_SENT"), notice.receiver(), notice.shipper(),
                (writer, e) -> writer.write(ReceivingAdviceTranslator.toMessage(notice, receipt, LocalDate.now(clock)), e));
    }

    /** The 824 that rejects a partner's invoice with finance's reason, from the hub (the invoice's buyer) to its seller. */
    public Interchange rejectInvoice(Invoice invoice, String reason) {
        return record(new Document("824", invoice.invoiceNumber(), invoice.purchaseOrder().orElse(null), "APPLICATION_ADVICE_SENT"),
                invoice.buyer(), invoice.seller(),
                (writer, e) -> writer.write(ApplicationAdviceTranslator.invoiceRejected(invoice, reason, LocalDate.now(clock)), e));
    }

    /**
     * The 855 that refuses a customer's 850 the hub could not take as an order, from the hub (the seller it was
     * addressed to) to the buyer, with the reason: the partner hears the business outcome, not only the 997.
     */
    public Interchange refuseOrder(com.ascendelements.portal.edi.message.PurchaseOrderMessage order, TradingPartner buyer,
                                   TradingPartner seller, String reason) {
        return record(new Document("855", order.getPurchaseOrderNumber(), null, "PO_REFUSED"), seller, buyer,
                PurchaseOrderAcknowledgmentTranslator.refusal(order, reason));
    }

    /** The 855 that tells a customer at once which lines of its 850 the hub did not take, and why (the rest was taken). */
    public Interchange refuseOrderLines(com.ascendelements.portal.edi.message.PurchaseOrderMessage message, java.util.Map<String, String> reasons,
                                        PurchaseOrder order) {
        return record(new Document("855", order.poNumber(), order, "PO_LINES_REFUSED"), order.seller(), order.buyer(),
                PurchaseOrderAcknowledgmentTranslator.linesRefused(message, reasons));
    }

    /**
     * The 824 that refuses a document a partner sent the hub (an 855, 856, 810 or 861 the hub cannot apply), naming it
     * by its reference and control numbers, with the reason.
     *
     * @param qualifier OTI02 for {@code reference}: PO, SI, IV, RV
     */
    public Interchange rejectDocument(com.ascendelements.portal.edi.message.X12Message document, String setId, String qualifier,
                                      String reference, TradingPartner partner, TradingPartner hub, String reason) {
        return record(new Document("824", setId + "-" + (reference == null ? document.getControlNumber() : reference), null,
                        "APPLICATION_ADVICE_SENT"), hub, partner,
                (writer, e) -> writer.write(ApplicationAdviceTranslator.documentRejected(setId, qualifier, reference, document, reason,
                        LocalDate.now(clock)), e));
    }

    /** The 860 of the buyer's change to its order (or its cancellation), from the buyer to the seller. */
    public Interchange changeOrder(PurchaseOrder order, java.util.List<com.ascendelements.portal.purchasing.LineChange> changes,
                                   boolean cancelled) {
        return record(new Document("860", order.poNumber(), order, cancelled ? "PO_CANCELLATION_SENT" : "PO_CHANGE_SENT"),
                order.buyer(), order.seller(),
                (writer, e) -> writer.write(PurchaseOrderChangeTranslator.toMessage(order, changes, cancelled, LocalDate.now(clock)), e));
    }

    /**
     * The 865 that answers a buyer's 860, from the hub (the seller it was addressed to) to the buyer: the change taken
     * line by line, or refused with the reasons.
     */
    public Interchange answerChange(com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage change,
                                    com.ascendelements.portal.purchasing.OrderChangeOutcome outcome, java.util.Map<String, String> untranslatable,
                                    PurchaseOrder order) {
        return record(new Document("865", order.poNumber(), order, outcome.applied() && untranslatable.isEmpty()
                        ? "PO_CHANGE_ACCEPTED" : "PO_CHANGE_REFUSED"), order.seller(), order.buyer(),
                (writer, e) -> writer.write(PurchaseOrderChangeTranslator.answer(change, order, outcome, untranslatable, LocalDate.now(clock)),
                        e));
    }

    /** The 824 that refuses a partner's 997 answering a group the hub never sent it. */
    public Interchange refuseAcknowledgment(com.ascendelements.portal.edi.x12.FunctionalAcknowledgment ack, TradingPartner partner,
                                            TradingPartner hub, String reason) {
        return record(new Document("824", "997-" + ack.groupControlNumber(), null, "APPLICATION_ADVICE_SENT"), hub, partner,
                (writer, e) -> writer.write(ApplicationAdviceTranslator.acknowledgmentRefused(ack, reason, LocalDate.now(clock)), e));
    }

    /** The 824 that tells a partner which of the hub's documents its 997 rejected, and that they are not in effect. */
    public Interchange adviseRejectedGroup(OutboundGroup group, com.ascendelements.portal.edi.x12.FunctionalAcknowledgment ack,
                                           TradingPartner hub) {
        String setId = com.ascendelements.portal.edi.x12.TransactionSchemas.FUNCTIONAL_IDENTIFIERS.entrySet().stream()
                .filter(e -> e.getValue().equals(group.functionalId())).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
        return record(new Document("824", "GS" + group.groupControlNumber(), null, "APPLICATION_ADVICE_SENT"), hub, group.partner(),
                (writer, e) -> writer.write(ApplicationAdviceTranslator.groupRejected(setId, group.groupControlNumber(), group.documentSummary(),
                        ack, LocalDate.now(clock)), e));
    }

    /** The 850 of an order the hub places with a supplier. */
    public Interchange placeOrder(PurchaseOrder order) {
        return record(new Document("850", order.poNumber(), order, "PO_SENT"), order.buyer(), order.seller(),
                PurchaseOrderTranslator.toMessage(order));
    }

    /** The 855 of a fully answered order, from its seller. */
    public Interchange acknowledge(PurchaseOrder order) {
        return record(new Document("855", order.poNumber(), order, "PO_ACKNOWLEDGED"), order.seller(), order.buyer(),
                PurchaseOrderAcknowledgmentTranslator.toMessage(order));
    }

    /** The 856 of a shipment against an order, from the order's seller. */
    public Interchange notifyShipment(ShipNotice notice, PurchaseOrder order) {
        return record(new Document("856", notice.shipmentId(), order, "SHIP_NOTICE_SENT"), notice.shipper(), notice.receiver(),
                ShipNoticeTranslator.toMessage(notice));
    }

    /** The 810 of an invoice, from its seller. */
    public Interchange invoice(Invoice invoice) {
        return record(new Document("810", invoice.invoiceNumber(), invoice.purchaseOrder().orElse(null), "INVOICE_SENT"),
                invoice.seller(), invoice.buyer(), InvoiceTranslator.toMessage(invoice));
    }

    /** One business document: its transaction set, functional group, number and the order it concerns. */
    private record Document(String transactionSet, String number, PurchaseOrder order, String auditAction) {

        String functionalId() {
            return com.ascendelements.portal.edi.x12.TransactionSchemas.FUNCTIONAL_IDENTIFIERS.get(transactionSet);
        }

        String summary() {
            return transactionSet + " " + number + (order == null || order.poNumber().equals(number) ? "" : " for PO " + order.poNumber());
        }
    }

    /**
     * How a document is written: the business documents (850, 855, 856, 810) by the X12 translation (the Smooks mapping
     * of each set, {@link OutboundEnvelope#write}), the hub's answers and advices (824, 860, 861, 865) by StAEDI.
     */
    @FunctionalInterface
    private interface Writing {
        OutboundInterchange write(DocumentWriter writer, OutboundEnvelope envelope);
    }

    /** A business document (850, 855, 856, 810): written by the Smooks mapping of its set. */
    private Interchange record(Document document, TradingPartner sender, TradingPartner receiver, X12Message message) {
        return record(document, sender, receiver, (writer, e) -> e.write(gateway.translation(), document.transactionSet(), message, clock));
    }

    /**
     * Writes the document in the partner's X12 (the hub's trading partner is the other party: its version, delimiters
     * and control numbers), stores it as an interchange linked to the order, and either sends it (from the hub:
     * outbound, its group waiting for the 997, delivery queued) or records it as received (from a partner keying it in
     * the portal: inbound by web EDI, processed).
     */
    private Interchange record(Document document, TradingPartner sender, TradingPartner receiver, Writing writing) {
        boolean fromHub = sender.hasRole(PartnerRole.HUB);
        TradingPartner partner = fromHub ? receiver : sender;
        OutboundDelimiters d = partner.delimiters();
        DrawnNumbers numbers = new DrawnNumbers(controlNumbers.forPartner(partner.id()));
        OutboundInterchange x12 = writing.write(new DocumentWriter(clock), new OutboundEnvelope(party(sender), party(receiver),
                partner.x12().version().code(), new X12Delimiters(d.element(), d.component(), d.repetition(), d.segment()),
                d.lineBreakAfterSegment(), numbers));
        String fileName = document.transactionSet() + "-" + document.number() + "-" + x12.controlNumber() + ".x12";
        Interchange interchange = fromHub
                ? Interchange.written(Transport.AS2, fileName, x12.x12(), clock)
                : Interchange.received(Transport.WEB_EDI, fileName, x12.x12(), clock);
        interchange.identify(new EnvelopeParty(sender.x12().qualifier(), sender.x12().interchangeId()),
                new EnvelopeParty(receiver.x12().qualifier(), receiver.x12().interchangeId()),
                x12.controlNumber(), sender, receiver, clock);
        if (!fromHub) {
            interchange.concludeProcessing(InterchangeStatus.PROCESSED, document.summary() + " entered in the portal", clock);
        }
        interchanges.add(interchange, x12.x12());
        interchanges.addDocument(new InterchangeDocument(interchange, document.transactionSet(), null, document.number(), document.order()));
        if (fromHub) {
            outboundGroups.sent(interchange, partner, document.functionalId(), numbers.lastGroup(), 1, document.summary());
            transports.schedule(interchange, partner);
        }
        audit.record(document.auditAction(), "Interchange", interchange.id(), document.summary() + " in interchange "
                + x12.controlNumber() + (fromHub ? " to " + receiver.code() : " from " + sender.code() + " (web EDI)"));
        return interchange;
    }

    /** Hands out the partner's control numbers and remembers the group number (GS06) it gave. */
    private static final class DrawnNumbers implements ControlNumberSource {
        private final ControlNumberSource source;
        private long group = -1;

        DrawnNumbers(ControlNumberSource source) {
            this.source = source;
        }

        @Override
        public long nextInterchangeControlNumber() {
            return source.nextInterchangeControlNumber();
        }

        @Override
        public long nextGroupControlNumber() {
            group = source.nextGroupControlNumber();
            return group;
        }

        @Override
        public long nextTransactionSetControlNumber() {
            return source.nextTransactionSetControlNumber();
        }

        String lastGroup() {
            if (group < 0) {
                throw new IllegalStateException("The writer drew no group control number");
            }
            return String.valueOf(group % 1_000_000_000L);
        }
    }

    private static com.ascendelements.portal.edi.x12.out.EnvelopeParty party(TradingPartner partner) {
        return new com.ascendelements.portal.edi.x12.out.EnvelopeParty(partner.x12().qualifier(), partner.x12().interchangeId(), partner.x12().applicationCode());
    }
}
