package com.ascendelements.portal.edi.x12;

/** AK905 functional group syntax error codes (X12 data element 716). */
public enum FunctionalGroupErrorCode implements X12Code {
    NOT_SUPPORTED("1", "Functional Group Not Supported"),
    VERSION_NOT_SUPPORTED("2", "Functional Group Version Not Supported"),
    TRAILER_MISSING("3", "Functional Group Trailer Missing"),
    CONTROL_NUMBER_MISMATCH("4", "Group Control Number in the Functional Group Header and Trailer Do Not Agree"),
    TRANSACTION_COUNT_MISMATCH("5", "Number of Included Transaction Sets Does Not Match Actual Count"),
    CONTROL_NUMBER_SYNTAX("6", "Group Control Number Violates Syntax");

    private final String code;
    private final String description;

    FunctionalGroupErrorCode(String code, String description) {
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
        return IssueLevel.GROUP;
    }
}
