package com.ascendelements.portal.shipping;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receipts per lot and line: a multi-truck shipment received in parts, dry weight from wet weight and moisture, and
 * the bad input a dock clerk or a partner's 861 may bring.
 */
class LotReceiptsTest {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 11, 10);
    private final Material scrap = DomainFixtures.scrap();
    private ShipNotice notice;

    @BeforeEach
    void ship() {
        // 60 t of scrap in one lot on three trucks, and a second lot of 5,000 kg
        notice = new ShipNotice("SH-3T", DomainFixtures.supplier(), DomainFixtures.hub(), OffsetDateTime.of(SHIPPED.atTime(8, 0), ZoneOffset.UTC),
                null, null, "BOL-3T", Weights.ofGrossAndTare(Quantity.kilograms("66000"), Quantity.kilograms("1000")));
        ShipmentOrder order = notice.addOrder("AE-PO-1", null);
        order.addLot("LOT-A", 60, "BOX", Weights.ofGrossAndTare(Quantity.kilograms("61000"), Quantity.kilograms("1000")), null)
                .addItem("1", scrap, Quantity.of("60", UnitOfMeasure.METRIC_TON));
        order.addLot("LOT-B", 5, "BOX", Weights.ofGrossAndTare(Quantity.kilograms("5000"), Quantity.kilograms("0")), null)
                .addItem("2", scrap, Quantity.kilograms("5000"));
    }

    private static ReceiptEntry truck(String lot, String reference, String kilograms) {
        return new ReceiptEntry(lot, null, SHIPPED.plusDays(1), reference, Quantity.kilograms(kilograms), null, null, null, null, null, false);
    }

    @Test
    void aShipmentOnThreeTrucksIsReceivedWhenTheLastPartArrives() {
        notice.receiveLot(truck("LOT-A", "TRUCK-1", "20000"), "dock", CLOCK);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.PARTIALLY_RECEIVED);
        notice.receiveLot(truck("LOT-A", "TRUCK-2", "20000"), "dock", CLOCK);
        notice.receiveLot(truck("LOT-B", "TRUCK-2", "5000"), "dock", CLOCK);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.PARTIALLY_RECEIVED);
        // 20 + 20 + 19.9 = 59.9 t of 60 t: 0.17 % short, inside the 0.25 % weight franchise
        notice.receiveLot(truck("LOT-A", "TRUCK-3", "19900"), "dock", CLOCK);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.RECEIVED);
        ShipmentItem lotA = notice.orders().get(0).lots().get(0).items().get(0);
        assertThat(notice.receivedOf(lotA)).isEqualTo(Quantity.of("59.9", UnitOfMeasure.METRIC_TON));
        assertThat(notice.lotReceipts()).extracting(r -> r.deliveryReference().orElseThrow())
                .containsExactly("TRUCK-1", "TRUCK-2", "TRUCK-2", "TRUCK-3");
    }

    @Test
    void severalReceiptsAtOnceAreRecordedAllOrNone() {
        // an 861 with two good items and one for a lot the shipment does not have: nothing is recorded
        assertThatThrownBy(() -> notice.receiveLots(java.util.List.of(truck("LOT-A", "TRUCK-1", "20000"), truck("LOT-B", "TRUCK-1", "5000"),
                truck("LOT-Z", "TRUCK-1", "1")), "EDI ECOPRO", CLOCK)).hasMessageContaining("Lot LOT-Z is not on ship notice SH-3T");
        assertThat(notice.lotReceipts()).isEmpty();
        assertThat(notice.status()).isNotIn(ShipNoticeStatus.PARTIALLY_RECEIVED, ShipNoticeStatus.RECEIVED);

        assertThat(notice.receiveLots(java.util.List.of(truck("LOT-A", "TRUCK-1", "60000"), truck("LOT-B", "TRUCK-1", "5000")),
                "EDI ECOPRO", CLOCK)).hasSize(2);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.RECEIVED);
        assertThat(notice.lotReceipts()).extracting(LotReceipt::receivedBy).containsOnly("EDI ECOPRO");
    }

    @Test
    void aReceivingAdviceIsRecordedOnceHoweverManyFilesCarryIt() {
        notice.receiveLots(java.util.List.of(truck("LOT-A", "TRUCK-1", "20000")), "EDI ECOPRO", "GR-1", CLOCK);
        assertThatThrownBy(() -> notice.receiveLots(java.util.List.of(truck("LOT-A", "TRUCK-1", "20000")), "EDI ECOPRO", "GR-1", CLOCK))
                .hasMessageContaining("Receiving advice GR-1 was recorded on shipment SH-3T already");
        notice.receiveLots(java.util.List.of(truck("LOT-A", "TRUCK-2", "20000")), "EDI ECOPRO", "GR-2", CLOCK);
        assertThat(notice.lotReceipts()).extracting(r -> r.adviceReference().orElseThrow()).containsExactly("GR-1", "GR-2");
    }

    @Test
    void aShortfallBeyondTheFranchiseOrARejectionIsADiscrepancy() {
        notice.receiveLot(truck("LOT-B", null, "5000"), "dock", CLOCK);
        // 59.8 t of 60 t: 0.33 % short, beyond the franchise: more may be on its way, until the dock says it was the last
        notice.receiveLot(truck("LOT-A", null, "59800"), "dock", CLOCK);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.PARTIALLY_RECEIVED);
        notice.receiveLot(new ReceiptEntry("LOT-A", null, SHIPPED.plusDays(2), "TRUCK-LAST", Quantity.kilograms("0"),
                Quantity.kilograms("5"), "wet pallet", null, null, null, true), "dock", CLOCK);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.RECEIVED_WITH_DISCREPANCY);

        ship();
        notice.receiveLot(truck("LOT-A", null, "60000"), "dock", CLOCK);
        notice.receiveLot(new ReceiptEntry("LOT-B", "2", SHIPPED.plusDays(1), null, Quantity.kilograms("4800"),
                Quantity.kilograms("200"), "leaking cells", null, null, null, false), "dock", CLOCK);
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.RECEIVED_WITH_DISCREPANCY);
    }

    @Test
    void theDryWeightFollowsFromWetWeightAndMoistureOrTheLabsDryWeight() {
        LotReceipt byMoisture = notice.receiveLot(new ReceiptEntry("LOT-B", null, SHIPPED.plusDays(1), null, Quantity.kilograms("5000"),
                null, null, Quantity.kilograms("5210"), new BigDecimal("4"), null, false), "dock", CLOCK);
        // 5,210 kg x (1 - 0.04) = 5,001.6 kg dry
        assertThat(byMoisture.dryWeight()).contains(Quantity.kilograms("5001.6"));
        LotReceipt byDryWeight = notice.receiveLot(new ReceiptEntry("LOT-A", null, SHIPPED.plusDays(1), null, Quantity.kilograms("20000"),
                null, null, Quantity.kilograms("20800"), null, Quantity.of("19.968", UnitOfMeasure.METRIC_TON), false), "dock", CLOCK);
        // 1 - 19,968 / 20,800 = 0.04: 4 % moisture
        assertThat(byDryWeight.moisturePercent()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4"));
        assertThat(byDryWeight.dryWeight()).contains(Quantity.kilograms("19968"));
    }

    @Test
    void refusesWhatCannotBeTrueAndRecordsNothingThen() {
        LocalDate day = SHIPPED.plusDays(1);
        Quantity kg = Quantity.kilograms("100");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, Quantity.kilograms("-1"), null, null, null, null, null, false), "cannot be negative");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, kg, null, null, Quantity.kilograms("110"), new BigDecimal("100"), null, false),
                "below 100 %");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, kg, null, null, Quantity.kilograms("110"), new BigDecimal("-0.5"), null, false),
                "0 % or more");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, kg, null, null, Quantity.kilograms("110"), null, Quantity.kilograms("120"), false),
                "above the wet weight");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, kg, null, null, null, new BigDecimal("5"), null, false), "need the wet weight");
        assertRefused(new ReceiptEntry("LOT-Z", null, day, null, kg, null, null, null, null, null, false), "Lot LOT-Z is not on ship notice SH-3T");
        assertRefused(new ReceiptEntry("LOT-B", "7", day, null, kg, null, null, null, null, null, false), "has no item for PO line 7");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, Quantity.of("3", UnitOfMeasure.EACH), null, null, null, null, null, false),
                "not in a unit of kg");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, Quantity.kilograms("0"), kg, " ", null, null, null, false), "say why");
        assertRefused(new ReceiptEntry("LOT-B", null, day, null, Quantity.kilograms("0"), null, null, null, null, null, false),
                "enter what was received or rejected");
        assertRefused(new ReceiptEntry("LOT-B", null, SHIPPED.minusDays(1), null, kg, null, null, null, null, null, false), "before it was shipped");
        assertRefused(new ReceiptEntry("LOT-B", null, LocalDate.now(CLOCK).plusDays(1), null, kg, null, null, null, null, null, false), "future");
        assertThat(notice.lotReceipts()).isEmpty();
        assertThat(notice.status()).isEqualTo(ShipNoticeStatus.IN_TRANSIT);
    }

    private void assertRefused(ReceiptEntry entry, String reason) {
        assertThatThrownBy(() -> notice.receiveLot(entry, "dock", CLOCK)).as(reason).hasMessageContaining(reason);
    }
}
