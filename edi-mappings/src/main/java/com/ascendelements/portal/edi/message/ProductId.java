package com.ascendelements.portal.edi.message;

/** A product/service id pair of a line: qualifier (VP vendor part, BP buyer part, LT lot, ...) and id. */
public class ProductId {

    private String qualifier;
    private String id;

    /** Creates an empty product id (for binding). */
    public ProductId() {
    }

    /** Creates a product id. */
    public ProductId(String qualifier, String id) {
        this.qualifier = qualifier;
        this.id = id;
    }

    /** The product/service id qualifier. */
    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    /** The product/service id. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
