package com.ascendelements.portal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The API writes decimals as plain numbers, whatever their scale (JSON writes a BigDecimal as its toString). */
class PlainNumbersTest {

    @Test
    void aDecimalWithANegativeScaleIsWrittenWithoutExponent() {
        assertThat(new BigDecimal("40000.0000").stripTrailingZeros().toString()).as("what JSON would get").isEqualTo("4E+4");
        assertThat(PlainNumbers.plain(new BigDecimal("40000.0000").stripTrailingZeros()).toString()).isEqualTo("40000");
        assertThat(PlainNumbers.plain(new BigDecimal("28.5000")).toString()).isEqualTo("28.5000");
        assertThat(PlainNumbers.plain(new BigDecimal("1.5E+3")).toString()).isEqualTo("1500");
    }
}
