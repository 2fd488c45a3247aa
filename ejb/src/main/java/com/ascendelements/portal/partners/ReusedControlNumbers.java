package com.ascendelements.portal.partners;

/**
 * What the gateway does with a file whose interchange control number (ISA13) the same sender used before for other
 * content. An exact resend (the same bytes) is always a duplicate and never processed twice; this is about a
 * different file under a number already used, typically a partner system whose counters were reset.
 */
public enum ReusedControlNumbers {
    /** The X12 default: the interchange is rejected with a TA1 (TA104 R, TA105 025); the file is kept and shown. */
    REJECT("Reject (TA1 025)"),
    /** Processed as usual, with a TA1 that notes the reuse (TA104 E, TA105 025) and a warning on screen. */
    PROCESS_WITH_WARNING("Process and warn (TA1 E 025)");

    private final String label;

    ReusedControlNumbers(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
