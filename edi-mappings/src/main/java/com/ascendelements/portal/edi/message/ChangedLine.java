package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One POC loop of an 860 or 865: what changes on one line of the order (POC02 says what: CA changes to the line, QI
 * quantity increase, QD quantity decrease, CT change of dates, RS reschedule, RZ replace all values, DI delete, AI add,
 * PC price change), the line's
 * quantity after the change in POC03, its new dates in the loop's DTM segments (010 ship, 002 delivery).
 */
public class ChangedLine {

    private String lineNumber;
    private String changeCode;
    private BigDecimal quantity;
    private BigDecimal quantityLeftToReceive;
    private String unitCode;
    private BigDecimal unitPrice;
    private String priceBasisCode;
    private List<ProductId> productIds = new ArrayList<>();
    private String description;
    private List<DateReference> dates = new ArrayList<>();
    private List<Reference> references = new ArrayList<>();
    private List<LineAcknowledgment> acknowledgments = new ArrayList<>();

    /** POC01 the buyer's line number (PO101 of the 850). */
    public String getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(String lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** POC02 change or response type. */
    public String getChangeCode() {
        return changeCode;
    }

    public void setChangeCode(String changeCode) {
        this.changeCode = changeCode;
    }

    /** POC03 the line's quantity ordered after the change. */
    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    /** POC04 quantity left to receive. */
    public BigDecimal getQuantityLeftToReceive() {
        return quantityLeftToReceive;
    }

    public void setQuantityLeftToReceive(BigDecimal quantityLeftToReceive) {
        this.quantityLeftToReceive = quantityLeftToReceive;
    }

    /** POC05 (its first component) unit of POC03. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** POC06 unit price. */
    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    /** POC07 basis of unit price. */
    public String getPriceBasisCode() {
        return priceBasisCode;
    }

    public void setPriceBasisCode(String priceBasisCode) {
        this.priceBasisCode = priceBasisCode;
    }

    /** POC08..POC25 product ids (qualifier and id). */
    public List<ProductId> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<ProductId> productIds) {
        this.productIds = productIds;
    }

    /** PID05 of the loop's first PID with a description. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The loop's DTM segments: 010 requested ship, 002 delivery requested. */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** The loop's REF segments. */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** The loop's ACK segments: in an 865, what the seller says of the change to this line (IA accepted, IR rejected). */
    public List<LineAcknowledgment> getAcknowledgments() {
        return acknowledgments;
    }

    public void setAcknowledgments(List<LineAcknowledgment> acknowledgments) {
        this.acknowledgments = acknowledgments;
    }
}
