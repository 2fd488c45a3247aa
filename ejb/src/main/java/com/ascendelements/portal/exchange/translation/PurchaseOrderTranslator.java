package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.purchasing.CustomerOrder;
import com.ascendelements.portal.purchasing.OrderedLine;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The anti-corruption layer for inbound 850s: turns the message (X12 shapes and codes) into a PurchaseOrder of
 * the domain. The sender of the interchange is the buyer, its receiver the seller; PO1 product ids are matched
 * against our material codes; DTM 010 is the requested ship date and DTM 002 the requested delivery date.
 * {@link #toMessage} goes the other way, for the orders the hub places with its suppliers.
 */
@ApplicationScoped
public class PurchaseOrderTranslator {

    static final String REQUESTED_DELIVERY = "002";
    static final String REQUESTED_SHIP = "010";

    @Inject
    private ProductMaterials productMaterials;

    /**
     * The customer's order as the 850 gives it, for the order rules to judge: what is not ours (an unknown product id or
     * unit code) is kept as given, so that the 855 that refuses the line can name it. A PO1 without a price is priced 0
     * (the hub's answer sets it right); without a line number it is numbered by its position.
     */
    public CustomerOrder toCustomerOrder(PurchaseOrderMessage message) {
        List<OrderedLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < message.getLines().size(); i++) {
            PurchaseOrderLine line = message.getLines().get(i);
            UnitOfMeasure unit = UnitCodes.toDomain(line.getUnitCode()).orElse(null);
            lines.add(new OrderedLine(lineNumber(line, i), productMaterials.codeOf(line.getProductIds()), line.getQuantity(), unit,
                    line.getUnitCode(), line.getUnitPrice() == null ? BigDecimal.ZERO : line.getUnitPrice(), unit,
                    date(line.getDates(), message.getDates(), REQUESTED_SHIP), date(line.getDates(), message.getDates(), REQUESTED_DELIVERY)));
        }
        String contract = message.getReferences().stream().filter(r -> "CT".equals(r.getQualifier()) && r.getValue() != null
                && !r.getValue().isBlank()).map(Reference::getValue).findFirst().orElse(null);
        return new CustomerOrder(message.getPurchaseOrderNumber(), message.getOrderDate(), message.getCurrencyCode(), contract, lines);
    }

    /** PO101, or the line's position when the sender left it out. */
    public static String lineNumber(PurchaseOrderLine line, int index) {
        return line.getLineNumber() == null || line.getLineNumber().isBlank() ? String.valueOf(index + 1) : line.getLineNumber().strip();
    }

    /**
     * The 850 that places one of our orders with a supplier: BEG (stand-alone order), CUR, REF CT for the contract,
     * N1 BY and SE, and a PO1 per line with the quantity in the unit the price is per (so quantity times price is the
     * line's amount), the material as vendor part (VP), its name (PID) and the requested ship and delivery dates
     * (DTM 010, 002).
     */
    public static PurchaseOrderMessage toMessage(PurchaseOrder order) {
        PurchaseOrderMessage message = new PurchaseOrderMessage();
        message.setPurposeCode("00");
        message.setOrderTypeCode("SA");
        message.setPurchaseOrderNumber(order.poNumber());
        message.setOrderDate(order.orderDate());
        message.setCurrencyCode(order.currency());
        order.contract().ifPresent(c -> message.getReferences().add(new Reference("CT", c.number())));
        message.getParties().add(X12Text.party("BY", order.buyer()));
        message.getParties().add(X12Text.party("SE", order.seller()));
        for (com.ascendelements.portal.purchasing.PurchaseOrderLine line : order.lines()) {
            PurchaseOrderLine po1 = new PurchaseOrderLine();
            po1.setLineNumber(line.lineNumber());
            po1.setQuantity(line.quantity().in(line.priceUnit()).amount().stripTrailingZeros());
            po1.setUnitCode(UnitCodes.toX12(line.priceUnit()));
            po1.setUnitPrice(line.unitPrice().amount().stripTrailingZeros());
            po1.getProductIds().add(new ProductId("VP", line.material().code()));
            po1.setDescription(X12Text.plain(line.material().name()));
            if (line.requestedShipDate() != null) {
                po1.getDates().add(new DateReference(REQUESTED_SHIP, line.requestedShipDate()));
            }
            if (line.requestedDeliveryDate() != null) {
                po1.getDates().add(new DateReference(REQUESTED_DELIVERY, line.requestedDeliveryDate()));
            }
            message.getLines().add(po1);
        }
        return message;
    }

    /** The line's date with that qualifier, else the header's. */
    private static LocalDate date(List<DateReference> lineDates, List<DateReference> headerDates, String qualifier) {
        return find(lineDates, qualifier).or(() -> find(headerDates, qualifier)).orElse(null);
    }

    private static Optional<LocalDate> find(List<DateReference> dates, String qualifier) {
        return dates.stream().filter(d -> qualifier.equals(d.getQualifier()) && d.getDate() != null)
                .map(DateReference::getDate).findFirst();
    }
}
