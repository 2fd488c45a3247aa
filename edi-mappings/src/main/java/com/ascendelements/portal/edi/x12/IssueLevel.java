package com.ascendelements.portal.edi.x12;

/** Where an issue belongs, and so which acknowledgment element carries its code. */
public enum IssueLevel {
    /** No usable interchange envelope: nothing can be acknowledged. */
    FILE,
    /** Interchange envelope (ISA/IEA): TA105 note code. */
    INTERCHANGE,
    /** Functional group envelope (GS/GE): AK905 code. */
    GROUP,
    /** Transaction set envelope (ST/SE) or support: AK502 code. */
    TRANSACTION,
    /** Segment syntax inside a transaction set: AK304 code. */
    SEGMENT,
    /** Data element syntax inside a segment: AK403 code. */
    ELEMENT
}
