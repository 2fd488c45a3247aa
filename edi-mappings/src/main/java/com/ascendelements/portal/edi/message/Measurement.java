package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;

/** A MEA segment: e.g. PD/WT 20 TO (physical dimensions, weight, 20 metric tons) or an assay value. */
public class Measurement {

    private String referenceCode;
    private String qualifier;
    private BigDecimal value;
    private String unitCode;

    /** MEA01 measurement reference id code, e.g. PD, TR (test results). */
    public String getReferenceCode() {
        return referenceCode;
    }

    public void setReferenceCode(String referenceCode) {
        this.referenceCode = referenceCode;
    }

    /** MEA02 measurement qualifier, e.g. WT weight, G gross weight. */
    public String getQualifier() {
        return qualifier;
    }

    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    /** MEA03. */
    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    /** MEA04 unit (C001-01), e.g. TO metric ton, KG, LB. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
