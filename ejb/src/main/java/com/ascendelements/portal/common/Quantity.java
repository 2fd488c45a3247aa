package com.ascendelements.portal.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of material with its unit. Immutable; arithmetic across mass units converts exactly,
 * mixing mass with counted units is refused.
 */
@Embeddable
public class Quantity {

    /** Scale kept in the database (NUMERIC(19,4)): 0.1 g on kilograms. */
    public static final int SCALE = 4;

    @Column(name = "quantity", precision = 19, scale = SCALE)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", length = 16)
    private UnitOfMeasure unit;

    protected Quantity() {
        // JPA
    }

    private Quantity(BigDecimal amount, UnitOfMeasure unit) {
        this.amount = Limits.recordable(Objects.requireNonNull(amount, "amount").setScale(SCALE, RoundingMode.HALF_UP), "A quantity");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(BigDecimal amount, UnitOfMeasure unit) {
        return new Quantity(amount, unit);
    }

    public static Quantity of(String amount, UnitOfMeasure unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    public static Quantity kilograms(String amount) {
        return of(amount, UnitOfMeasure.KILOGRAM);
    }

    public static Quantity zero(UnitOfMeasure unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    public BigDecimal amount() {
        return amount;
    }

    public UnitOfMeasure unit() {
        return unit;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether this quantity can be expressed in that unit: the same unit, or both mass units. */
    public boolean convertsTo(UnitOfMeasure target) {
        return target == unit || target.isMass() && unit.isMass();
    }

    /** This quantity expressed in another unit; both must be mass units unless they are equal. */
    public Quantity in(UnitOfMeasure target) {
        if (target == unit) {
            return this;
        }
        BigDecimal from = unit.kilograms().orElseThrow(() -> incompatible(target));
        BigDecimal to = target.kilograms().orElseThrow(() -> incompatible(target));
        return new Quantity(amount.multiply(from).divide(to, MathContext.DECIMAL64), target);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(other.in(unit).amount), unit);
    }

    public Quantity minus(Quantity other) {
        return new Quantity(amount.subtract(other.in(unit).amount), unit);
    }

    public Quantity times(BigDecimal factor) {
        return new Quantity(amount.multiply(factor), unit);
    }

    public int compareTo(Quantity other) {
        return amount.compareTo(other.in(unit).amount);
    }

    private IllegalArgumentException incompatible(UnitOfMeasure target) {
        return new IllegalArgumentException("Cannot convert " + unit.symbol() + " to " + target.symbol());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity other && unit == other.unit && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), unit);
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
