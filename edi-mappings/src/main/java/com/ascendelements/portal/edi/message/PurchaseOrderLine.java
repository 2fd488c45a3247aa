package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A PO1 loop of an 850: what is ordered, how much, at what price, and when it is wanted. */
public class PurchaseOrderLine {

    private String lineNumber;
    private BigDecimal quantity;
    private String unitCode;
    private BigDecimal unitPrice;
    private String priceBasisCode;
    private List<ProductId> productIds = new ArrayList<>();
    private String description;
    private List<Measurement> measurements = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Reference> references = new ArrayList<>();

    /** PO101 assigned identification (the buyer's line number). */
    public String getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(String lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** PO102 quantity ordered. */
    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    /** PO103 unit of measure, e.g. TO metric ton, KG, LB. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** PO104 unit price. */
    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** PO105 basis of unit price, e.g. PE price per each, when given. */
    public String getPriceBasisCode() {
        return priceBasisCode;
    }

    public void setPriceBasisCode(String priceBasisCode) {
        this.priceBasisCode = priceBasisCode;
    }

    /** PO106/PO107, PO108/PO109, ... pairs in order (empty pairs left out). */
    public List<ProductId> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<ProductId> productIds) {
        this.productIds = productIds;
    }

    /** PID05 free-form description (of the first PID carrying one). */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** MEA segments of the line. */
    public List<Measurement> getMeasurements() {
        return measurements;
    }

    public void setMeasurements(List<Measurement> measurements) {
        this.measurements = measurements;
    }

    /** DTM segments of the line (002 delivery requested, 010 requested ship, ...). */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** REF segments of the line. */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** PO106, the qualifier of the first product id, or {@code null}. */
    public String productIdQualifier() {
        return productIds.isEmpty() ? null : productIds.get(0).getQualifier();
    }

    /** PO107, the first product id, or {@code null}. */
    public String productId() {
        return productIds.isEmpty() ? null : productIds.get(0).getId();
    }

    /** The dates the buyer requests: DTM 002 (delivery) and 010 (ship), in message order. */
    public List<LocalDate> requestedDates() {
        return dates.stream().filter(d -> "002".equals(d.getQualifier()) || "010".equals(d.getQualifier()))
                .map(DateReference::getDate).toList();
    }
}
