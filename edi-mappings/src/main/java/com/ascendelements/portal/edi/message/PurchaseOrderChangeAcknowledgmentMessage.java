package com.ascendelements.portal.edi.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An 865 Purchase Order Change Acknowledgment: the seller's answer to a buyer's 860, per changed line (POC with ACK).
 * A supplier sends it to Ascend for a change procurement made; Ascend sends it to EcoPro.
 */
public class PurchaseOrderChangeAcknowledgmentMessage extends X12Message {

    private String purposeCode;
    private String acknowledgmentTypeCode;
    private String purchaseOrderNumber;
    private String changeSequence;
    private LocalDate orderDate;
    private LocalDate acknowledgmentDate;
    private List<String> notes = new ArrayList<>();
    private List<ChangedLine> lines = new ArrayList<>();

    /** BCA01 transaction set purpose. */
    public String getPurposeCode() { return purposeCode; }
    public void setPurposeCode(String purposeCode) { this.purposeCode = purposeCode; }

    /** BCA02: AT accepted, AK acknowledged, AC with changes, RD/RJ rejected. */
    public String getAcknowledgmentTypeCode() { return acknowledgmentTypeCode; }
    public void setAcknowledgmentTypeCode(String acknowledgmentTypeCode) { this.acknowledgmentTypeCode = acknowledgmentTypeCode; }

    /** BCA03 the buyer's purchase order number. */
    public String getPurchaseOrderNumber() { return purchaseOrderNumber; }
    public void setPurchaseOrderNumber(String purchaseOrderNumber) { this.purchaseOrderNumber = purchaseOrderNumber; }

    /** BCA05 the number of the buyer's change it answers (BCH05). */
    public String getChangeSequence() { return changeSequence; }
    public void setChangeSequence(String changeSequence) { this.changeSequence = changeSequence; }

    /** BCA06 the purchase order date. */
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = orderDate; }

    /** BCA10 the date of the acknowledgment. */
    public LocalDate getAcknowledgmentDate() { return acknowledgmentDate; }
    public void setAcknowledgmentDate(LocalDate acknowledgmentDate) { this.acknowledgmentDate = acknowledgmentDate; }

    /** MSG01 of the heading's N9 loops: what a person at the seller wrote. */
    public List<String> getNotes() { return notes; }
    public void setNotes(List<String> notes) { this.notes = notes; }

    /** POC loops with their ACK segments. */
    public List<ChangedLine> getLines() { return lines; }
    public void setLines(List<ChangedLine> lines) { this.lines = lines; }
}
