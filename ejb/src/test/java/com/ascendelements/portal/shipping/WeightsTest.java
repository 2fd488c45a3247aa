package com.ascendelements.portal.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void derivesNetFromGrossAndTare() {
        Weights w = Weights.ofGrossAndTare(Quantity.kilograms("40950"), Quantity.kilograms("950"));
        assertThat(w.net()).isEqualTo(Quantity.kilograms("40000"));
    }

    @Test
    void acceptsDeclaredWeightsInMixedUnitsWhenTheyAddUp() {
        Weights w = Weights.declared(Quantity.of("2", UnitOfMeasure.METRIC_TON), Quantity.kilograms("1900"), Quantity.kilograms("100"));
        assertThat(w.netIn(UnitOfMeasure.METRIC_TON)).isEqualTo(Quantity.of("1.9", UnitOfMeasure.METRIC_TON));
    }

    @Test
    void refusesWeightsThatDoNotAddUpOrAreNotMasses() {
        assertThatThrownBy(() -> Weights.declared(Quantity.kilograms("100"), Quantity.kilograms("95"), Quantity.kilograms("10")))
                .hasMessageContaining("is not gross");
        assertThatThrownBy(() -> Weights.ofGrossAndTare(Quantity.of("3", UnitOfMeasure.EACH), Quantity.kilograms("1")))
                .hasMessageContaining("must be a mass");
        assertThatThrownBy(() -> Weights.ofGrossAndTare(Quantity.kilograms("10"), Quantity.kilograms("11")))
                .hasMessageContaining("cannot be negative");
    }
}
