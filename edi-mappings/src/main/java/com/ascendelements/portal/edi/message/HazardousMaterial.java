package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;

/**
 * An LH1 segment: hazardous material of a pack or item, e.g. UN3480 lithium-ion batteries (Class 9).
 */
public class HazardousMaterial {

    private String unitCode;
    private BigDecimal ladingQuantity;
    private String identificationNumber;
    private String page;
    private String commodityCode;

    /** LH101 unit or basis for measurement. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** LH102. */
    public BigDecimal getLadingQuantity() {
        return ladingQuantity;
    }

    public void setLadingQuantity(BigDecimal ladingQuantity) {
        this.ladingQuantity = ladingQuantity;
    }

    /** LH103 UN/NA identification code, e.g. UN3480, UN3090. */
    public String getIdentificationNumber() {
        return identificationNumber;
    }

    public void setIdentificationNumber(String identificationNumber) {
        this.identificationNumber = identificationNumber;
    }

    /** LH104 hazardous material page. */
    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** LH105. */
    public String getCommodityCode() {
        return commodityCode;
    }

    public void setCommodityCode(String commodityCode) {
        this.commodityCode = commodityCode;
    }
}
