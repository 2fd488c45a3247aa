package com.ascendelements.portal.exchange;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.DocumentWriter;
import com.ascendelements.portal.edi.x12.out.OutboundInterchange;
import com.ascendelements.portal.exchange.delivery.OutboundTransports;
import com.ascendelements.portal.exchange.translation.PurchaseOrderAcknowledgmentTranslator;
import com.ascendelements.portal.partners.OutboundDelimiters;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderAnswered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Writes the X12 that a business event sends, in the transaction of the event itself. An 855 answers a purchase
 * order once every line is answered: the hub's answer goes out to its customer (outbound, ready to send); a
 * supplier's answer keyed in the portal (web EDI) is recorded as if the supplier had sent it (inbound, processed).
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

    void onAnswered(@Observes PurchaseOrderAnswered event) {
        acknowledge(event.order());
    }

    public Interchange acknowledge(PurchaseOrder order) {
        TradingPartner seller = order.seller();
        TradingPartner buyer = order.buyer();
        boolean fromHub = seller.hasRole(PartnerRole.HUB);
        TradingPartner partner = fromHub ? buyer : seller;
        OutboundDelimiters d = partner.delimiters();
        DrawnNumbers numbers = new DrawnNumbers(controlNumbers.forPartner(partner.id()));
        OutboundInterchange x12 = new DocumentWriter(clock).write(PurchaseOrderAcknowledgmentTranslator.toMessage(order),
                party(seller), party(buyer), partner.x12().version().code(),
                new X12Delimiters(d.element(), d.component(), d.repetition(), d.segment()), d.lineBreakAfterSegment(),
                numbers);
        String fileName = "855-" + order.poNumber() + "-" + x12.controlNumber() + ".x12";
        Interchange interchange = fromHub
                ? Interchange.written(Transport.AS2, fileName, x12.x12(), clock)
                : Interchange.received(Transport.WEB_EDI, fileName, x12.x12(), clock);
        interchange.identify(new EnvelopeParty(seller.x12().qualifier(), seller.x12().interchangeId()),
                new EnvelopeParty(buyer.x12().qualifier(), buyer.x12().interchangeId()),
                x12.controlNumber(), seller, buyer, clock);
        if (!fromHub) {
            interchange.moveTo(InterchangeStatus.PROCESSED, "855 for PO " + order.poNumber() + " entered in the portal", clock);
        }
        interchanges.add(interchange, x12.x12());
        interchanges.addDocument(new InterchangeDocument(interchange, "855", null, order.poNumber(), order));
        if (fromHub) {
            outboundGroups.sent(interchange, partner, "PR", numbers.lastGroup(), 1, "855 for PO " + order.poNumber());
            transports.schedule(interchange, partner);
        }
        audit.record("PO_ACKNOWLEDGED", "PurchaseOrder", order.id(), "855 " + x12.controlNumber() + " for PO " + order.poNumber()
                + (fromHub ? " to " + buyer.code() : " from " + seller.code() + " (web EDI)"));
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
