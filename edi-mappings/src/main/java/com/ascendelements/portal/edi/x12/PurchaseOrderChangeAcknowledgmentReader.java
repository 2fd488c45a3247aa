package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.ChangedLine;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.PurchaseOrderChangeAcknowledgmentMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 865 purchase order change acknowledgments of a file (BCA, the heading's N9/MSG notes, POC loops with ACK)
 * into {@link PurchaseOrderChangeAcknowledgmentMessage}s with StAEDI's streaming reader: the 865's one inbound mapping.
 * Validity is the {@link InterchangeValidator}'s business, so call it first.
 *
 * <p>Thread-safe: no state between calls.
 */
public final class PurchaseOrderChangeAcknowledgmentReader extends TransactionSetReader<PurchaseOrderChangeAcknowledgmentMessage> {

    public PurchaseOrderChangeAcknowledgmentReader() {
        super("865", AnswerMapper::new);
    }

    private static final class AnswerMapper extends SegmentMapping.AreaMapper<PurchaseOrderChangeAcknowledgmentMessage> {
        private final List<Party> parties = new ArrayList<>();
        private ChangedLine current;

        AnswerMapper() {
            super(new PurchaseOrderChangeAcknowledgmentMessage(), "POC", "CTT");
        }

        @Override
        List<Party> parties() {
            return parties;
        }

        @Override
        void header(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "BCA" -> {
                    message.setPurposeCode(s.e(1));
                    message.setAcknowledgmentTypeCode(s.e(2));
                    message.setPurchaseOrderNumber(s.e(3));
                    message.setChangeSequence(s.e(5));
                    message.setOrderDate(s.date(6));
                    message.setAcknowledgmentDate(s.date(10));
                }
                case "MSG" -> SegmentMapping.set(s.e(1), message.getNotes()::add);
                default -> { }
            }
        }

        @Override
        void startLine(SegmentMapping.Segment s) {
            current = new ChangedLine();
            current.setLineNumber(s.e(1));
            current.setChangeCode(s.e(2));
            current.setQuantity(s.number(3));
            current.setUnitCode(s.firstComponent(5));
            s.productIds(8, 9, current.getProductIds());
            message.getLines().add(current);
        }

        @Override
        void line(SegmentMapping.Segment s) {
            if ("ACK".equals(s.tag())) {
                LineAcknowledgment ack = new LineAcknowledgment();
                ack.setStatusCode(s.e(1));
                ack.setQuantity(s.number(2));
                ack.setUnitCode(s.e(3));
                current.getAcknowledgments().add(ack);
            }
        }

        @Override
        void startSummary(SegmentMapping.Segment s) {
        }
    }
}
