package com.ascendelements.portal.edi.x12;

/** AK905 functional group syntax error codes (X12 data element 716). */
public enum FunctionalGroupErrorCode implements X12Code {
    NOT_SUPPORTED("1", "Functional Group Not Supported"),
    VERSION_NOT_SUPPORTED("2", "Functional Group Version Not Supported"),
    TRAILER_MISSING("3", "Functional Group Trailer Missing"),
    CONTROL_NUMBER_MISMATCH("4", "Group Control Number in the Functional Group Header and Trailer Do Not Agree"),
    TRANSACTION_COUNT_MISMATCH("5", "Number of Included Transaction Sets Does Not Match Actual Count"),
    CONTROL_NUMBER_SYNTAX("6", "Group Control Number Violates Syntax"),
    /**
     * Code 19 from 005010 on. In 004010 code 19 means "S1E Security End Segment Missing for S1S Security Start Segment",
     * so a group of an earlier version gets {@link #CONTROL_NUMBER_SYNTAX} instead: see {@link #notUnique(String)}.
     */
    CONTROL_NUMBER_NOT_UNIQUE("19", "Functional Group Control Number not Unique within Interchange");

    private final String code;
    private final String description;

    FunctionalGroupErrorCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * @param version GS08 of the group (the 997 answers in the same version)
     * @return the AK905 code for a GS06 used twice in one interchange: 19 from 005010 on, where X12 defines it; 6
     *         (group control number violates syntax) before, the only 004010 code about the control number itself
     */
    public static FunctionalGroupErrorCode notUnique(String version) {
        boolean has19 = version != null && version.length() >= 6 && version.substring(0, 6).chars().allMatch(Character::isDigit)
                && Integer.parseInt(version.substring(0, 6)) >= 5010;
        return has19 ? CONTROL_NUMBER_NOT_UNIQUE : CONTROL_NUMBER_SYNTAX;
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
