package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 860 Purchase Order Change Request (buyer initiated): the buyer changes quantities or dates of lines of an order it
 * placed (one {@link ChangedLine} per POC), or cancels the order (BCH01 01). EcoPro sends it to Ascend; Ascend sends it
 * to a supplier when procurement changes an order it placed.
 */
public class PurchaseOrderChangeMessage extends X12Message {

    private String purposeCode = "04";
    private String orderTypeCode = "SA";
    private String purchaseOrderNumber;
    private String releaseNumber;
    private String changeSequence;
    private LocalDate orderDate;
    private LocalDate changeDate;
    private String currencyCode;
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<ChangedLine> lines = new ArrayList<>();
    private Integer lineItemCount;
    private BigDecimal hashTotal;

    /** BCH01 transaction set purpose: 04 change (default), 01 cancellation, 05 replace. */
    public String getPurposeCode() {
        return purposeCode;
    }

    public void setPurposeCode(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    /** BCH02 purchase order type (SA stand-alone, as in the 850's BEG02). */
    public String getOrderTypeCode() {
        return orderTypeCode;
    }

    public void setOrderTypeCode(String orderTypeCode) {
        this.orderTypeCode = orderTypeCode;
    }

    /** BCH03 the buyer's purchase order number (BEG03 of the 850). */
    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    /** BCH04 release number. */
    public String getReleaseNumber() {
        return releaseNumber;
    }

    public void setReleaseNumber(String releaseNumber) {
        this.releaseNumber = releaseNumber;
    }

    /** BCH05 the buyer's number for this change (1, 2, ...). */
    public String getChangeSequence() {
        return changeSequence;
    }

    public void setChangeSequence(String changeSequence) {
        this.changeSequence = changeSequence;
    }

    /** BCH06 the purchase order date (BEG05 of the 850). */
    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    /** BCH11 the date of the change request. */
    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    /** CUR02 (written with CUR01 = BY, the buyer's currency). */
    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    /** Header REF segments. */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** Header DTM segments. */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** N1 loops. */
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** POC loops, one per changed line. */
    public List<ChangedLine> getLines() {
        return lines;
    }

    public void setLines(List<ChangedLine> lines) {
        this.lines = lines;
    }

    /** CTT01 as read; when writing it is computed from the lines. */
    public Integer getLineItemCount() {
        return lineItemCount;
    }

    public void setLineItemCount(Integer lineItemCount) {
        this.lineItemCount = lineItemCount;
    }

    /** CTT02 as read; when writing it is the sum of the POC03 quantities. */
    public BigDecimal getHashTotal() {
        return hashTotal;
    }

    public void setHashTotal(BigDecimal hashTotal) {
        this.hashTotal = hashTotal;
    }
}
