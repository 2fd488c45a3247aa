package com.ascendelements.portal.edi.x12;

/** TA105 interchange note codes (X12 data element I18). */
public enum InterchangeNoteCode implements X12Code {
    NO_ERROR("000", "No error"),
    CONTROL_NUMBER_MISMATCH("001", "The Interchange Control Number in the Header and Trailer Do Not Match"),
    STANDARD_NOT_SUPPORTED("002", "This Standard as Noted in the Control Standards Identifier is Not Supported"),
    VERSION_NOT_SUPPORTED("003", "This Version of the Controls is Not Supported"),
    INVALID_SEGMENT_TERMINATOR("004", "The Segment Terminator is Invalid"),
    INVALID_SENDER_QUALIFIER("005", "Invalid Interchange ID Qualifier for Sender"),
    INVALID_SENDER_ID("006", "Invalid Interchange Sender ID"),
    INVALID_RECEIVER_QUALIFIER("007", "Invalid Interchange ID Qualifier for Receiver"),
    INVALID_RECEIVER_ID("008", "Invalid Interchange Receiver ID"),
    UNKNOWN_RECEIVER_ID("009", "Unknown Interchange Receiver ID"),
    INVALID_AUTHORIZATION_QUALIFIER("010", "Invalid Authorization Information Qualifier Value"),
    INVALID_AUTHORIZATION_VALUE("011", "Invalid Authorization Information Value"),
    INVALID_SECURITY_QUALIFIER("012", "Invalid Security Information Qualifier Value"),
    INVALID_SECURITY_VALUE("013", "Invalid Security Information Value"),
    INVALID_DATE("014", "Invalid Interchange Date Value"),
    INVALID_TIME("015", "Invalid Interchange Time Value"),
    INVALID_STANDARDS_IDENTIFIER("016", "Invalid Interchange Standards Identifier Value"),
    INVALID_VERSION("017", "Invalid Interchange Version ID Value"),
    INVALID_CONTROL_NUMBER("018", "Invalid Interchange Control Number Value"),
    INVALID_ACKNOWLEDGMENT_REQUESTED("019", "Invalid Acknowledgment Requested Value"),
    INVALID_TEST_INDICATOR("020", "Invalid Test Indicator Value"),
    INVALID_GROUP_COUNT("021", "Invalid Number of Included Groups Value"),
    INVALID_CONTROL_STRUCTURE("022", "Invalid Control Structure"),
    PREMATURE_END_OF_FILE("023", "Improper (Premature) End-of-File (Transmission)"),
    INVALID_CONTENT("024", "Invalid Interchange Content (e.g., Invalid GS Segment)"),
    DUPLICATE_CONTROL_NUMBER("025", "Duplicate Interchange Control Number"),
    INVALID_ELEMENT_SEPARATOR("026", "Invalid Data Element Separator"),
    INVALID_COMPONENT_SEPARATOR("027", "Invalid Component Element Separator");

    private final String code;
    private final String description;

    InterchangeNoteCode(String code, String description) {
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
        return IssueLevel.INTERCHANGE;
    }
}
