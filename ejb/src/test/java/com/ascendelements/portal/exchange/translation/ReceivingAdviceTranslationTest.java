package com.ascendelements.portal.exchange.translation;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.ReceivedItem;
import com.ascendelements.portal.edi.message.ReceivingAdviceMessage;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.ReceivingAdviceReader;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.DocumentWriter;
import com.ascendelements.portal.edi.x12.out.EnvelopeParty;
import com.ascendelements.portal.edi.x12.out.OutboundEnvelope;
import com.ascendelements.portal.edi.x12.out.OutboundInterchange;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 861s both ways: a receipt at the hub's dock written for the supplier reads back as the same receipt; a customer's
 * advice becomes receipt entries, with what counts as rejected and why.
 */
class ReceivingAdviceTranslationTest {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 10);
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
    private static final EnvelopeParty SUPPLIER = new EnvelopeParty("ZZ", "SUPPLIER", "SUPPLIER");

    private ShipNotice notice() {
        ShipNotice notice = new ShipNotice("SH-861", DomainFixtures.supplier(), DomainFixtures.hub(),
                OffsetDateTime.of(SHIPPED.atTime(8, 0), ZoneOffset.UTC), null, null, "BOL-861",
                Weights.ofGrossAndTare(Quantity.kilograms("21000"), Quantity.kilograms("1000")));
        notice.addOrder("AE-PO-861", null).addLot("LOT-A", 20, "BOX", Weights.ofGrossAndTare(Quantity.kilograms("21000"),
                Quantity.kilograms("1000")), null).addItem("1", DomainFixtures.scrap(), Quantity.of("20", UnitOfMeasure.METRIC_TON));
        return notice;
    }

    @Test
    void aReceiptWrittenAsAn861ReadsBackAsTheSameReceipt() {
        ShipNotice notice = notice();
        // 19.5 t accepted, 0.5 t rejected; 20.4 t wet on the scale at 4 % moisture
        LotReceipt receipt = notice.receiveLot(new ReceiptEntry("LOT-A", "1", SHIPPED.plusDays(2), "TRUCK-7",
                Quantity.of("19.5", UnitOfMeasure.METRIC_TON), Quantity.kilograms("500"), "swollen cells; leaking",
                Quantity.of("20.4", UnitOfMeasure.METRIC_TON), new BigDecimal("4"), null, false), "dock", CLOCK);
        ReceivingAdviceMessage message = ReceivingAdviceTranslator.toMessage(notice, receipt, LocalDate.of(2026, 11, 20));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange x12 = new DocumentWriter(CLOCK).write(message,
                    new OutboundEnvelope(HUB, SUPPLIER, version, new X12Delimiters('*', ':', '^', '~'), false, ControlNumberSource.startingAt(1, 1, 1)));
            assertThat(new InterchangeValidator().validate(x12.x12()).allIssues()).as(x12.text()).isEmpty();
            assertThat(x12.text()).contains("RCD*1*19.5*MT***0.5*MT*08~", "LIN*1*VP*" + DomainFixtures.scrap().code() + "*LT*LOT-A~",
                    "REF*ZZ**swollen cells leaking~", "MEA*WT*N*20.4*MT~", "MEA*TR*ZZ*4*P1~");

            ReceivingAdviceMessage read = new ReceivingAdviceReader().read(x12.x12()).get(0);
            assertThat(ReceivingAdviceTranslator.shipmentReference(read)).contains("SH-861");
            ReceiptEntry entry = ReceivingAdviceTranslator.toEntries(read).get(0);
            assertThat(entry.lotNumber()).isEqualTo("LOT-A");
            assertThat(entry.poLineNumber()).isEqualTo("1");
            assertThat(entry.receivedOn()).isEqualTo(SHIPPED.plusDays(2));
            assertThat(entry.deliveryReference()).isEqualTo("TRUCK-7");
            assertThat(entry.received()).isEqualTo(Quantity.of("19.5", UnitOfMeasure.METRIC_TON));
            assertThat(entry.rejected()).isEqualTo(Quantity.of("0.5", UnitOfMeasure.METRIC_TON));
            assertThat(entry.rejectionReason()).isEqualTo("swollen cells leaking");
            assertThat(entry.wetWeight()).isEqualTo(Quantity.of("20.4", UnitOfMeasure.METRIC_TON));
            assertThat(entry.moisturePercent()).isEqualByComparingTo("4");
            // and the ship notice takes it: the same dry weight, 20.4 t x 0.96 = 19.584 t
            assertThat(notice().receiveLot(entry, "EDI SUPPLIER", CLOCK).dryWeight()).contains(Quantity.of("19.584", UnitOfMeasure.METRIC_TON));
        }
    }

    @Test
    void returnedAndRejectedQuantitiesInQuestionAreRejectedAndShortOrGoodAreNot() {
        ReceivingAdviceMessage advice = advice();
        ReceivedItem item = advice.getItems().get(0);
        item.setQuantityReturned(new BigDecimal("100"));  // RCD04, in RCD03's unit (no RCD05)
        item.getQuantitiesInQuestion().add(new ReceivedItem.QuantityInQuestion(new BigDecimal("0.05"), "MT", "01"));  // damaged
        item.getQuantitiesInQuestion().add(new ReceivedItem.QuantityInQuestion(new BigDecimal("300"), "KG", "02"));  // short: not a rejection
        item.getQuantitiesInQuestion().add(new ReceivedItem.QuantityInQuestion(new BigDecimal("9000"), "KG", "07"));  // good condition
        ReceiptEntry entry = ReceivingAdviceTranslator.toEntries(advice).get(0);
        // 100 kg returned + 0.05 t damaged = 150 kg rejected
        assertThat(entry.rejected()).isEqualTo(Quantity.kilograms("150"));
        assertThat(entry.rejectionReason()).isEqualTo("returned, damaged product or container");
        // no DTM 050 in the loop: the heading's
        assertThat(entry.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void anItemWithoutALotOrInAnUnknownUnitIsRefusedWithWhereItIs() {
        ReceivingAdviceMessage noLot = advice();
        noLot.getItems().get(0).getProductIds().clear();
        assertThatThrownBy(() -> ReceivingAdviceTranslator.toEntries(noLot)).isInstanceOf(TranslationException.class)
                .hasMessage("861 GR-1 RCD 1: no lot number (LIN LT or REF LT)");
        ReceivingAdviceMessage bags = advice();
        bags.getItems().get(0).setUnitCode("BG");
        assertThatThrownBy(() -> ReceivingAdviceTranslator.toEntries(bags)).isInstanceOf(TranslationException.class)
                .hasMessage("861 GR-1 RCD 1: unknown unit BG");
        ReceivingAdviceMessage replacement = advice();
        replacement.setPurposeCode("05");
        assertThatThrownBy(() -> ReceivingAdviceTranslator.toEntries(replacement)).hasMessageContaining("has purpose 05 (BRA03)");
        ReceivingAdviceMessage empty = advice();
        empty.getItems().clear();
        assertThatThrownBy(() -> ReceivingAdviceTranslator.toEntries(empty)).hasMessageContaining("reports nothing received");
    }

    private static ReceivingAdviceMessage advice() {
        ReceivingAdviceMessage advice = new ReceivingAdviceMessage();
        advice.setReference("GR-1");
        advice.setDate(LocalDate.of(2026, 11, 13));
        advice.getReferences().add(new Reference("BM", "BOL-861"));
        advice.getDates().add(new com.ascendelements.portal.edi.message.DateReference("050", LocalDate.of(2026, 11, 12)));
        ReceivedItem item = new ReceivedItem();
        item.setQuantityReceived(new BigDecimal("9000"));
        item.setUnitCode("KG");
        item.getProductIds().add(new ProductId("LT", "LOT-A"));
        advice.getItems().add(item);
        return advice;
    }
}
