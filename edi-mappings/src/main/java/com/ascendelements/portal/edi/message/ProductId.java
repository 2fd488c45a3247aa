package com.ascendelements.portal.edi.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The elements of a segment that lists product ids after some leading elements (PO1, IT1, LIN, POC): the leading
     * values, then qualifier and id of each product id.
     */
    public static Object[] elements(List<ProductId> productIds, Object... leading) {
        List<Object> values = new ArrayList<>(leading.length + 2 * productIds.size());
        values.addAll(Arrays.asList(leading));
        for (ProductId id : productIds) {
            values.add(id.getQualifier());
            values.add(id.getId());
        }
        return values.toArray();
    }
}
