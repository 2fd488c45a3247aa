package com.ascendelements.portal.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How far shipped or invoiced figures may stray from the order before a person has to look: percentages of quantity and
 * price, and optionally an absolute amount in the contract's currency that a tolerated difference may not exceed.
 */
@Embeddable
public class Tolerances {

    @Column(name = "quantity_tolerance_pct", precision = 7, scale = 4, nullable = false)
    private BigDecimal quantityPercent;

    @Column(name = "price_tolerance_pct", precision = 7, scale = 4, nullable = false)
    private BigDecimal pricePercent;

    @Column(name = "amount_tolerance", precision = 19, scale = 4)
    private BigDecimal amount;

    protected Tolerances() {
        // JPA
    }

    public Tolerances(BigDecimal quantityPercent, BigDecimal pricePercent) {
        this(quantityPercent, pricePercent, null);
    }

    public Tolerances(BigDecimal quantityPercent, BigDecimal pricePercent, BigDecimal amount) {
        this.quantityPercent = requirePercent(quantityPercent);
        this.pricePercent = requirePercent(pricePercent);
        if (amount != null && amount.signum() < 0) {
            throw new IllegalArgumentException("An amount tolerance cannot be negative: " + amount);
        }
        this.amount = amount;
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

    /** The largest difference in money tolerated, if the contract sets one. */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }
}
