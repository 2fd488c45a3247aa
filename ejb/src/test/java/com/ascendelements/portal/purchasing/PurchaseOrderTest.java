package com.ascendelements.portal.purchasing;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final Material cam = DomainFixtures.cam();
    private PurchaseOrder order;

    @BeforeEach
    void placeOrder() {
        order = PurchaseOrder.place("ECO-1", DomainFixtures.customer(), DomainFixtures.hub(), null, DAY, "USD", "EDI ECOPRO", CLOCK);
        order.addLine("1", cam, Quantity.of("40", UnitOfMeasure.METRIC_TON), Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM,
                DAY.plusDays(10), DAY.plusDays(14));
        order.addLine("2", cam, Quantity.kilograms("500"), Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM, null, null);
    }

    @Test
    void pricesEachLineInItsPriceUnit() {
        assertThat(order.line("1").orElseThrow().extendedAmount()).isEqualTo(Money.of("1140000", "USD"));
        assertThat(order.total()).isEqualTo(Money.of("1154250", "USD"));
    }

    @Test
    void startsOpenWithTheFirstHistoryEntry() {
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.OPEN);
        assertThat(order.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(PurchaseOrderStatus.OPEN);
            assertThat(change.by()).isEqualTo("EDI ECOPRO");
            assertThat(change.at()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void isAcceptedWhenEveryLineIsAccepted() {
        order.answerLine("1", LineStatus.ACCEPTED, "buyer", CLOCK);
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.OPEN);
        order.answerLine("2", LineStatus.ACCEPTED, "buyer", CLOCK);
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.ACCEPTED);
        assertThat(order.history()).extracting(StatusChange::to)
                .containsExactly(PurchaseOrderStatus.OPEN, PurchaseOrderStatus.ACCEPTED);
    }

    @Test
    void aChangedLineCarriesTheConfirmedQuantityInItsOwnUnit() {
        Quantity ordered = order.line("1").orElseThrow().quantity();
        Quantity replaced = order.changeLine("1", Quantity.of("15", UnitOfMeasure.METRIC_TON), "seller", CLOCK);

        assertThat(replaced).isEqualTo(ordered);
        PurchaseOrderLine line = order.line("1").orElseThrow();
        assertThat(line.status()).isEqualTo(LineStatus.CHANGED);
        assertThat(line.quantity()).isEqualTo(Quantity.of("15", UnitOfMeasure.METRIC_TON).in(ordered.unit()));
        order.answerLine("2", LineStatus.ACCEPTED, "seller", CLOCK);
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CHANGED);
    }

    @Test
    void aChangeMustChangeSomethingAndKeepTheKindOfUnit() {
        Quantity ordered = order.line("1").orElseThrow().quantity();
        assertThatThrownBy(() -> order.changeLine("1", ordered, "seller", CLOCK)).hasMessageContaining("accept the line instead");
        assertThatThrownBy(() -> order.changeLine("1", Quantity.of("3", UnitOfMeasure.EACH), "seller", CLOCK))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> order.changeLine("1", Quantity.kilograms("0"), "seller", CLOCK)).hasMessageContaining("more than zero");
        assertThat(order.line("1").orElseThrow().status()).isEqualTo(LineStatus.OPEN);
    }

    @Test
    void isChangedWhenSomeLinesAreRejectedAndRejectedWhenAllAre() {
        order.answerLine("1", LineStatus.ACCEPTED, "buyer", CLOCK);
        order.answerLine("2", LineStatus.REJECTED, "buyer", CLOCK);
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CHANGED);

        PurchaseOrder other = PurchaseOrder.place("ECO-2", DomainFixtures.customer(), DomainFixtures.hub(), null, DAY, "USD", "x", CLOCK);
        other.addLine("1", cam, Quantity.kilograms("1"), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        other.answerLine("1", LineStatus.REJECTED, "buyer", CLOCK);
        assertThat(other.status()).isEqualTo(PurchaseOrderStatus.REJECTED);
    }

    @Test
    void refusesBadLines() {
        assertThatThrownBy(() -> order.addLine("1", cam, Quantity.kilograms("1"), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM, null, null))
                .hasMessageContaining("already has a line 1");
        assertThatThrownBy(() -> order.addLine("3", cam, Quantity.kilograms("0"), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM, null, null))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> order.addLine("3", cam, Quantity.kilograms("1"), Money.of("1", "EUR"), UnitOfMeasure.KILOGRAM, null, null))
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> order.addLine("3", cam, Quantity.kilograms("1"), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM,
                DAY.plusDays(5), DAY.plusDays(1))).hasMessageContaining("before ship date");
        assertThatThrownBy(() -> order.addLine("3", cam, Quantity.of("1", UnitOfMeasure.EACH), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM,
                null, null)).hasMessageContaining("Cannot convert");
    }

    @Test
    void refusesAnswersToAClosedOrderAndToUnknownLines() {
        assertThatThrownBy(() -> order.answerLine("9", LineStatus.ACCEPTED, "buyer", CLOCK)).hasMessageContaining("no line 9");
        order.cancel("buyer", "duplicate", CLOCK);
        assertThatThrownBy(() -> order.answerLine("1", LineStatus.ACCEPTED, "buyer", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void refusesAnOrderBetweenAPartnerAndItself() {
        assertThatThrownBy(() -> PurchaseOrder.place("X", DomainFixtures.hub(), DomainFixtures.hub(), null, DAY, "USD", "x", CLOCK))
                .hasMessageContaining("must differ");
    }

    @Test
    void takesSeveralAnswersAtOnceOrNoneWhenOneIsRefused() {
        assertThatThrownBy(() -> order.answer(java.util.List.of(LineAnswer.of("1", LineStatus.ACCEPTED),
                LineAnswer.changedTo("2", Quantity.of("3", UnitOfMeasure.EACH))), "EDI SKBA", CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.line("1").orElseThrow().status()).as("nothing recorded").isEqualTo(LineStatus.OPEN);
        assertThatThrownBy(() -> order.answer(java.util.List.of(LineAnswer.of("1", LineStatus.ACCEPTED),
                LineAnswer.of("9", LineStatus.ACCEPTED)), "EDI SKBA", CLOCK)).hasMessageContaining("has no line 9");
        assertThat(order.line("1").orElseThrow().status()).isEqualTo(LineStatus.OPEN);

        assertThat(order.answer(java.util.List.of(LineAnswer.of("1", LineStatus.ACCEPTED),
                LineAnswer.changedTo("2", Quantity.kilograms("450"))), "EDI SKBA", CLOCK))
                .containsExactly("line 2: 500 kg ordered, 450 kg confirmed");
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CHANGED);
        assertThat(order.history()).last().extracting(StatusChange::by).isEqualTo("EDI SKBA");
    }
}
