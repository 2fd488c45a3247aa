package com.ascendelements.portal.exchange.translation;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.ChangedLine;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage;
import com.ascendelements.portal.edi.x12.out.OrderChangeAcknowledgment;
import com.ascendelements.portal.purchasing.LineChange;
import com.ascendelements.portal.purchasing.OrderChangeOutcome;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 860 read into the domain's line changes, written from them, and the 865 that answers it. */
class PurchaseOrderChangeTranslationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final PurchaseOrder order = order();

    @Test
    void quantitiesKeepTheirUnitOrTheLinesAndWhatTheDomainCannotDoIsNamed() {
        PurchaseOrderChangeMessage change = new PurchaseOrderChangeMessage();
        change.getLines().add(poc("1", "QI", "45", "MT", new DateReference("002", DAY.plusDays(30))));
        change.getLines().add(poc("2", "QD", "400", null, null));           // no unit: the line's own (kg)
        change.getLines().add(poc("3", "AI", "5", "MT", null));
        change.getLines().add(poc("4", "PC", null, null, null));
        change.getLines().add(poc("5", "CA", "2", "TO", null));             // a unit we do not guess
        change.getLines().add(poc("6", "NC", null, null, null));            // repeated without change: passed over
        change.getLines().add(poc("7", "CB", null, null, null));            // change of date TERMS, not of dates
        change.getLines().add(poc("8", "RS", null, null, new DateReference("010", DAY.plusDays(12))));   // reschedule
        PurchaseOrderChangeTranslator.Translated translated = PurchaseOrderChangeTranslator.toChanges(change, order);
        assertThat(translated.changes()).containsExactly(
                new LineChange("1", Quantity.of("45", UnitOfMeasure.METRIC_TON), null, DAY.plusDays(30)),
                new LineChange("2", Quantity.kilograms("400"), null, null),
                new LineChange("8", null, DAY.plusDays(12), null));
        assertThat(translated.untranslatable()).containsOnlyKeys("3", "4", "5", "7");
        assertThat(translated.untranslatable().get("7")).contains("changes to terms (CB)");
        assertThat(translated.untranslatable().get("3")).startsWith("adding a line (AI)");
        assertThat(translated.untranslatable().get("4")).startsWith("prices are agreed in the contract");
        assertThat(translated.untranslatable().get("5")).isEqualTo("unit TO is not one we trade in (KG, LB, MT, EA)");
    }

    @Test
    void theHubsChangeGoesOutAsThe850GaveTheLineAndTheAnswerSaysWhatBecameOfEachLine() {
        order.change(List.of(new LineChange("1", Quantity.of("45", UnitOfMeasure.METRIC_TON), null, DAY.plusDays(30))), "buyer", CLOCK);
        PurchaseOrderChangeMessage sent = PurchaseOrderChangeTranslator.toMessage(order, List.of(new LineChange("1",
                Quantity.of("45", UnitOfMeasure.METRIC_TON), null, DAY.plusDays(30))), false, DAY.plusDays(1));
        assertThat(sent.getPurposeCode()).isEqualTo("04");
        assertThat(sent.getChangeSequence()).isEqualTo("1");
        ChangedLine poc = sent.getLines().get(0);
        assertThat(poc.getChangeCode()).isEqualTo("CA");
        assertThat(poc.getQuantity()).isEqualByComparingTo("45000");   // in the price unit, kg, as the 850's PO1
        assertThat(poc.getUnitCode()).isEqualTo("KG");
        assertThat(poc.getDates()).extracting(DateReference::getQualifier).containsExactly("010", "002");

        OrderChangeAcknowledgment accepted = PurchaseOrderChangeTranslator.answer(sent, order, OrderChangeOutcome.applied(List.of("x")), Map.of(),
                DAY);
        assertThat(accepted.type()).isEqualTo("AT");
        assertThat(accepted.lines()).extracting(OrderChangeAcknowledgment.Line::status).containsExactly("IA");
        assertThat(accepted.notes()).isEmpty();
        OrderChangeAcknowledgment refused = PurchaseOrderChangeTranslator.answer(sent, order,
                OrderChangeOutcome.linesRefused(Map.of("1", "The delivery date is before the ship date")), Map.of(), DAY);
        assertThat(refused.type()).isEqualTo("RD");
        assertThat(refused.lines()).extracting(OrderChangeAcknowledgment.Line::status).containsExactly("IR");
        assertThat(refused.notes()).containsExactly("line 1 The delivery date is before the ship date");
        assertThat(PurchaseOrderChangeTranslator.toMessage(order, List.of(), true, DAY).getPurposeCode()).isEqualTo("01");
    }

    private static ChangedLine poc(String number, String code, String quantity, String unit, DateReference date) {
        ChangedLine line = new ChangedLine();
        line.setLineNumber(number);
        line.setChangeCode(code);
        line.setQuantity(quantity == null ? null : new BigDecimal(quantity));
        line.setUnitCode(unit);
        if (date != null) {
            line.getDates().add(date);
        }
        return line;
    }

    private static PurchaseOrder order() {
        PurchaseOrder order = PurchaseOrder.place("ECO-1", DomainFixtures.customer(), DomainFixtures.hub(), null, DAY, "USD", "EDI ECOPRO", CLOCK);
        order.addLine("1", DomainFixtures.cam(), Quantity.of("40", UnitOfMeasure.METRIC_TON), Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM,
                DAY.plusDays(10), DAY.plusDays(14));
        order.addLine("2", DomainFixtures.cam(), Quantity.kilograms("500"), Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        return order;
    }
}
