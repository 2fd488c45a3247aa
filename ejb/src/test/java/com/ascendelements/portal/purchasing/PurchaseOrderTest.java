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

    /** The buyer's change (issue 12 item 3): checked line by line before anything changes, then applied whole. */
    @Test
    void theBuyersChangeIsAppliedWholeOrNotAtAll() {
        java.util.List<LineChange> bad = java.util.List.of(
                new LineChange("1", Quantity.of("45", UnitOfMeasure.METRIC_TON), null, null),             // fine on its own
                new LineChange("2", null, DAY.plusDays(20), DAY.plusDays(15)),                            // delivery before ship
                new LineChange("3", Quantity.kilograms("1"), null, null),                                 // no such line
                new LineChange("1", Quantity.kilograms("1"), null, null));                                // line 1 again
        assertThat(order.problemsOf(bad)).containsOnlyKeys("2", "3", "1").containsEntry("2", "The delivery date is before the ship date")
                .containsEntry("3", "order ECO-1 has no line 3").containsEntry("1", "the line is named twice in one change");
        assertThatThrownBy(() -> order.change(bad, "EDI ECOPRO", CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: The delivery date is before the ship date");
        assertThat(order.line("1").orElseThrow().quantity()).as("nothing changed").isEqualTo(Quantity.of("40", UnitOfMeasure.METRIC_TON));
        assertThat(order.changeCount()).isZero();
        assertThat(order.problemsOf(java.util.List.of(new LineChange("1", Quantity.of("3", UnitOfMeasure.EACH), null, null),
                new LineChange("2", null, null, null), new LineChange("1 ", Quantity.kilograms("0"), null, null))))
                .containsEntry("1", "a quantity in ea does not convert to the line's t")
                .containsEntry("2", "nothing to change: give the new quantity or dates");

        // 45 t for line 1 given in kg, kept in t; line 2 gets dates; the status stays, the history says what changed
        java.util.List<String> done = order.change(java.util.List.of(new LineChange("1", Quantity.kilograms("45000"), null, null),
                new LineChange("2", null, DAY.plusDays(3), DAY.plusDays(6))), "EDI ECOPRO", CLOCK);
        assertThat(done).containsExactly("line 1: 40 t, now 45 t", "line 2: ship " + DAY.plusDays(3) + ", delivery " + DAY.plusDays(6));
        assertThat(order.line("1").orElseThrow().quantity()).isEqualTo(Quantity.of("45", UnitOfMeasure.METRIC_TON));
        assertThat(order.line("2").orElseThrow().requestedDeliveryDate()).isEqualTo(DAY.plusDays(6));
        assertThat(order.changeCount()).isEqualTo(1);
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.OPEN);
        assertThat(order.history()).last().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(PurchaseOrderStatus.OPEN);
            assertThat(entry.to()).isEqualTo(PurchaseOrderStatus.OPEN);
            assertThat(entry.reason()).startsWith("Change 1: line 1: 40 t, now 45 t; line 2: ship");
        });
    }

    @Test
    void aRejectedLineAndAnOrderThatHasShippedOrIsCancelledAreNotChanged() {
        order.answerLine("2", LineStatus.REJECTED, "hub", CLOCK);
        assertThat(order.problemsOf(java.util.List.of(new LineChange("2", Quantity.kilograms("600"), null, null))))
                .containsEntry("2", "the seller rejected this line; it cannot be changed");
        order.answerLine("1", LineStatus.ACCEPTED, "hub", CLOCK);
        assertThat(order.whyUnchangeable()).isEmpty();
        order.recordShipment(false, "hub", CLOCK);
        assertThat(order.whyUnchangeable()).hasValueSatisfying(why -> assertThat(why).startsWith("Order ECO-1 is partially shipped; only"));
        assertThatThrownBy(() -> order.change(java.util.List.of(new LineChange("1", Quantity.kilograms("1"), null, null)), "x", CLOCK))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.cancel("x", "late", CLOCK)).isInstanceOf(IllegalStateException.class).hasMessageContaining("can be cancelled");

        PurchaseOrder other = PurchaseOrder.place("ECO-2", DomainFixtures.customer(), DomainFixtures.hub(), null, DAY, "USD", "EDI ECOPRO", CLOCK);
        other.addLine("1", cam, Quantity.kilograms("5"), Money.of("1", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        other.cancel("EDI ECOPRO", "plant closed", CLOCK);
        assertThat(other.changeCount()).as("the cancellation is the buyer's change").isEqualTo(1);
        assertThat(other.whyUnchangeable()).hasValueSatisfying(why -> assertThat(why).startsWith("Order ECO-2 is cancelled"));
    }

    @Test
    void aNumberedChangeOlderThanTheLastOneAppliedComesTooLate() {
        assertThat(order.whyOutOfDate("1")).as("nothing numbered applied yet").isEmpty();
        order.changedAsNumbered("3");
        assertThat(order.whyOutOfDate("3")).hasValueSatisfying(why -> assertThat(why).contains("Change 3 of order ECO-1 comes after change 3"));
        assertThat(order.whyOutOfDate("2")).isPresent();
        assertThat(order.whyOutOfDate("4")).isEmpty();
        assertThat(order.whyOutOfDate("A7")).as("not a whole number: taken as it arrives").isEmpty();
        assertThat(order.whyOutOfDate(null)).isEmpty();
    }
}
