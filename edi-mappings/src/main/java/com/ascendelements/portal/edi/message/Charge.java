package com.ascendelements.portal.edi.message;

import java.math.BigDecimal;

/**
 * A SAC segment: a charge or allowance, e.g. freight (D240), a treatment charge or an assay penalty.
 */
public class Charge {

    private String indicator;
    private String code;
    private BigDecimal amount;
    private String percentQualifier;
    private BigDecimal percent;
    private BigDecimal rate;
    private String unitCode;
    private BigDecimal quantity;
    private String description;

    /** SAC01: A allowance, C charge, N no allowance or charge. */
    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    /** SAC02 service, promotion, allowance or charge code. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** SAC05 amount (X12 sends it with two implied decimals; this is the amount itself). */
    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** SAC06 allowance/charge percent qualifier. */
    public String getPercentQualifier() {
        return percentQualifier;
    }

    public void setPercentQualifier(String percentQualifier) {
        this.percentQualifier = percentQualifier;
    }

    /** SAC07 percent. */
    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    /** SAC08 rate. */
    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    /** SAC09 unit of measure. */
    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    /** SAC10 quantity. */
    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    /** SAC15 description. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
