package com.ascendelements.portal.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** How far shipped or invoiced figures may stray from the order before a person has to look (percent). */
@Embeddable
public class Tolerances {

    @Column(name = "quantity_tolerance_pct", precision = 7, scale = 4, nullable = false)
    private BigDecimal quantityPercent;

    @Column(name = "price_tolerance_pct", precision = 7, scale = 4, nullable = false)
    private BigDecimal pricePercent;

    protected Tolerances() {
        // JPA
    }

    public Tolerances(BigDecimal quantityPercent, BigDecimal pricePercent) {
        this.quantityPercent = requirePercent(quantityPercent);
        this.pricePercent = requirePercent(pricePercent);
    }

    private static BigDecimal requirePercent(BigDecimal value) {
        Objects.requireNonNull(value, "tolerance");
        if (value.signum() < 0 || value.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("A tolerance is a percentage between 0 and 100: " + value);
        }
        return value;
    }

    public BigDecimal quantityPercent() {
        return quantityPercent;
    }

    public BigDecimal pricePercent() {
        return pricePercent;
    }
}
