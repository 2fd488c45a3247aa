package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.edi.message.InvoiceLine;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceType;

/**
 * The anti-corruption layer for outbound 810s: an invoice as the message. BIG names the invoice and the PO it bills;
 * each IT1 bills one PO line (IT101 is the PO line number) in the unit the price is per, so quantity times price is
 * the line's amount; TDS is the total. A provisional or final invoice says so in REF ZZ.
 */
public final class InvoiceTranslator {

    private InvoiceTranslator() {
    }

    public static InvoiceMessage toMessage(Invoice invoice) {
        InvoiceMessage message = new InvoiceMessage();
        message.setInvoiceDate(invoice.invoiceDate());
        message.setInvoiceNumber(invoice.invoiceNumber());
        message.setPurchaseOrderNumber(invoice.poNumber());
        invoice.purchaseOrder().ifPresent(po -> message.setPurchaseOrderDate(po.orderDate()));
        message.setTransactionTypeCode(switch (invoice.type()) {
            case CREDIT_NOTE -> "CR";
            case DEBIT_NOTE -> "DR";
            default -> "DI";
        });
        message.setPurposeCode("00");
        message.setCurrencyCode(invoice.currency());
        if (invoice.type() == InvoiceType.PROVISIONAL || invoice.type() == InvoiceType.FINAL) {
            message.getReferences().add(new Reference("ZZ", invoice.type().name()));
        }
        invoice.purchaseOrder().flatMap(po -> po.contract()).ifPresent(c -> message.getReferences().add(new Reference("CT", c.number())));
        message.getParties().add(X12Text.party("SE", invoice.seller()));
        message.getParties().add(X12Text.party("BT", invoice.buyer()));
        for (com.ascendelements.portal.invoicing.InvoiceLine line : invoice.lines()) {
            InvoiceLine it1 = new InvoiceLine();
            it1.setLineNumber(line.poLineNumber() != null ? line.poLineNumber() : line.lineNumber());
            it1.setQuantity(line.quantity().in(line.priceUnit()).amount().stripTrailingZeros());
            it1.setUnitCode(UnitCodes.toX12(line.priceUnit()));
            it1.setUnitPrice(line.unitPrice().amount().stripTrailingZeros());
            it1.getProductIds().add(new ProductId("VP", line.material().code()));
            it1.setDescription(X12Text.plain(line.material().name()));
            message.getLines().add(it1);
        }
        message.setTotalAmount(invoice.total().amount());
        return message;
    }
}
