package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.ProductId;

import com.ascendelements.portal.edi.message.Charge;
import com.ascendelements.portal.edi.message.InvoiceLine;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.translation.X12TranslationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 810: BIG, CUR, REF, N1 loops, DTM (after the N1 loops, in X12 order), IT1 loops (PID, REF, DTM, SAC), TDS, SAC, CTT.
 * TDS01 and SAC05 carry two implied decimals (168683.00 is written 16868300).
 */
final class InvoiceXmlWriter implements TransactionSetXmlWriter<InvoiceMessage> {

    @Override
    public Class<InvoiceMessage> messageType() {
        return InvoiceMessage.class;
    }

    @Override
    public String rootElement() {
        return "Invoice";
    }

    @Override
    public void writeBody(InvoiceMessage invoice, InterchangeXmlBuilder xml) {
        if (invoice.getTotalAmount() == null) {
            throw new X12TranslationException("an 810 needs its total amount (TDS01): invoice " + invoice.getInvoiceNumber());
        }
        xml.segment("BIG", invoice.getInvoiceDate(), invoice.getInvoiceNumber(), invoice.getPurchaseOrderDate(),
                invoice.getPurchaseOrderNumber(), invoice.getReleaseNumber(), null, invoice.getTransactionTypeCode(),
                invoice.getPurposeCode());
        if (invoice.getCurrencyCode() != null) {
            xml.wrapped("HeaderSegment", "CUR", "SE", invoice.getCurrencyCode());
        }
        xml.references("HeaderSegment", invoice.getReferences());
        if (invoice.getParties().isEmpty()) {
            xml.dates("HeaderSegment", invoice.getDates());
        }
        int last = invoice.getParties().size() - 1;
        for (int i = 0; i <= last; i++) {
            // X12 puts the header DTMs after the N1 loops: in the schema's layout they close the last loop
            Runnable closing = i == last ? () -> xml.dates("N1Segment", invoice.getDates()) : () -> { };
            PartyXml.write(invoice.getParties().get(i), xml, closing);
        }
        for (InvoiceLine line : invoice.getLines()) {
            xml.start("IT1Loop");
            xml.segment("IT1", ProductId.elements(line.getProductIds(), line.getLineNumber(),
                    line.getQuantity(), line.getUnitCode(), line.getUnitPrice(), line.getPriceBasisCode()));
            xml.description("IT1Segment", line.getDescription())
                    .references("IT1Segment", line.getReferences())
                    .dates("IT1Segment", line.getDates());  // the IT1 loop's DTM comes before its SAC loop
            for (Charge charge : line.getCharges()) {
                charge("IT1Segment", charge, xml);
            }
            xml.end();
        }
        xml.start("TDSLoop");
        xml.segment("TDS", impliedTwoDecimals(invoice.getTotalAmount()));
        for (Charge charge : invoice.getCharges()) {
            charge("TDSSegment", charge, xml);
        }
        xml.wrapped("TDSSegment", "CTT", invoice.getLines().size());
        xml.end();
    }

    private static void charge(String wrapper, Charge c, InterchangeXmlBuilder xml) {
        xml.wrapped(wrapper, "SAC", c.getIndicator(), c.getCode(), null, null, impliedTwoDecimals(c.getAmount()),
                c.getPercentQualifier(), c.getPercent(), c.getRate(), c.getUnitCode(), c.getQuantity(), null, null, null,
                null, c.getDescription());
    }

    /** An amount as X12 N2: the number of hundredths; more than two decimals cannot be written. */
    private static BigDecimal impliedTwoDecimals(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
        } catch (ArithmeticException e) {
            throw new X12TranslationException("an X12 N2 amount has at most two decimals: " + amount);
        }
    }
}
