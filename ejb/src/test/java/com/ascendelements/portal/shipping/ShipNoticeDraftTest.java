package com.ascendelements.portal.shipping;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.MaterialCategory;
import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.PriceTerms;
import com.ascendelements.portal.contracts.PricingBasis;
import com.ascendelements.portal.contracts.Tolerances;
import com.ascendelements.portal.invoicing.InvoiceDraft;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ship notice and invoice forms: prefilled from the order, and checked field by field against it. */
class ShipNoticeDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private final TradingPartner hub = DomainFixtures.hub();
    private final TradingPartner piedmont = DomainFixtures.partner("PIEDMONT", PartnerRole.SUPPLIER, "PIEDMONTCELL");
    private final Material packs = new Material("EOL-LIB-EV", "EOL packs", MaterialCategory.END_OF_LIFE_BATTERY, UnitOfMeasure.KILOGRAM,
            null, new Hazmat("UN3480", "9", "P903"));
    private PurchaseOrder order;

    @BeforeEach
    void acceptedOrder() {
        Contract contract = new Contract("C-1", hub, piedmont, packs, null, Quantity.of("100", UnitOfMeasure.METRIC_TON),
                new PriceTerms(PricingBasis.FIXED, Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM, null),
                new Tolerances(new BigDecimal("2"), BigDecimal.ZERO), DAY.minusDays(30), DAY.plusDays(300));
        order = PurchaseOrder.place("AE-PO-1", hub, piedmont, contract, DAY, "USD", "buyer", CLOCK);
        order.addLine("1", packs, Quantity.of("18", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM,
                DAY.plusDays(7), DAY.plusDays(9));
        order.addLine("2", packs, Quantity.of("2", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        order.answerLine("1", LineStatus.ACCEPTED, "piedmont", CLOCK);
        order.answerLine("2", LineStatus.REJECTED, "piedmont", CLOCK);
    }

    private ShipNoticeDraft completeDraft() {
        ShipNoticeDraft draft = ShipNoticeDraft.prefilledFrom(order, Map.of("1", Quantity.of("8", UnitOfMeasure.METRIC_TON)),
                LocalDateTime.of(2026, 11, 22, 9, 30));
        draft.setShipmentId("PCW-SH-1");
        draft.setCarrierScac("SAIA");
        draft.setBillOfLading("BOL-1");
        draft.setGrossWeight(new BigDecimal("10800"));
        draft.setTareWeight(new BigDecimal("800"));
        draft.getLots().get(0).setLotNumber("L-1");
        draft.getLots().get(0).setGrossWeight(new BigDecimal("10800"));
        draft.getLots().get(0).setTareWeight(new BigDecimal("800"));
        return draft;
    }

    @Test
    void isPrefilledWithWhatIsLeftToShipOnEachLineNotRejectedAndItsHazmat() {
        ShipNoticeDraft draft = completeDraft();
        assertThat(draft.getLots()).singleElement().satisfies(lot -> {
            assertThat(lot.getPoLineNumber()).isEqualTo("1");
            assertThat(lot.getQuantity()).isEqualByComparingTo("10");
            assertThat(lot.getUnNumber()).isEqualTo("UN3480");
            assertThat(lot.getHazardClass()).isEqualTo("9");
            assertThat(lot.getPackingInstruction()).isEqualTo("P903");
        });
        assertThat(draft.getExpectedDelivery()).isEqualTo(DAY.plusDays(9));
        assertThat(draft.check(order, Map.of("1", Quantity.of("8", UnitOfMeasure.METRIC_TON))).asMap()).isEmpty();

        ShipNotice notice = draft.toShipNotice(order, CLOCK.getZone());
        assertThat(notice.shipper().code()).isEqualTo("PIEDMONT");
        assertThat(notice.weights().net()).isEqualTo(Quantity.kilograms("10000"));
        ShipmentLot lot = notice.orders().get(0).lots().get(0);
        assertThat(lot.hazmat()).hasValueSatisfying(h -> assertThat(h.unNumber()).isEqualTo("UN3480"));
        assertThat(lot.items().get(0).quantity()).isEqualTo(Quantity.of("10", UnitOfMeasure.METRIC_TON));
    }

    @Test
    void refusesMissingFieldsWeightsAndDatesOutOfOrderBesideTheirFields() {
        ShipNoticeDraft draft = completeDraft();
        draft.setShipmentId(" ");
        draft.setCarrierScac("saia");
        draft.setBillOfLading("BOL*1");
        draft.setTareWeight(new BigDecimal("10800"));
        draft.setExpectedDelivery(DAY.plusDays(1));
        draft.getLots().get(0).setPackageCount(0);
        draft.getLots().get(0).setUnNumber("3480");
        draft.getLots().get(0).setQuantity(BigDecimal.ZERO);
        Map<String, String> errors = draft.check(order, Map.of()).asMap();
        assertThat(errors).containsEntry("shipmentId", "Enter the shipment identification")
                .containsEntry("carrierScac", "A SCAC is 2 to 4 capital letters")
                .containsEntry("billOfLading", "The bill of lading number may contain letters, digits, spaces and . _ / - only")
                .containsEntry("tareWeight", "The tare must weigh less than the gross weight")
                .containsEntry("expectedDelivery", "The expected delivery is before the ship date")
                .containsEntry("lots:0:packageCount", "At least one package")
                .containsEntry("lots:0:unNumber", "A UN number looks like UN3480")
                .containsEntry("lots:0:quantity", "The quantity shipped must be more than zero");
    }

    @Test
    void refusesLinesOfOtherOrdersRejectedLinesAndMoreThanOrderedPlusTheContractsTolerance() {
        ShipNoticeDraft draft = completeDraft();
        draft.getLots().get(0).setQuantity(new BigDecimal("10.36"));  // 8 + 10.36 = 18.36 t = 18 t + 2 %
        assertThat(draft.check(order, Map.of("1", Quantity.of("8", UnitOfMeasure.METRIC_TON))).isEmpty()).isTrue();
        draft.getLots().get(0).setQuantity(new BigDecimal("10.37"));
        assertThat(draft.check(order, Map.of("1", Quantity.of("8", UnitOfMeasure.METRIC_TON))).asMap().get("lots:0:quantity"))
                .isEqualTo("Line 1: 18 t ordered, 8 t shipped before; at most 18.36 t may ship (2 % tolerance)");

        draft.getLots().get(0).setPoLineNumber("7");
        assertThat(draft.check(order, Map.of()).asMap()).containsEntry("lots:0:poLineNumber", "Order AE-PO-1 has no line 7");
        draft.getLots().get(0).setPoLineNumber("2");
        assertThat(draft.check(order, Map.of()).asMap()).containsEntry("lots:0:poLineNumber", "Line 2 was rejected and cannot ship");
    }

    @Test
    void refusesToShipAnOrderItsSellerHasNotAnswered() {
        PurchaseOrder open = PurchaseOrder.place("AE-PO-2", hub, piedmont, null, DAY, "USD", "buyer", CLOCK);
        open.addLine("1", packs, Quantity.of("1", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        ShipNoticeDraft draft = ShipNoticeDraft.prefilledFrom(open, Map.of(), LocalDateTime.of(2026, 11, 22, 9, 30));
        assertThat(draft.check(open, Map.of()).asMap().get(FieldErrors.DOCUMENT)).isEqualTo("Order AE-PO-2 is OPEN: answer its lines before shipping");
        assertThat(open.status()).isEqualTo(PurchaseOrderStatus.OPEN);
    }

    @Test
    void anInvoiceIsPrefilledWithWhatShippedAtTheOrdersPricesAndMayNotBillMoreThanOrderedPlusTolerance() {
        InvoiceDraft draft = InvoiceDraft.prefilledFrom(order, Map.of("1", Quantity.kilograms("8000")), Map.of(), DAY.plusDays(3));
        assertThat(draft.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getPoLineNumber()).isEqualTo("1");
            assertThat(l.getQuantity()).isEqualByComparingTo("8");
            assertThat(l.getUnit()).isEqualTo(UnitOfMeasure.METRIC_TON);
            assertThat(l.getUnitPrice()).isEqualByComparingTo("0.85");
        });
        assertThat(draft.check(order, Map.of(), DAY.plusDays(3)).asMap()).containsEntry("invoiceNumber", "Enter the invoice number");
        draft.setInvoiceNumber("PCW-INV-1");
        assertThat(draft.check(order, Map.of(), DAY.plusDays(3)).isEmpty()).isTrue();
        assertThat(draft.toInvoice(order).total()).isEqualTo(Money.of("6800", "USD"));

        draft.getLines().get(0).setQuantity(new BigDecimal("10.37"));
        assertThat(draft.check(order, Map.of("1", Quantity.of("8", UnitOfMeasure.METRIC_TON)), DAY.plusDays(3)).asMap())
                .containsEntry("lines:0:quantity", "Line 1: 18 t ordered, 8 t invoiced before; at most 18.36 t may be billed (2 % tolerance)");
        draft.getLines().get(0).setQuantity(BigDecimal.ZERO);
        draft.setInvoiceDate(DAY.plusDays(4));
        assertThat(draft.check(order, Map.of(), DAY.plusDays(3)).asMap())
                .containsEntry(FieldErrors.DOCUMENT, "Bill at least one line")
                .containsEntry("invoiceDate", "The invoice date cannot be in the future");
    }
}
