package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import java.util.List;

/**
 * Reads the 850 purchase orders of a file into {@link PurchaseOrderMessage}s with StAEDI's streaming reader, one
 * segment at a time, binding what the Smooks translation binds (BEG, CUR, REF, DTM, N1 loops, PO1 loops with PID, MEA,
 * DTM, REF, CTT). Validity is the {@link InterchangeValidator}'s business, so call it first. This reader runs inside
 * the application server, where the Smooks translation cannot be deployed (see the module README).
 *
 * <p>Thread-safe: no state between calls.
 */
public final class PurchaseOrderReader extends TransactionSetReader<PurchaseOrderMessage> {

    public PurchaseOrderReader() {
        super("850", OrderMapper::new);
    }

    private static final class OrderMapper extends SegmentMapping.AreaMapper<PurchaseOrderMessage> {
        private PurchaseOrderLine current;

        OrderMapper() {
            super(new PurchaseOrderMessage(), "PO1", "CTT");
        }

        @Override
        List<Party> parties() {
            return message.getParties();
        }

        @Override
        void header(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "BEG" -> {
                    message.setPurposeCode(s.e(1));
                    message.setOrderTypeCode(s.e(2));
                    message.setPurchaseOrderNumber(s.e(3));
                    message.setReleaseNumber(s.e(4));
                    message.setOrderDate(s.date(5));
                }
                case "CUR" -> SegmentMapping.set(s.e(2), message::setCurrencyCode);
                case "REF" -> message.getReferences().add(s.reference());
                case "DTM" -> message.getDates().add(s.dateReference());
                default -> { }
            }
        }

        @Override
        void startLine(SegmentMapping.Segment s) {
            current = new PurchaseOrderLine();
            current.setLineNumber(s.e(1));
            current.setQuantity(s.number(2));
            current.setUnitCode(s.e(3));
            current.setUnitPrice(s.number(4));
            current.setPriceBasisCode(s.e(5));
            s.productIds(6, 5, current.getProductIds());
            message.getLines().add(current);
        }

        @Override
        void line(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "PID" -> SegmentMapping.set(s.e(5), current::setDescription);
                case "MEA" -> current.getMeasurements().add(s.measurement());
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
