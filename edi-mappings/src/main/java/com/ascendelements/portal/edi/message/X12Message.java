package com.ascendelements.portal.edi.message;

/**
 * One transaction set (ST..SE), shaped like the message, with the envelopes it travelled in.
 * Subclasses carry the business content of each set the portal understands; {@link UnsupportedMessage}
 * stands for the others.
 */
public abstract class X12Message {

    private String transactionSetCode;
    private String controlNumber;
    private String segmentCount;
    private InterchangeEnvelope interchange;
    private FunctionalGroupEnvelope group;

    /** ST01, e.g. 850. */
    public String getTransactionSetCode() {
        return transactionSetCode;
    }

    public void setTransactionSetCode(String transactionSetCode) {
        this.transactionSetCode = transactionSetCode;
    }

    /** ST02. */
    public String getControlNumber() {
        return controlNumber;
    }

    public void setControlNumber(String controlNumber) {
        this.controlNumber = controlNumber;
    }

    /** SE01 as received (not checked here; envelope validation does that). */
    public String getSegmentCount() {
        return segmentCount;
    }

    public void setSegmentCount(String segmentCount) {
        this.segmentCount = segmentCount;
    }

    /** The ISA this message came with; when writing, the caller's envelope values. */
    public InterchangeEnvelope getInterchange() {
        return interchange;
    }

    public void setInterchange(InterchangeEnvelope interchange) {
        this.interchange = interchange;
    }

    /** The GS this message came with; when writing, the caller's group values. */
    public FunctionalGroupEnvelope getGroup() {
        return group;
    }

    public void setGroup(FunctionalGroupEnvelope group) {
        this.group = group;
    }
}
