package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.ProductId;

import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;

/**
 * 850: BEG, CUR, REF, DTM, N1 loops, PO1 loops (MEA, PID, REF, DTM), CTT with the number of lines and the message's
 * hash total.
 */
final class PurchaseOrderXmlWriter implements TransactionSetXmlWriter<PurchaseOrderMessage> {

    @Override
    public Class<PurchaseOrderMessage> messageType() {
        return PurchaseOrderMessage.class;
    }

    @Override
    public String rootElement() {
        return "PurchaseOrder";
    }

    @Override
    public void writeBody(PurchaseOrderMessage order, InterchangeXmlBuilder xml) {
        xml.segment("BEG", order.getPurposeCode(), order.getOrderTypeCode(), order.getPurchaseOrderNumber(),
                order.getReleaseNumber(), order.getOrderDate());
        if (order.getCurrencyCode() != null) {
            xml.wrapped("HeaderSegment", "CUR", "BY", order.getCurrencyCode());
        }
        xml.references("HeaderSegment", order.getReferences()).dates("HeaderSegment", order.getDates());
        for (Party party : order.getParties()) {
            PartyXml.write(party, xml);
        }
        for (PurchaseOrderLine line : order.getLines()) {
            xml.start("PO1Loop");
            xml.segment("PO1", ProductId.elements(line.getProductIds(), line.getLineNumber(),
                    line.getQuantity(), line.getUnitCode(), line.getUnitPrice(), line.getPriceBasisCode()));
            xml.measurements("PO1Segment", line.getMeasurements())
                    .description("PO1Segment", line.getDescription())
                    .references("PO1Segment", line.getReferences())
                    .dates("PO1Segment", line.getDates());
            xml.end();
        }
        xml.start("CTTLoop").segment("CTT", order.getLines().size(), order.getHashTotal()).end();
    }
}
