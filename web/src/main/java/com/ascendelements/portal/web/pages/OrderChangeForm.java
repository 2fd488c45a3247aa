package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.purchasing.LineChange;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import com.ascendelements.portal.purchasing.LineStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The buyer's change form on an order page: per line the new quantity (in the line's unit) and the new requested
 * dates; a field left empty keeps what the order says. The order checks the rest ({@code PurchaseOrder#problemsOf}).
 */
public class OrderChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Row> rows = new ArrayList<>();

    /** One line of the order as it stands, with what the buyer types for it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String lineNumber;
        private final String ordered;
        private final String unit;
        private BigDecimal quantity;
        private LocalDate shipDate;
        private LocalDate deliveryDate;

        Row(PurchaseOrderLine line) {
            this.lineNumber = line.lineNumber();
            this.ordered = line.quantity() + " · ship " + (line.requestedShipDate() == null ? "—" : line.requestedShipDate())
                    + " · deliver " + (line.requestedDeliveryDate() == null ? "—" : line.requestedDeliveryDate());
            this.unit = line.quantity().unit().name();
        }

        public String getLineNumber() { return lineNumber; }
        public String getOrdered() { return ordered; }
        public String getUnitSymbol() { return com.ascendelements.portal.common.UnitOfMeasure.valueOf(unit).symbol(); }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal v) { this.quantity = v; }
        public LocalDate getShipDate() { return shipDate; }
        public void setShipDate(LocalDate v) { this.shipDate = v; }
        public LocalDate getDeliveryDate() { return deliveryDate; }
        public void setDeliveryDate(LocalDate v) { this.deliveryDate = v; }

        LineChange toChange() {
            try {
                return new LineChange(lineNumber, quantity == null ? null
                        : Quantity.of(quantity, com.ascendelements.portal.common.UnitOfMeasure.valueOf(unit)), shipDate, deliveryDate);
            } catch (IllegalArgumentException tooLarge) {
                throw new com.ascendelements.portal.common.InvalidRequestException("Line " + lineNumber + ": " + tooLarge.getMessage());
            }
        }
    }

    static OrderChangeForm of(PurchaseOrder order) {
        OrderChangeForm form = new OrderChangeForm();
        order.lines().stream().filter(l -> l.status() != LineStatus.REJECTED).map(Row::new).forEach(form.rows::add);
        return form;
    }

    /** The lines the buyer typed something for. */
    List<LineChange> changes() {
        return rows.stream().map(Row::toChange).filter(c -> !c.isEmpty()).toList();
    }

    public List<Row> getRows() {
        return rows;
    }
}
