package com.ascendelements.portal.edi.x12;

/**
 * What the gateway noticed about a file and tolerated, where X12 has no acknowledgment code for it: shown to people
 * (the reason of the file, the EDI monitor), never written into a TA1 or 997.
 */
public enum ReceptionNote implements X12Code {
    /** Line breaks inside the ISA or inside segments whose terminator is not a line break: joined. */
    HARD_WRAPPED("WRAP", "Hard-wrapped lines joined (line breaks inside segments are not data)");

    private final String code;
    private final String description;

    ReceptionNote(String code, String description) {
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
        return IssueLevel.FILE;
    }
}
