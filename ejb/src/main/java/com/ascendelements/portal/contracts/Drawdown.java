package com.ascendelements.portal.contracts;

import com.ascendelements.portal.common.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;

/** How much of a contract's commitment has been ordered, shipped and invoiced, in the commitment's unit. */
public record Drawdown(Quantity committed, Quantity ordered, Quantity shipped, Quantity invoiced) {

    /** Share of the commitment ordered so far, in percent (0-100 and beyond when over-ordered). */
    public double orderedPercent() {
        return committed.amount().signum() == 0 ? 0
                : ordered.amount().multiply(BigDecimal.valueOf(100)).divide(committed.amount(), MathContext.DECIMAL64).doubleValue();
    }
}
