package com.ascendelements.portal.edi.x12;

/** AK502 transaction set syntax error codes (X12 data element 718). */
public enum TransactionSetErrorCode implements X12Code {
    NOT_SUPPORTED("1", "Transaction Set Not Supported"),
    TRAILER_MISSING("2", "Transaction Set Trailer Missing"),
    CONTROL_NUMBER_MISMATCH("3", "Transaction Set Control Number in Header and Trailer Do Not Match"),
    SEGMENT_COUNT_MISMATCH("4", "Number of Included Segments Does Not Match Actual Count"),
    SEGMENTS_IN_ERROR("5", "One or More Segments in Error"),
    INVALID_IDENTIFIER("6", "Missing or Invalid Transaction Set Identifier"),
    INVALID_CONTROL_NUMBER("7", "Missing or Invalid Transaction Set Control Number"),
    CONTROL_NUMBER_NOT_UNIQUE("23", "Transaction Set Control Number Not Unique within the Functional Group");

    private final String code;
    private final String description;

    TransactionSetErrorCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public IssueLevel level() {
        return IssueLevel.TRANSACTION;
    }
}
