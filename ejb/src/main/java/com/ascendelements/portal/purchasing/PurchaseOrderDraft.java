package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.UnitOfMeasure;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A purchase order the hub places with a supplier, as procurement fills it in: the supplier, dates and lines. */
public class PurchaseOrderDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String poNumber;
    private String sellerCode;
    private String contractNumber;
    private LocalDate orderDate;
    private String currency = "USD";
    private List<Line> lines = new ArrayList<>();

    /** One ordered line. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private String materialCode;
        private BigDecimal quantity;
        private UnitOfMeasure unit = UnitOfMeasure.METRIC_TON;
        private BigDecimal unitPrice;
        private UnitOfMeasure priceUnit = UnitOfMeasure.KILOGRAM;
        private LocalDate requestedShipDate;
        private LocalDate requestedDeliveryDate;

        /** The line as the order rules read it. */
        public OrderedLine toOrdered(String lineNumber) {
            return new OrderedLine(lineNumber, materialCode, quantity, unit, null, unitPrice, priceUnit, requestedShipDate,
                    requestedDeliveryDate);
        }

        public String getMaterialCode() { return materialCode; }
        public void setMaterialCode(String materialCode) { this.materialCode = materialCode; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public UnitOfMeasure getUnit() { return unit; }
        public void setUnit(UnitOfMeasure unit) { this.unit = unit; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
        public UnitOfMeasure getPriceUnit() { return priceUnit; }
        public void setPriceUnit(UnitOfMeasure priceUnit) { this.priceUnit = priceUnit; }
        public LocalDate getRequestedShipDate() { return requestedShipDate; }
        public void setRequestedShipDate(LocalDate requestedShipDate) { this.requestedShipDate = requestedShipDate; }
        public LocalDate getRequestedDeliveryDate() { return requestedDeliveryDate; }
        public void setRequestedDeliveryDate(LocalDate requestedDeliveryDate) { this.requestedDeliveryDate = requestedDeliveryDate; }
    }

    public PurchaseOrderDraft() {
        lines.add(new Line());
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size() && lines.size() > 1) {
            lines.remove(index);
        }
    }

    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
    public String getSellerCode() { return sellerCode; }
    public void setSellerCode(String sellerCode) { this.sellerCode = sellerCode; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = orderDate; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
