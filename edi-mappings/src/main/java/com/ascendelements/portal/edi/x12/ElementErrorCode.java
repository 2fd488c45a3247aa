package com.ascendelements.portal.edi.x12;

/** AK403 data element syntax error codes (X12 data element 723). */
public enum ElementErrorCode implements X12Code {
    MANDATORY_ELEMENT_MISSING("1", "Mandatory data element missing"),
    CONDITIONAL_ELEMENT_MISSING("2", "Conditional required data element missing"),
    TOO_MANY_ELEMENTS("3", "Too many data elements"),
    TOO_SHORT("4", "Data element too short"),
    TOO_LONG("5", "Data element too long"),
    INVALID_CHARACTER("6", "Invalid character in data element"),
    INVALID_CODE_VALUE("7", "Invalid code value"),
    INVALID_DATE("8", "Invalid Date"),
    INVALID_TIME("9", "Invalid Time"),
    EXCLUSION_VIOLATED("10", "Exclusion Condition Violated"),
    TOO_MANY_REPETITIONS("12", "Too Many Repetitions"),
    TOO_MANY_COMPONENTS("13", "Too Many Components");

    private final String code;
    private final String description;

    ElementErrorCode(String code, String description) {
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
        return IssueLevel.ELEMENT;
    }
}
