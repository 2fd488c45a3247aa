package com.ascendelements.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void convertsMassUnitsExactly() {
        assertThat(Quantity.of("1.5", UnitOfMeasure.METRIC_TON).in(UnitOfMeasure.KILOGRAM))
                .isEqualTo(Quantity.kilograms("1500"));
        assertThat(Quantity.of("1000", UnitOfMeasure.POUND).in(UnitOfMeasure.KILOGRAM).amount())
                .isEqualByComparingTo("453.5924");
    }

    @Test
    void addsAcrossUnitsInTheUnitOfTheLeftOperand() {
        Quantity sum = Quantity.of("2", UnitOfMeasure.METRIC_TON).plus(Quantity.kilograms("250"));
        assertThat(sum).isEqualTo(Quantity.of("2.25", UnitOfMeasure.METRIC_TON));
        assertThat(sum.unit()).isEqualTo(UnitOfMeasure.METRIC_TON);
    }

    @Test
    void refusesToMixCountedAndMassUnits() {
        assertThatThrownBy(() -> Quantity.of("3", UnitOfMeasure.EACH).plus(Quantity.kilograms("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ea").hasMessageContaining("kg");
    }

    @Test
    void equalityIgnoresTrailingZeros() {
        assertThat(Quantity.kilograms("10.50")).isEqualTo(Quantity.of(new BigDecimal("10.5"), UnitOfMeasure.KILOGRAM));
        assertThat(Quantity.kilograms("10.50")).hasSameHashCodeAs(Quantity.kilograms("10.5"));
        assertThat(Quantity.kilograms("10")).isNotEqualTo(Quantity.of("10", UnitOfMeasure.POUND));
    }

    @Test
    void parsesUnitSymbols() {
        assertThat(UnitOfMeasure.ofSymbol("T")).isEqualTo(UnitOfMeasure.METRIC_TON);
        assertThatThrownBy(() -> UnitOfMeasure.ofSymbol("gallon")).hasMessageContaining("gallon");
    }
}
