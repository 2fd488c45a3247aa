package com.ascendelements.portal.edi.x12;

/** An X12 acknowledgment code: a TA105 note code, an AK905, AK502, AK304 or AK403 syntax error code. */
public interface X12Code {

    /** @return the code as written into the acknowledgment, e.g. "001" or "5" */
    String code();

    /** @return the X12 description of the code */
    String description();

    /** @return the acknowledgment level this code belongs to */
    IssueLevel level();
}
