package com.ascendelements.portal.edi.message;

/** A REF segment: qualifier (e.g. CT contract, BM bill of lading, LT lot) and value. */
public class Reference {

    private String qualifier;
    private String value;
    private String description;

    /** Creates an empty reference (for binding). */
    public Reference() {
    }

    /** Creates a reference. */
    public Reference(String qualifier, String value) {
        this.qualifier = qualifier;
        this.value = value;
    }

    /** REF01. */
    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    /** REF02. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    /** REF03. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
