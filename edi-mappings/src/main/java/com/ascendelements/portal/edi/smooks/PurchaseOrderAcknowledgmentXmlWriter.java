package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;

import com.ascendelements.portal.edi.x12.out.MessageText;
import java.math.BigDecimal;
import java.util.List;

/** 855: BAK, CUR, REF, the notes as an N9 L1 loop of MSGs (free text cleaned to what an MSG carries), N1 loops, PO1 loops with PID and ACK, CTT. */
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
        xml.references("HeaderSegment", ack.getReferences());
        List<String> notes = ack.getNotes().stream().map(MessageText::of).filter(note -> !note.isEmpty()).toList();
        if (!notes.isEmpty()) {
            xml.wrapped("HeaderSegment", "N9", "L1", "NOTES");  // L1: letters or notes
            for (String note : notes) {
                xml.wrapped("HeaderSegment", "MSG", note);
            }
        }
        for (Party party : ack.getParties()) {
            PartyXml.write(party, xml);
        }
        BigDecimal hashTotal = BigDecimal.ZERO;
        for (AcknowledgedLine line : ack.getLines()) {
            xml.start("PO1Loop");
            xml.segment("PO1", ProductId.elements(line.getProductIds(), line.getLineNumber(), line.getQuantity(),
                    line.getUnitCode(), line.getUnitPrice(), null));
            xml.description("PO1Segment", line.getDescription());
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
        if (!ack.getLines().isEmpty()) {  // an order refused as a whole has no lines to count
            xml.start("CTTLoop").segment("CTT", ack.getLines().size(), hashTotal).end();
        }
    }
}
