package com.ascendelements.portal.edi.message;

/**
 * The ISA of the interchange a message came in (or goes out) with: who sent it to whom, its control number
 * and the X12 version of the envelope. Values are trimmed of the ISA's fixed-width padding.
 */
public class InterchangeEnvelope {

    private String senderQualifier;
    private String senderId;
    private String receiverQualifier;
    private String receiverId;
    private String date;
    private String time;
    private String versionNumber;
    private String controlNumber;
    private String acknowledgmentRequested;
    private String usageIndicator;

    /** ISA05. */
    public String getSenderQualifier() {
        return senderQualifier;
    }

    public void setSenderQualifier(String senderQualifier) {
        this.senderQualifier = senderQualifier;
    }

    /** ISA06. */
    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** ISA07. */
    public String getReceiverQualifier() {
        return receiverQualifier;
    }

    public void setReceiverQualifier(String receiverQualifier) {
        this.receiverQualifier = receiverQualifier;
    }

    /** ISA08. */
    public String getReceiverId() {
        return receiverId;
    }

    public void setReceiverId(String receiverId) {
        this.receiverId = receiverId;
    }

    /** ISA09, YYMMDD. */
    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** ISA10, HHMM. */
    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    /** ISA12, e.g. 00401 or 00501. */
    public String getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(String versionNumber) {
        this.versionNumber = versionNumber;
    }

    /** ISA13, nine digits. */
    public String getControlNumber() {
        return controlNumber;
    }

    public void setControlNumber(String controlNumber) {
        this.controlNumber = controlNumber;
    }

    /** ISA14: 1 asks for a TA1. */
    public String getAcknowledgmentRequested() {
        return acknowledgmentRequested;
    }

    public void setAcknowledgmentRequested(String acknowledgmentRequested) {
        this.acknowledgmentRequested = acknowledgmentRequested;
    }

    /** ISA15: P production, T test. */
    public String getUsageIndicator() {
        return usageIndicator;
    }

    public void setUsageIndicator(String usageIndicator) {
        this.usageIndicator = usageIndicator;
    }
}
