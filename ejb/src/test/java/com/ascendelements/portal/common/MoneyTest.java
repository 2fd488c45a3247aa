package com.ascendelements.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsFourDecimalsAndRoundsToTheMinorUnitOnRequest() {
        Money price = Money.of("3.10125", "USD");
        assertThat(price.amount()).isEqualByComparingTo("3.1013");
        assertThat(price.times(new BigDecimal("3")).rounded().amount()).isEqualByComparingTo("9.30");
        assertThat(Money.of("100.5", "JPY").rounded().amount()).isEqualByComparingTo("101");
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    }

    @Test
    void refusesUnknownCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).hasMessageContaining("XYZ1");
    }
}
