package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.Charge;
import com.ascendelements.portal.edi.message.InvoiceLine;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.Party;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the 810 invoices of a file into {@link InvoiceMessage}s with StAEDI's streaming reader (004010 and 005010,
 * any delimiters), binding what the Smooks translation binds: BIG, CUR, REF, DTM, N1 loops, IT1 loops with PID, REF,
 * DTM and SAC, and TDS with its SAC and CTT. TDS01 and SAC05 carry two implied decimals (X12 type N2): 16868300 is
 * 168683.00. Validity is the {@link InterchangeValidator}'s business, so call it first.
 *
 * <p>Thread-safe: no state between calls.
 */
public final class InvoiceReader extends TransactionSetReader<InvoiceMessage> {

    public InvoiceReader() {
        super("810", InvoiceMapper::new);
    }

    private static final class InvoiceMapper extends SegmentMapping.AreaMapper<InvoiceMessage> {
        private InvoiceLine current;

        InvoiceMapper() {
            super(new InvoiceMessage(), "IT1", "TDS");
        }

        @Override
        List<Party> parties() {
            return message.getParties();
        }

        @Override
        void header(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "BIG" -> {
                    message.setInvoiceDate(s.date(1));
                    message.setInvoiceNumber(s.e(2));
                    message.setPurchaseOrderDate(s.date(3));
                    message.setPurchaseOrderNumber(s.e(4));
                    message.setReleaseNumber(s.e(5));
                    message.setTransactionTypeCode(s.e(7));
                    message.setPurposeCode(s.e(8));
                }
                case "CUR" -> SegmentMapping.set(s.e(2), message::setCurrencyCode);
                case "REF" -> message.getReferences().add(s.reference());
                case "DTM" -> message.getDates().add(s.dateReference());
                default -> { }
            }
        }

        /** X12 puts the header DTM after the N1 loops, where it reads as a segment of the last one. */
        @Override
        void partySegment(SegmentMapping.Segment s, Party party) {
            if ("DTM".equals(s.tag())) {
                message.getDates().add(s.dateReference());
            } else {
                super.partySegment(s, party);
            }
        }

        @Override
        void startLine(SegmentMapping.Segment s) {
            current = new InvoiceLine();
            current.setLineNumber(s.e(1));
            current.setQuantity(s.number(2));
            current.setUnitCode(s.e(3));
            current.setUnitPrice(s.number(4));
            current.setPriceBasisCode(s.e(5));
            s.productIds(6, 3, current.getProductIds());
            message.getLines().add(current);
        }

        @Override
        void line(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "PID" -> SegmentMapping.set(s.e(5), current::setDescription);
                case "REF" -> current.getReferences().add(s.reference());
                case "DTM" -> current.getDates().add(s.dateReference());
                case "SAC" -> current.getCharges().add(charge(s));
                default -> { }
            }
        }

        @Override
        void startSummary(SegmentMapping.Segment s) {
            message.setTotalAmount(impliedTwoDecimals(s.number(1)));
        }

        @Override
        void summary(SegmentMapping.Segment s) {
            switch (s.tag()) {
                case "SAC" -> message.getCharges().add(charge(s));
                case "CTT" -> SegmentMapping.set(s.integer(1), message::setLineItemCount);
                default -> { }
            }
        }

        private static Charge charge(SegmentMapping.Segment s) {
            Charge charge = new Charge();
            charge.setIndicator(s.e(1));
            charge.setCode(s.e(2));
            charge.setAmount(impliedTwoDecimals(s.number(5)));
            charge.setPercentQualifier(s.e(6));
            charge.setPercent(s.number(7));
            charge.setRate(s.number(8));
            charge.setUnitCode(s.e(9));
            charge.setQuantity(s.number(10));
            charge.setDescription(s.e(15));
            return charge;
        }

        private static BigDecimal impliedTwoDecimals(BigDecimal value) {
            return value == null ? null : value.movePointLeft(2);
        }
    }
}
