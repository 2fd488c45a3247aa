package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.InvoiceLine;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The anti-corruption layer for inbound 810s: BIG, CUR and IT1 lines become an Invoice of the domain for the
 * purchase order BIG04 names. The sender is the seller, the receiver the buyer. BIG07 says the kind of invoice
 * (CR credit memo, DR debit memo, PR provisional, FE final); anything else is a commercial invoice.
 *
 * <p>The anti-corruption layer for outbound 810s: an invoice as the message. BIG names the invoice and the PO it bills;
 * each IT1 bills one PO line (IT101 is the PO line number) in the unit the price is per, so quantity times price is
 * the line's amount; TDS is the total. A provisional or final invoice says so in REF ZZ.
 */
@ApplicationScoped
public class InvoiceTranslator {

    private static final Map<String, InvoiceType> TYPES = Map.of("CR", InvoiceType.CREDIT_NOTE, "DR", InvoiceType.DEBIT_NOTE,
            "PR", InvoiceType.PROVISIONAL, "FE", InvoiceType.FINAL);

    /** REF qualifiers that name the shipment an invoice bills: bill of lading, shipment id, lot, packing list, PRO number. */
    private static final java.util.Set<String> SHIPMENT_REFERENCES = java.util.Set.of("BM", "SI", "LT", "PK", "CN");

    @Inject
    private ProductMaterials productMaterials;
    @Inject
    private PurchaseOrders orders;

    public Invoice toDomain(InvoiceMessage message, TradingPartner seller, TradingPartner buyer) {
        String number = message.getInvoiceNumber();
        if (number == null || number.isBlank()) {
            throw new TranslationException("BIG02: the invoice number is missing");
        }
        if (message.getInvoiceDate() == null) {
            throw new TranslationException("BIG01: invoice " + number + " has no date");
        }
        if (message.getPurchaseOrderNumber() == null) {
            throw new TranslationException("BIG04: invoice " + number + " names no purchase order");
        }
        if (message.getLines().isEmpty()) {
            throw new TranslationException("Invoice " + number + " has no IT1 lines");
        }
        PurchaseOrder order = orders.byNumber(buyer.id(), message.getPurchaseOrderNumber())
                .filter(o -> o.seller().id().equals(seller.id()))
                .orElseThrow(() -> new TranslationException("BIG04: " + buyer.code() + " has no purchase order "
                        + message.getPurchaseOrderNumber() + " from " + seller.code()));
        String currency = message.getCurrencyCode() == null ? order.currency() : message.getCurrencyCode();
        try {
            Invoice invoice = new Invoice(number, seller, buyer, order.poNumber(), order, message.getInvoiceDate(),
                    typeOf(message.getTransactionTypeCode()), currency);
            for (InvoiceLine line : message.getLines()) {
                addLine(invoice, line, currency);
            }
            java.util.stream.Stream.concat(message.getReferences().stream(), message.getLines().stream().flatMap(l -> l.getReferences().stream()))
                    .filter(r -> SHIPMENT_REFERENCES.contains(r.getQualifier()))
                    .forEach(r -> invoice.referToShipment(r.getValue()));
            return invoice;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TranslationException("Invoice " + number + ": " + e.getMessage());
        }
    }

    private static InvoiceType typeOf(String transactionTypeCode) {
        return transactionTypeCode == null ? InvoiceType.COMMERCIAL : TYPES.getOrDefault(transactionTypeCode, InvoiceType.COMMERCIAL);
    }

    private void addLine(Invoice invoice, InvoiceLine line, String currency) {
        String lineNumber = line.getLineNumber() == null ? String.valueOf(invoice.lines().size() + 1) : line.getLineNumber();
        Material material = productMaterials.of(line.getProductIds(), "IT1 line " + lineNumber);
        UnitOfMeasure unit = UnitCodes.toDomain(line.getUnitCode())
                .orElseThrow(() -> new TranslationException("IT1 line " + lineNumber + ": unit code " + line.getUnitCode()
                        + " is not one we trade in (KG, LB, MT, EA)"));
        if (line.getQuantity() == null || line.getUnitPrice() == null) {
            throw new TranslationException("IT1 line " + lineNumber + ": quantity and unit price are required");
        }
        BigDecimal price = line.getUnitPrice();
        invoice.addLine(lineNumber, lineNumber, material, Quantity.of(line.getQuantity(), unit), Money.of(price, currency), unit);
    }

    // ---- outbound: the domain to the message ----
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
        invoice.shipmentReferences().forEach(r -> message.getReferences().add(new Reference("SI", r)));
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
