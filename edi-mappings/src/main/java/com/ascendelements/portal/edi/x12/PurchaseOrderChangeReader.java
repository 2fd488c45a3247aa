package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.ChangedLine;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage;
import java.util.List;

/**
 * Reads the 860 purchase order change requests of a file into {@link PurchaseOrderChangeMessage}s with StAEDI's
 * streaming reader (BCH, CUR, REF, DTM, N1 loops, POC loops with PID, REF and DTM, CTT). It is the 860's one mapping,
 * the counterpart of {@code DocumentWriter.write(PurchaseOrderChangeMessage, ...)}; validity is the
 * {@link InterchangeValidator}'s business, so call it first.
 *
 * <p>Thread-safe: no state between calls.
 */
public final class PurchaseOrderChangeReader extends TransactionSetReader<PurchaseOrderChangeMessage> {

    public PurchaseOrderChangeReader() {
        super("860", ChangeMapper::new);
    }

    private static final class ChangeMapper extends SegmentMapping.AreaMapper<PurchaseOrderChangeMessage> {
        private ChangedLine current;

        ChangeMapper() {
            super(new PurchaseOrderChangeMessage(), "POC", "CTT");
        }

        @Override
        List<Party> parties() {
            return message.getParties();
        }

        @Override
        void header(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "BCH" -> {
                    message.setPurposeCode(s.e(1));
                    message.setOrderTypeCode(s.e(2));
                    message.setPurchaseOrderNumber(s.e(3));
                    message.setReleaseNumber(s.e(4));
                    message.setChangeSequence(s.e(5));
                    message.setOrderDate(s.date(6));
                    message.setChangeDate(s.date(11));
                }
                case "CUR" -> SegmentMapping.set(s.e(2), message::setCurrencyCode);
                case "REF" -> message.getReferences().add(s.reference());
                case "DTM" -> message.getDates().add(s.dateReference());
                default -> { }
            }
        }

        @Override
        void startLine(SegmentMapping.Segment s) {
            current = new ChangedLine();
            current.setLineNumber(s.e(1));
            current.setChangeCode(s.e(2));
            current.setQuantity(s.number(3));
            current.setQuantityLeftToReceive(s.number(4));
            current.setUnitCode(s.firstComponent(5));
            current.setUnitPrice(s.number(6));
            current.setPriceBasisCode(s.e(7));
            s.productIds(8, 9, current.getProductIds());
            message.getLines().add(current);
        }

        @Override
        void line(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "PID" -> SegmentMapping.set(s.e(5), current::setDescription);
                case "DTM" -> current.getDates().add(s.dateReference());
                case "REF" -> current.getReferences().add(s.reference());
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
