package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A PO1 loop of an 855: the ordered line as the buyer sent it, and what the seller says about it (ACK). */
public class AcknowledgedLine {

    private String lineNumber;
    private BigDecimal quantity;
    private String unitCode;
    private BigDecimal unitPrice;
    private List<ProductId> productIds = new ArrayList<>();
    private String description;
    private List<LineAcknowledgment> acknowledgments = new ArrayList<>();

    /** PO101 the buyer's line number. */
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

    /** PO103 unit of measure. */
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

    /** PO106/PO107, ... product id pairs. */
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

    /** ACK segments: one per status (e.g. 15 TO accepted, 5 TO back-ordered). */
    public List<LineAcknowledgment> getAcknowledgments() {
        return acknowledgments;
    }

    public void setAcknowledgments(List<LineAcknowledgment> acknowledgments) {
        this.acknowledgments = acknowledgments;
    }
}
