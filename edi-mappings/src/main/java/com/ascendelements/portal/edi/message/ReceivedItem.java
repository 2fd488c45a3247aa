package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One RCD loop of an 861: what arrived of one item (a lot's material against a PO line). RCD02/03 is the quantity
 * received or accepted, RCD04/05 the quantity returned, RCD06-20 up to five quantities in question, each with its
 * receiving condition (412: 08 rejected, 01 damaged, 04 quality problem, 02 short, 07 good condition, ...).
 */
public class ReceivedItem {

    private String assignedId;
    private BigDecimal quantityReceived;
    private String unitCode;
    private BigDecimal quantityReturned;
    private String returnedUnitCode;
    private List<QuantityInQuestion> quantitiesInQuestion = new ArrayList<>();
    private String lineNumber;
    private List<ProductId> productIds = new ArrayList<>();
    private String description;
    private String purchaseOrderNumber;
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Measurement> measurements = new ArrayList<>();

    /** RCD01. */
    public String getAssignedId() {
        return assignedId;
    }

    public void setAssignedId(String assignedId) {
        this.assignedId = assignedId;
    }

    /** RCD02: received or accepted. */
    public BigDecimal getQuantityReceived() {
        return quantityReceived;
    }

    public void setQuantityReceived(BigDecimal quantityReceived) {
        this.quantityReceived = quantityReceived;
    }

    /** RCD03-01. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** RCD04: returned to the shipper. */
    public BigDecimal getQuantityReturned() {
        return quantityReturned;
    }

    public void setQuantityReturned(BigDecimal quantityReturned) {
        this.quantityReturned = quantityReturned;
    }

    /** RCD05-01. */
    public String getReturnedUnitCode() {
        return returnedUnitCode;
    }

    public void setReturnedUnitCode(String returnedUnitCode) {
        this.returnedUnitCode = returnedUnitCode;
    }

    /** RCD06-20. */
    public List<QuantityInQuestion> getQuantitiesInQuestion() {
        return quantitiesInQuestion;
    }

    public void setQuantitiesInQuestion(List<QuantityInQuestion> quantitiesInQuestion) {
        this.quantitiesInQuestion = quantitiesInQuestion;
    }

    /** LIN01: the PO line. */
    public String getLineNumber() {
        return lineNumber;
    }

    public void setLineNumber(String lineNumber) {
        this.lineNumber = lineNumber;
    }

    /** LIN02-LIN31 pairs: VP/BP material, LT lot, ... */
    public List<ProductId> getProductIds() {
        return productIds;
    }

    public void setProductIds(List<ProductId> productIds) {
        this.productIds = productIds;
    }

    /** PID05. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** PRF01 of the loop. */
    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    /** REF of the loop: LT lot, BM delivery's bill of lading, ZZ the reason of a rejection (REF03), ... */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** DTM of the loop: 050 received. */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** MEA of the loop: WT N wet weight on the scale, TR ZZ moisture in P1 (percent). */
    public List<Measurement> getMeasurements() {
        return measurements;
    }

    public void setMeasurements(List<Measurement> measurements) {
        this.measurements = measurements;
    }

    /** A quantity in question (RCD06/07/08 and the four pairs after it). */
    public static class QuantityInQuestion {
        private BigDecimal quantity;
        private String unitCode;
        private String conditionCode;

        public QuantityInQuestion() {
        }

        public QuantityInQuestion(BigDecimal quantity, String unitCode, String conditionCode) {
            this.quantity = quantity;
            this.unitCode = unitCode;
            this.conditionCode = conditionCode;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        /** 412 Receiving Condition Code. */
        public String getConditionCode() {
            return conditionCode;
        }

        public void setConditionCode(String conditionCode) {
            this.conditionCode = conditionCode;
        }
    }
}
