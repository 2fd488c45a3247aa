package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.ReceivedItem;
import com.ascendelements.portal.edi.message.ReceivingAdviceMessage;

/**
 * Reads the 861 receiving advices of a file into {@link ReceivingAdviceMessage}s with StAEDI's streaming reader
 * (004010 and 005010, any delimiters): BRA, heading REF, DTM, PRF and N1, and per RCD loop the quantities of RCD, LIN,
 * PID, PRF, REF, DTM and MEA; the loops nested in an RCD loop (LM, SLN, N1, FA1) are read and not bound. Validity is
 * the {@link InterchangeValidator}'s business, so call it first.
 *
 * <p>Thread-safe: no state between calls.
 */
public final class ReceivingAdviceReader extends TransactionSetReader<ReceivingAdviceMessage> {

    public ReceivingAdviceReader() {
        super("861", ReceivingAdviceMapper::new);
    }

    private static final class ReceivingAdviceMapper extends SegmentMapping.SetMapper<ReceivingAdviceMessage> {
        private ReceivedItem item;
        /** Inside a loop nested in the heading or in an RCD loop (N1, LM, SLN, FA1): its REF, DTM and the rest are not the item's. */
        private boolean nested;
        private boolean summary;

        ReceivingAdviceMapper() {
            super(new ReceivingAdviceMessage());
        }

        @Override
        void segment(SegmentMapping.Segment s) {
            if (summary) {
                return;
            }
            switch (s.tag()) {
                case "BRA" -> {
                    message.setReference(s.e(1));
                    message.setDate(s.date(2));
                    message.setPurposeCode(s.e(3));
                    message.setTypeCode(s.e(4));
                }
                case "RCD" -> {
                    item = receivingConditions(s);
                    message.getItems().add(item);
                    nested = false;
                }
                case "CTT" -> {
                    summary = true;
                    message.setLineItemCount(s.integer(1));
                }
                case "N1", "LM", "SLN", "FA1" -> {
                    nested = true;
                    if (item == null && "N1".equals(s.tag())) {
                        message.getParties().add(s.party());
                    }
                }
                default -> {
                    if (nested) {
                        return;  // N2-N4, REF, PER of an N1 loop; LQ; the SLN loop's segments; FA2
                    }
                    if (item == null) {
                        heading(s);
                    } else {
                        itemSegment(s, item);
                    }
                }
            }
        }

        private void heading(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "REF" -> message.getReferences().add(s.reference());
                case "DTM" -> message.getDates().add(s.dateReference());
                case "PRF" -> SegmentMapping.set(s.e(1), message.getPurchaseOrderNumbers()::add);
                default -> {
                    // CUR, PER, TD1, TD5, TD3, TD4, MEA of the heading are read and not bound
                }
            }
        }

        private static void itemSegment(SegmentMapping.Segment s, ReceivedItem item) {
            switch (s.tag()) {
                case "LIN" -> {
                    SegmentMapping.set(s.e(1), item::setLineNumber);
                    s.productIds(2, 15, item.getProductIds());
                }
                case "PID" -> SegmentMapping.set(s.e(5), item::setDescription);
                case "PRF" -> SegmentMapping.set(s.e(1), item::setPurchaseOrderNumber);
                case "REF" -> item.getReferences().add(s.reference());
                case "DTM" -> item.getDates().add(s.dateReference());
                case "MEA" -> {
                    com.ascendelements.portal.edi.message.Measurement m = s.measurement();
                    m.setUnitCode(s.firstComponent(4));
                    item.getMeasurements().add(m);
                }
                default -> {
                    // SN1, CUR, PO4, PER, FOB, TD1, TD5, TD3, TD4, SAC, MAN of the loop are read and not bound
                }
            }
        }

        private static ReceivedItem receivingConditions(SegmentMapping.Segment s) {
            ReceivedItem item = new ReceivedItem();
            item.setAssignedId(s.e(1));
            item.setQuantityReceived(s.number(2));
            item.setUnitCode(s.firstComponent(3));
            item.setQuantityReturned(s.number(4));
            item.setReturnedUnitCode(s.firstComponent(5));
            for (int position = 6; position <= 18; position += 3) {
                if (s.e(position) != null || s.e(position + 2) != null) {
                    item.getQuantitiesInQuestion().add(new ReceivedItem.QuantityInQuestion(s.number(position), s.firstComponent(position + 1),
                            s.e(position + 2)));
                }
            }
            return item;
        }
    }
}
