package com.ascendelements.portal.edi.x12;

/** AK304 segment syntax error codes (X12 data element 720). */
public enum SegmentErrorCode implements X12Code {
    UNRECOGNIZED_SEGMENT_ID("1", "Unrecognized segment ID"),
    UNEXPECTED_SEGMENT("2", "Unexpected segment"),
    MANDATORY_SEGMENT_MISSING("3", "Mandatory segment missing"),
    LOOP_OVER_MAXIMUM("4", "Loop Occurs Over Maximum Times"),
    SEGMENT_OVER_MAXIMUM_USE("5", "Segment Exceeds Maximum Use"),
    NOT_IN_TRANSACTION_SET("6", "Segment Not in Defined Transaction Set"),
    NOT_IN_PROPER_SEQUENCE("7", "Segment Not in Proper Sequence"),
    HAS_DATA_ELEMENT_ERRORS("8", "Segment Has Data Element Errors");

    private final String code;
    private final String description;

    SegmentErrorCode(String code, String description) {
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
        return IssueLevel.SEGMENT;
    }
}
