package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import java.util.List;

/**
 * Reads the 855 purchase order acknowledgments of a file into {@link PurchaseOrderAcknowledgmentMessage}s with StAEDI's
 * streaming reader, binding what the Smooks translation binds (BAK, CUR, REF, N1 loops, PO1 loops with PID and ACK,
 * CTT). Validity is the {@link InterchangeValidator}'s business, so call it first. Runs inside the application server,
 * where the Smooks translation cannot be deployed (see the module README).
 *
 * <p>Thread-safe: no state between calls.
 */
public final class PurchaseOrderAcknowledgmentReader extends TransactionSetReader<PurchaseOrderAcknowledgmentMessage> {

    public PurchaseOrderAcknowledgmentReader() {
        super("855", AcknowledgmentMapper::new);
    }

    private static final class AcknowledgmentMapper extends SegmentMapping.AreaMapper<PurchaseOrderAcknowledgmentMessage> {
        private AcknowledgedLine current;

        AcknowledgmentMapper() {
            super(new PurchaseOrderAcknowledgmentMessage(), "PO1", "CTT");
        }

        @Override
        List<Party> parties() {
            return message.getParties();
        }

        @Override
        void header(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "BAK" -> {
                    message.setPurposeCode(s.e(1));
                    message.setAcknowledgmentTypeCode(s.e(2));
                    message.setPurchaseOrderNumber(s.e(3));
                    message.setOrderDate(s.date(4));
                    message.setReleaseNumber(s.e(5));
                    message.setContractNumber(s.e(7));
                    message.setSellerOrderNumber(s.e(8));
                    message.setAcknowledgmentDate(s.date(9));
                }
                case "CUR" -> SegmentMapping.set(s.e(2), message::setCurrencyCode);
                case "REF" -> message.getReferences().add(s.reference());
                default -> { }
            }
        }

        @Override
        void startLine(SegmentMapping.Segment s) {
            current = new AcknowledgedLine();
            current.setLineNumber(s.e(1));
            current.setQuantity(s.number(2));
            current.setUnitCode(s.e(3));
            current.setUnitPrice(s.number(4));
            s.productIds(6, 3, current.getProductIds());
            message.getLines().add(current);
        }

        @Override
        void line(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "PID" -> SegmentMapping.set(s.e(5), current::setDescription);
                case "ACK" -> {
                    LineAcknowledgment ack = new LineAcknowledgment();
                    ack.setStatusCode(s.e(1));
                    ack.setQuantity(s.number(2));
                    ack.setUnitCode(s.e(3));
                    ack.setDateQualifier(s.e(4));
                    ack.setDate(s.date(5));
                    current.getAcknowledgments().add(ack);
                }
                default -> { }
            }
        }

        @Override
        void startSummary(SegmentMapping.Segment s) {
            message.setLineItemCount(s.integer(1));
            message.setHashTotal(s.number(2));
        }
    }
}
