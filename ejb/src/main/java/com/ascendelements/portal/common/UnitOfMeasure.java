package com.ascendelements.portal.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Units in which battery materials are traded. Mass units convert exactly to kilograms;
 * {@link #EACH} (battery packs, modules) does not convert to mass.
 */
public enum UnitOfMeasure {
    KILOGRAM("kg", new BigDecimal("1")),
    METRIC_TON("t", new BigDecimal("1000")),
    POUND("lb", new BigDecimal("0.45359237")),
    EACH("ea", null);

    private final String symbol;
    private final BigDecimal kilograms;

    UnitOfMeasure(String symbol, BigDecimal kilograms) {
        this.symbol = symbol;
        this.kilograms = kilograms;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isMass() {
        return kilograms != null;
    }

    /** How many kilograms one of this unit weighs; empty for counted units. */
    public Optional<BigDecimal> kilograms() {
        return Optional.ofNullable(kilograms);
    }

    public static UnitOfMeasure ofSymbol(String symbol) {
        for (UnitOfMeasure unit : values()) {
            if (unit.symbol.equalsIgnoreCase(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("Unknown unit of measure: " + symbol);
    }
}
