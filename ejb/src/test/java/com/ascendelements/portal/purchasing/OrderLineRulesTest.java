package com.ascendelements.portal.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.PriceTerms;
import com.ascendelements.portal.contracts.PricingBasis;
import com.ascendelements.portal.contracts.Tolerances;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules an ordered line obeys, whichever door the order came through: the form's wording and an 850's. */
class OrderLineRulesTest {

    private static final LocalDate ORDERED = LocalDate.of(2026, 11, 20);
    private final Material cam = DomainFixtures.cam();

    private static OrderedLine line(String material, String quantity, UnitOfMeasure unit, String unitCode, String price,
                                    UnitOfMeasure priceUnit, LocalDate ship, LocalDate delivery) {
        return new OrderedLine("1", material, quantity == null ? null : new BigDecimal(quantity), unit, unitCode,
                price == null ? null : new BigDecimal(price), priceUnit, ship, delivery);
    }

    private static List<String> messages(List<OrderLineRules.Problem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aLineThatObeysEveryRuleHasNoProblem() {
        OrderedLine ok = line("CAM-NMC811", "12", UnitOfMeasure.METRIC_TON, "MT", "28.5", UnitOfMeasure.KILOGRAM, ORDERED, ORDERED.plusDays(5));
        assertThat(OrderLineRules.check(ok, cam, ORDERED, null)).isEmpty();
    }

    @Test
    void namesWhatTheDoorGaveWhenItIsNotOurs() {
        OrderedLine edi = line("CAM-NMC999", "12", null, "TN", "28.5", null, null, null);
        assertThat(messages(OrderLineRules.check(edi, null, ORDERED, null))).containsExactly(
                "materialCode: No material CAM-NMC999 in the catalogue",
                "quantity: Unit TN is not one we trade in (KG, LB, MT, EA)",
                "unitPrice: The price must be per a unit the quantity converts to");
        OrderedLine form = line(null, null, null, null, null, UnitOfMeasure.KILOGRAM, null, null);
        assertThat(messages(OrderLineRules.check(form, null, ORDERED, null))).containsExactly(
                "materialCode: Choose the material", "quantity: Enter the quantity", "quantity: Choose the unit",
                "unitPrice: Enter the unit price");
    }

    @Test
    void refusesQuantitiesPricesAndDatesOutOfOrder() {
        OrderedLine zero = line("CAM-NMC811", "0", UnitOfMeasure.KILOGRAM, "KG", "-1", UnitOfMeasure.EACH, ORDERED.minusDays(1), ORDERED.minusDays(2));
        assertThat(messages(OrderLineRules.check(zero, cam, ORDERED, null))).containsExactly(
                "quantity: The quantity must be more than zero", "unitPrice: A price cannot be negative",
                "unitPrice: The price must be per a unit the quantity converts to",
                "requestedShipDate: The ship date is before the order date",
                "requestedDeliveryDate: The delivery date is before the ship date");
        OrderedLine deliveredFirst = line("CAM-NMC811", "1", UnitOfMeasure.KILOGRAM, "KG", "1", UnitOfMeasure.KILOGRAM, null, ORDERED.minusDays(1));
        assertThat(messages(OrderLineRules.check(deliveredFirst, cam, ORDERED, null)))
                .containsExactly("requestedDeliveryDate: The delivery date is before the order date");
    }

    @Test
    void underAContractTheMaterialAndTheDeliveryDateStayWithinIt() {
        Contract contract = new Contract("AE-ECO-1", DomainFixtures.customer(), DomainFixtures.hub(), cam, "spec",
                Quantity.of("1200", UnitOfMeasure.METRIC_TON), new PriceTerms(PricingBasis.FIXED, Money.of("28.5", "USD"), UnitOfMeasure.KILOGRAM, null),
                new Tolerances(new BigDecimal("2"), new BigDecimal("0.5")), ORDERED.withDayOfYear(1), LocalDate.of(2026, 12, 31));
        OrderedLine scrap = line("ES-NMC-AL", "1", UnitOfMeasure.KILOGRAM, "KG", "1", UnitOfMeasure.KILOGRAM, null, LocalDate.of(2026, 12, 31));
        assertThat(messages(OrderLineRules.check(scrap, DomainFixtures.scrap(), ORDERED, contract)))
                .containsExactly("materialCode: Contract AE-ECO-1 covers CAM-NMC811");
        OrderedLine late = line("CAM-NMC811", "1", UnitOfMeasure.KILOGRAM, "KG", "1", UnitOfMeasure.KILOGRAM, null, LocalDate.of(2027, 1, 1));
        assertThat(messages(OrderLineRules.check(late, cam, ORDERED, contract)))
                .containsExactly("requestedDeliveryDate: The delivery date is after contract AE-ECO-1 ends on 2026-12-31");
    }
}
