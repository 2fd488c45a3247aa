package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.Reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 855: BAK, CUR, REF, N1 loops, PO1 loops with PID and ACK, CTT. */
final class PurchaseOrderAcknowledgmentXmlWriter implements TransactionSetXmlWriter<PurchaseOrderAcknowledgmentMessage> {

    @Override
    public Class<PurchaseOrderAcknowledgmentMessage> messageType() {
        return PurchaseOrderAcknowledgmentMessage.class;
    }

    @Override
    public String rootElement() {
        return "PurchaseOrderAcknowledgment";
    }

    @Override
    public void writeBody(PurchaseOrderAcknowledgmentMessage ack, InterchangeXmlBuilder xml) {
        xml.segment("BAK", ack.getPurposeCode(), ack.getAcknowledgmentTypeCode(), ack.getPurchaseOrderNumber(),
                ack.getOrderDate(), ack.getReleaseNumber(), null, ack.getContractNumber(),
                ack.getSellerOrderNumber(), ack.getAcknowledgmentDate());
        if (ack.getCurrencyCode() != null) {
            xml.wrapped("HeaderSegment", "CUR", "SE", ack.getCurrencyCode());
        }
        for (Reference reference : ack.getReferences()) {
            xml.wrapped("HeaderSegment", "REF", reference.getQualifier(), reference.getValue(),
                    reference.getDescription());
        }
        for (Party party : ack.getParties()) {
            PartyXml.write(party, xml);
        }
        BigDecimal hashTotal = BigDecimal.ZERO;
        for (AcknowledgedLine line : ack.getLines()) {
            xml.start("PO1Loop");
            List<Object> po1 = new ArrayList<>(List.of(nullSafe(line.getLineNumber()), nullSafe(line.getQuantity()),
                    nullSafe(line.getUnitCode()), nullSafe(line.getUnitPrice()), ""));
            for (ProductId id : line.getProductIds()) {
                po1.add(id.getQualifier());
                po1.add(id.getId());
            }
            xml.segment("PO1", po1.toArray());
            if (line.getDescription() != null) {
                xml.wrapped("PO1Segment", "PID", "F", null, null, null, line.getDescription());
            }
            for (LineAcknowledgment lineAck : line.getAcknowledgments()) {
                xml.wrapped("PO1Segment", "ACK", lineAck.getStatusCode(), lineAck.getQuantity(),
                        lineAck.getUnitCode(), lineAck.getDate() == null ? null : lineAck.getDateQualifier(),
                        lineAck.getDate());
            }
            xml.end();
            if (line.getQuantity() != null) {
                hashTotal = hashTotal.add(line.getQuantity());
            }
        }
        xml.start("CTTLoop").segment("CTT", ack.getLines().size(), hashTotal).end();
    }

    private static Object nullSafe(Object value) {
        return value == null ? "" : value;
    }
}
