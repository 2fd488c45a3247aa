package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 855 Purchase Order Acknowledgment: the seller's answer to an 850, per line accepted, changed or rejected.
 * Ascend sends it to EcoPro for each purchase order; suppliers send it to Ascend.
 */
public class PurchaseOrderAcknowledgmentMessage extends X12Message {

    private String purposeCode = "00";
    private String acknowledgmentTypeCode;
    private String purchaseOrderNumber;
    private LocalDate orderDate;
    private String releaseNumber;
    private String contractNumber;
    private String sellerOrderNumber;
    private LocalDate acknowledgmentDate;
    private String currencyCode;
    private List<Reference> references = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<AcknowledgedLine> lines = new ArrayList<>();
    private List<String> notes = new ArrayList<>();
    private Integer lineItemCount;
    private BigDecimal hashTotal;

    /** BAK01 transaction set purpose: 00 original (default), 06 confirmation, ... */
    public String getPurposeCode() {
        return purposeCode;
    }

    public void setPurposeCode(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    /**
     * BAK02 acknowledgment type: AC acknowledge with detail and change, AD with detail no change,
     * AK no detail or change, RJ rejected.
     */
    public String getAcknowledgmentTypeCode() {
        return acknowledgmentTypeCode;
    }

    public void setAcknowledgmentTypeCode(String acknowledgmentTypeCode) {
        this.acknowledgmentTypeCode = acknowledgmentTypeCode;
    }

    /** BAK03 the buyer's purchase order number (BEG03 of the 850). */
    public String getPurchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public void setPurchaseOrderNumber(String purchaseOrderNumber) {
        this.purchaseOrderNumber = purchaseOrderNumber;
    }

    /** BAK04 the purchase order date (BEG05 of the 850). */
    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    /** BAK05 release number. */
    public String getReleaseNumber() {
        return releaseNumber;
    }

    public void setReleaseNumber(String releaseNumber) {
        this.releaseNumber = releaseNumber;
    }

    /** BAK07 contract number. */
    public String getContractNumber() {
        return contractNumber;
    }

    public void setContractNumber(String contractNumber) {
        this.contractNumber = contractNumber;
    }

    /** BAK08 the seller's order number. */
    public String getSellerOrderNumber() {
        return sellerOrderNumber;
    }

    public void setSellerOrderNumber(String sellerOrderNumber) {
        this.sellerOrderNumber = sellerOrderNumber;
    }

    /** BAK09 acknowledgment date. */
    public LocalDate getAcknowledgmentDate() {
        return acknowledgmentDate;
    }

    public void setAcknowledgmentDate(LocalDate acknowledgmentDate) {
        this.acknowledgmentDate = acknowledgmentDate;
    }

    /** CUR02 (written with CUR01 = SE, the seller's currency). */
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

    /** N1 loops. */
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** PO1 loops with their ACK segments. */
    public List<AcknowledgedLine> getLines() {
        return lines;
    }

    public void setLines(List<AcknowledgedLine> lines) {
        this.lines = lines;
    }

    /** CTT01 as read; when writing it is computed from the lines. */
    public Integer getLineItemCount() {
        return lineItemCount;
    }

    public void setLineItemCount(Integer lineItemCount) {
        this.lineItemCount = lineItemCount;
    }

    /** CTT02 as read; when writing it is the sum of the PO102 quantities. */
    public BigDecimal getHashTotal() {
        return hashTotal;
    }

    public void setHashTotal(BigDecimal hashTotal) {
        this.hashTotal = hashTotal;
    }

    /** MSG01 of the header's N9 loops: what a person at the buyer reads, e.g. why the order or its lines were refused. */
    public List<String> getNotes() {
        return notes;
    }

    public void setNotes(List<String> notes) {
        this.notes = notes;
    }
}
