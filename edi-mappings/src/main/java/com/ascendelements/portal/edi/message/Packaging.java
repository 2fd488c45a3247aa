package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;

/**
 * A TD1 segment: packaging and weight of a shipment or pack (e.g. 20 drums, gross 21,400 KG).
 */
public class Packaging {

    private String packagingCode;
    private BigDecimal ladingQuantity;
    private String commodityCodeQualifier;
    private String commodityCode;
    private String ladingDescription;
    private String weightQualifier;
    private BigDecimal weight;
    private String weightUnitCode;

    /** TD101 packaging code, e.g. DRM25 (drum), PLT94 (pallet), BAG (super sack). */
    public String getPackagingCode() {
        return packagingCode;
    }

    public void setPackagingCode(String packagingCode) {
        this.packagingCode = packagingCode;
    }

    /** TD102 number of packages. */
    public BigDecimal getLadingQuantity() {
        return ladingQuantity;
    }

    public void setLadingQuantity(BigDecimal ladingQuantity) {
        this.ladingQuantity = ladingQuantity;
    }

    /** TD103. */
    public String getCommodityCodeQualifier() {
        return commodityCodeQualifier;
    }

    public void setCommodityCodeQualifier(String commodityCodeQualifier) {
        this.commodityCodeQualifier = commodityCodeQualifier;
    }

    /** TD104. */
    public String getCommodityCode() {
        return commodityCode;
    }

    public void setCommodityCode(String commodityCode) {
        this.commodityCode = commodityCode;
    }

    /** TD105. */
    public String getLadingDescription() {
        return ladingDescription;
    }

    public void setLadingDescription(String ladingDescription) {
        this.ladingDescription = ladingDescription;
    }

    /** TD106: G gross, N net, A actual net (dry). */
    public String getWeightQualifier() {
        return weightQualifier;
    }

    public void setWeightQualifier(String weightQualifier) {
        this.weightQualifier = weightQualifier;
    }

    /** TD107. */
    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    /** TD108, e.g. KG, LB. */
    public String getWeightUnitCode() {
        return weightUnitCode;
    }

    public void setWeightUnitCode(String weightUnitCode) {
        this.weightUnitCode = weightUnitCode;
    }
}
