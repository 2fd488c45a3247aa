package com.ascendelements.portal.edi.message;

import java.time.LocalDate;

/** A DTM segment: qualifier (002 delivery requested, 010 requested ship, 011 shipped, ...) and date. */
public class DateReference {

    private String qualifier;
    private LocalDate date;
    private String time;

    /** Creates an empty date reference (for binding). */
    public DateReference() {
    }

    /** Creates a date reference. */
    public DateReference(String qualifier, LocalDate date) {
        this.qualifier = qualifier;
        this.date = date;
    }

    /** DTM01. */
    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    /** DTM02. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** DTM03, HHMM[SS]. */
    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
