package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An IT1 loop of an 810: what is invoiced, how much, at what price, with line charges and references. */
public class InvoiceLine {

    private String lineNumber;
    private BigDecimal quantity;
    private String unitCode;
    private BigDecimal unitPrice;
    private String priceBasisCode;
    private List<ProductId> productIds = new ArrayList<>();
    private String description;
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Charge> charges = new ArrayList<>();

    /** IT101 (usually the PO line number). */
    public String getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(String lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** IT102 quantity invoiced. */
    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    /** IT103 unit of measure. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** IT104 unit price. */
    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** IT105 basis of unit price. */
    public String getPriceBasisCode() {
        return priceBasisCode;
    }

    public void setPriceBasisCode(String priceBasisCode) {
        this.priceBasisCode = priceBasisCode;
    }

    /** IT106/IT107, ... product id pairs. */
    public List<ProductId> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<ProductId> productIds) {
        this.productIds = productIds;
    }

    /** PID05 description. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Line REF segments (e.g. LT lot, BM bill of lading: which receipt this line bills). */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** Line DTM segments. */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** Line SAC segments. */
    public List<Charge> getCharges() {
        return charges;
    }

    public void setCharges(List<Charge> charges) {
        this.charges = charges;
    }
}
