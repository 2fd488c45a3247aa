package com.ascendelements.portal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private Contract contract(LocalDate from, LocalDate to) {
        return new Contract("AE-ECO-1", DomainFixtures.customer(), DomainFixtures.hub(), DomainFixtures.cam(), "spec",
                Quantity.of("1200", UnitOfMeasure.METRIC_TON),
                new PriceTerms(PricingBasis.FIXED, Money.of("28.5", "USD"), UnitOfMeasure.KILOGRAM, null),
                new Tolerances(new BigDecimal("2"), new BigDecimal("0.5")), from, to);
    }

    @Test
    void isOpenForOrdersOnlyWhileActiveAndValid() {
        Contract c = contract(START, START.plusYears(1).minusDays(1));
        assertThat(c.isOpenOn(START)).isFalse();
        c.activate();
        assertThat(c.isOpenOn(START)).isTrue();
        assertThat(c.isOpenOn(START.plusYears(1))).isFalse();
        c.suspend();
        assertThat(c.isOpenOn(START.plusDays(5))).isFalse();
        c.terminate();
        assertThat(c.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThatThrownBy(c::activate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndTolerancesOutsidePercent() {
        assertThatThrownBy(() -> contract(START, START.minusDays(1))).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new Tolerances(new BigDecimal("-1"), BigDecimal.ONE)).hasMessageContaining("percentage");
    }
}
