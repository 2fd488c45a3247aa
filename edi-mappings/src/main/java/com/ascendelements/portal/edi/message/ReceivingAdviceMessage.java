package com.ascendelements.portal.edi.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 861 Receiving Advice: what a receiver found at its dock of a shipment, per lot item (one {@link ReceivedItem} per
 * RCD loop). EcoPro sends one for what the hub shipped it; the hub sends one to a supplier whose material it received.
 * The shipment it answers is named in the heading (REF SI, the 856's BSN02 shipment id; REF BM, its bill of lading).
 */
public class ReceivingAdviceMessage extends X12Message {

    private String reference;
    private LocalDate date;
    private String purposeCode;
    private String typeCode;
    private List<Reference> references = new ArrayList<>();
    private List<DateReference> dates = new ArrayList<>();
    private List<String> purchaseOrderNumbers = new ArrayList<>();
    private List<Party> parties = new ArrayList<>();
    private List<ReceivedItem> items = new ArrayList<>();
    private Integer lineItemCount;

    /** BRA01: the receiver's own reference for this advice. */
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** BRA02: the day the advice was written. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** BRA03: 00 original, 05 replace, 01 cancellation, ... */
    public String getPurposeCode() {
        return purposeCode;
    }

    public void setPurposeCode(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    /** BRA04: 1 receiving dock advice, 2 post receipt advice, 8 acceptance certificate, ... */
    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    /** Heading REF: SI shipment id, BM bill of lading, ... */
    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }

    /** Heading DTM: 050 received, ... */
    public List<DateReference> getDates() {
        return dates;
    }

    public void setDates(List<DateReference> dates) {
        this.dates = dates;
    }

    /** Heading PRF01s: the purchase orders the receipt concerns. */
    public List<String> getPurchaseOrderNumbers() {
        return purchaseOrderNumbers;
    }

    public void setPurchaseOrderNumbers(List<String> purchaseOrderNumbers) {
        this.purchaseOrderNumbers = purchaseOrderNumbers;
    }

    /** Heading N1 loops. */
    public List<Party> getParties() {
        return parties;
    }

    public void setParties(List<Party> parties) {
        this.parties = parties;
    }

    /** One per RCD loop. */
    public List<ReceivedItem> getItems() {
        return items;
    }

    public void setItems(List<ReceivedItem> items) {
        this.items = items;
    }

    /** CTT01: the number of RCD segments. */
    public Integer getLineItemCount() {
        return lineItemCount;
    }

    public void setLineItemCount(Integer lineItemCount) {
        this.lineItemCount = lineItemCount;
    }
}
