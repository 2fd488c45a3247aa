package com.ascendelements.portal.exchange.translation;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.MaterialCategory;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.OutboundEnvelope;
import com.ascendelements.portal.edi.x12.out.EnvelopeParty;
import com.ascendelements.portal.edi.x12.out.OutboundInterchange;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.shipping.Carrier;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipmentLot;
import com.ascendelements.portal.shipping.ShipmentOrder;
import com.ascendelements.portal.shipping.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain documents written as X12 the way the exchange writes them: the translator's message, then the Smooks mapping of
 * its set (in the translation's own class loader) in the partner's envelope, version and delimiters; the validator finds
 * nothing wrong, and the translation reads back the values the domain held.
 */
class OutboundTranslationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final EnvelopeParty SUPPLIER = new EnvelopeParty("ZZ", "PIEDMONTCELL", "PIEDMONT");
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");

    private final TradingPartner hub = DomainFixtures.hub();
    private final TradingPartner piedmont = DomainFixtures.partner("PIEDMONT", PartnerRole.SUPPLIER, "PIEDMONTCELL");
    private final Material packs = new Material("EOL-LIB-EV", "End-of-life EV lithium-ion battery packs",
            MaterialCategory.END_OF_LIFE_BATTERY, UnitOfMeasure.KILOGRAM, null, new Hazmat("UN3480", "9", "P903"));
    private final Material scrap = DomainFixtures.scrap();

    private PurchaseOrder order() {
        PurchaseOrder order = PurchaseOrder.place("AE-PO-260002", hub, piedmont, null, DAY, "USD", "buyer", CLOCK);
        order.addLine("1", packs, Quantity.of("18", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM,
                DAY.plusDays(7), DAY.plusDays(9));
        order.addLine("2", scrap, Quantity.kilograms("500"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        return order;
    }

    @Test
    void aShipNoticeBecomesAn856WithTheWholeHierarchyWeightsCarrierAndHazmat() {
        PurchaseOrder order = order();
        ShipNotice notice = new ShipNotice("PCW-SH-0001", piedmont, hub, OffsetDateTime.of(2026, 11, 22, 14, 30, 0, 0, ZoneOffset.UTC),
                DAY.plusDays(4), new Carrier("SAIA", "Saia LTL Freight", "TRUCK"), "PCW-BOL-77",
                Weights.ofGrossAndTare(Quantity.kilograms("19400"), Quantity.kilograms("900")));
        ShipmentOrder shipmentOrder = notice.addOrder(order.poNumber(), order);
        ShipmentLot batteries = shipmentOrder.addLot("PCW-L-01", 12, "PLT94",
                Weights.ofGrossAndTare(Quantity.kilograms("18800"), Quantity.kilograms("800")), packs.hazmat().orElseThrow());
        batteries.addItem("1", packs, Quantity.of("18", UnitOfMeasure.METRIC_TON));
        shipmentOrder.addLot("PCW-L-02", 1, "BOX25", Weights.ofGrossAndTare(Quantity.kilograms("600"), Quantity.kilograms("100")), null)
                .addItem("2", scrap, Quantity.kilograms("500"));

        ShipNoticeMessage message = ShipNoticeTranslator.toMessage(notice);
        OutboundInterchange x12 = new OutboundEnvelope(SUPPLIER, HUB, "004010", new X12Delimiters('*', '>', null, '~'), true,
                ControlNumberSource.startingAt(17, 5, 1)).write(TranslatedMessages.X12, "856", message, CLOCK);
        assertThat(new InterchangeValidator().validate(x12.x12()).allIssues()).as(x12.text()).isEmpty();

        ShipNoticeMessage read = TranslatedMessages.read(x12.x12(), ShipNoticeMessage.class).get(0);
        assertThat(read.getShipmentId()).isEqualTo("PCW-SH-0001");
        assertThat(read.getShipmentDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(read.getShipmentTime()).isEqualTo("1430");
        assertThat(read.getDates()).singleElement().satisfies(d -> {
            assertThat(d.getQualifier()).isEqualTo("017");
            assertThat(d.getDate()).isEqualTo(DAY.plusDays(4));
        });
        assertThat(read.getLevels()).extracting(HierarchicalLevel::getLevelCode).containsExactly("S", "O", "P", "I", "P", "I");
        assertThat(read.getLevels()).extracting(HierarchicalLevel::getParentId).containsExactly(null, "1", "2", "3", "2", "5");

        HierarchicalLevel shipment = read.shipment();
        assertThat(shipment.getCarriers()).singleElement().satisfies(c -> {
            assertThat(c.getCarrierCode()).isEqualTo("SAIA");
            assertThat(c.getTransportationMethodCode()).isEqualTo("M");
            assertThat(c.getRouting()).isEqualTo("Saia LTL Freight");
        });
        assertThat(shipment.getReferences()).anySatisfy(r -> {
            assertThat(r.getQualifier()).isEqualTo("BM");
            assertThat(r.getValue()).isEqualTo("PCW-BOL-77");
        });
        assertThat(shipment.getPackaging()).as("mixed packages: no TD1 for the whole shipment").isEmpty();
        assertThat(shipment.getMeasurements()).extracting(m -> m.getQualifier() + " " + m.getValue().toPlainString())
                .containsExactly("G 19400", "N 18500");
        assertThat(shipment.getParties()).extracting(p -> p.getEntityCode() + " " + p.getId()).containsExactly("SF PIEDMONT", "ST ASCEND");

        HierarchicalLevel orderLevel = read.levels("O").get(0);
        assertThat(orderLevel.getPurchaseOrderNumber()).isEqualTo("AE-PO-260002");
        assertThat(orderLevel.getPurchaseOrderDate()).isEqualTo(DAY);

        HierarchicalLevel lot = read.levels("P").get(0);
        assertThat(lot.getReferences()).singleElement().satisfies(r -> assertThat(r.getValue()).isEqualTo("PCW-L-01"));
        assertThat(lot.getPackaging()).singleElement().satisfies(p -> {
            assertThat(p.getPackagingCode()).isEqualTo("PLT94");
            assertThat(p.getLadingQuantity()).isEqualByComparingTo("12");
        });
        assertThat(read.levels("P").get(1).getPackaging().get(0).getPackagingCode()).isEqualTo("BOX25");
        assertThat(lot.getMeasurements()).extracting(m -> m.getQualifier() + " " + m.getValue().toPlainString())
                .containsExactly("G 18800", "N 18000");
        assertThat(lot.getHazardousMaterials()).singleElement().satisfies(h -> {
            assertThat(h.getIdentificationNumber()).isEqualTo("UN3480");
            assertThat(h.getLadingQuantity()).isEqualByComparingTo("12");
        });
        assertThat(read.levels("P").get(1).getHazardousMaterials()).isEmpty();

        List<HierarchicalLevel> items = read.levels("I");
        assertThat(items).extracting(HierarchicalLevel::getLineNumber).containsExactly("1", "2");
        assertThat(items.get(0).getProductIds()).extracting(p -> p.getQualifier() + " " + p.getId())
                .containsExactly("VP EOL-LIB-EV", "LT PCW-L-01");
        assertThat(items.get(0).getQuantityShipped()).isEqualByComparingTo("18");
        assertThat(items.get(0).getQuantityUnitCode()).isEqualTo("MT");
        assertThat(items.get(1).getQuantityShipped()).isEqualByComparingTo("500");
        assertThat(items.get(1).getQuantityUnitCode()).isEqualTo("KG");
    }

    @Test
    void aShipmentOfOneKindOfPackageCountsThemAllOnItsTd1() {
        PurchaseOrder order = order();
        ShipNotice notice = new ShipNotice("PCW-SH-0002", piedmont, hub, OffsetDateTime.of(2026, 11, 22, 8, 5, 0, 0, ZoneOffset.UTC),
                null, new Carrier("ODFL", null, "RAIL"), "PCW-BOL-78", Weights.ofGrossAndTare(Quantity.kilograms("1300"), Quantity.kilograms("200")));
        ShipmentOrder shipmentOrder = notice.addOrder(order.poNumber(), order);
        shipmentOrder.addLot("PCW-L-03", 2, "PLT94", Weights.ofGrossAndTare(Quantity.kilograms("700"), Quantity.kilograms("100")), null)
                .addItem("2", scrap, Quantity.kilograms("300"));
        shipmentOrder.addLot("PCW-L-04", 3, "PLT94", Weights.ofGrossAndTare(Quantity.kilograms("600"), Quantity.kilograms("100")), null)
                .addItem("2", scrap, Quantity.kilograms("200"));

        OutboundInterchange x12 = new OutboundEnvelope(SUPPLIER, HUB, "005010", new X12Delimiters('*', ':', '^', '~'), false,
                ControlNumberSource.startingAt(20, 8, 4)).write(TranslatedMessages.X12, "856", ShipNoticeTranslator.toMessage(notice), CLOCK);
        assertThat(new InterchangeValidator().validate(x12.x12()).allIssues()).as(x12.text()).isEmpty();
        ShipNoticeMessage read = TranslatedMessages.read(x12.x12(), ShipNoticeMessage.class).get(0);
        assertThat(read.getDates()).isEmpty();
        assertThat(read.getShipmentTime()).isEqualTo("0805");
        assertThat(read.shipment().getPackaging()).singleElement().satisfies(p -> {
            assertThat(p.getPackagingCode()).isEqualTo("PLT94");
            assertThat(p.getLadingQuantity()).isEqualByComparingTo("5");
            assertThat(p.getWeight()).isEqualByComparingTo("1300");
        });
        assertThat(read.shipment().getCarriers().get(0).getTransportationMethodCode()).isEqualTo("R");
        assertThat(read.levels("I")).extracting(l -> l.getQuantityShipped().toPlainString()).containsExactly("300", "200");
    }

    @Test
    void anInvoiceBecomesAn810BillingEachPoLineInItsPriceUnitWithTheTotal() {
        PurchaseOrder order = order();
        Invoice invoice = new Invoice("PCW-INV-1001", piedmont, hub, order.poNumber(), order, DAY.plusDays(3), InvoiceType.PROVISIONAL, "USD");
        invoice.addLine("1", "1", packs, Quantity.of("18", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM);
        invoice.addLine("2", "2", scrap, Quantity.kilograms("480.5"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM);

        InvoiceMessage message = InvoiceTranslator.toMessage(invoice);
        OutboundInterchange x12 = new OutboundEnvelope(SUPPLIER, HUB, "005010", new X12Delimiters('|', ':', '^', '\n'), false,
                ControlNumberSource.startingAt(18, 6, 2)).write(TranslatedMessages.X12, "810", message, CLOCK);
        assertThat(new InterchangeValidator().validate(x12.x12()).allIssues()).as(x12.text()).isEmpty();

        InvoiceMessage read = TranslatedMessages.read(x12.x12(), InvoiceMessage.class).get(0);
        assertThat(read.getInvoiceNumber()).isEqualTo("PCW-INV-1001");
        assertThat(read.getInvoiceDate()).isEqualTo(DAY.plusDays(3));
        assertThat(read.getPurchaseOrderNumber()).isEqualTo("AE-PO-260002");
        assertThat(read.getPurchaseOrderDate()).isEqualTo(DAY);
        assertThat(read.getTransactionTypeCode()).isEqualTo("DI");
        assertThat(read.getCurrencyCode()).isEqualTo("USD");
        assertThat(read.getReferences()).extracting(r -> r.getQualifier() + " " + r.getValue()).containsExactly("ZZ PROVISIONAL");
        assertThat(read.getParties()).extracting(p -> p.getEntityCode() + " " + p.getId()).containsExactly("SE PIEDMONT", "BT ASCEND");
        assertThat(read.getLines()).extracting(l -> l.getLineNumber() + " " + l.getQuantity().toPlainString() + " " + l.getUnitCode()
                + " " + l.getUnitPrice().toPlainString() + " " + l.getProductIds().get(0).getId())
                .containsExactly("1 18000 KG 0.85 EOL-LIB-EV", "2 480.5 KG 3.1 ES-NMC-AL");
        // 18,000 kg x 0.85 + 480.5 kg x 3.10 = 15,300 + 1,489.55
        assertThat(read.getTotalAmount()).isEqualByComparingTo(new BigDecimal("16789.55"));
        assertThat(invoice.total()).isEqualTo(Money.of("16789.55", "USD"));
    }

    @Test
    void anOrderTheHubPlacesBecomesAn850ThatOurOwnInboundTranslationReadsAsTheSameOrder() {
        PurchaseOrder order = order();
        PurchaseOrderMessage message = PurchaseOrderTranslator.toMessage(order);
        OutboundInterchange x12 = new OutboundEnvelope(HUB, SUPPLIER, "004010", new X12Delimiters('*', '>', null, '~'), true,
                ControlNumberSource.startingAt(19, 7, 3)).write(TranslatedMessages.X12, "850", message, CLOCK);
        assertThat(new InterchangeValidator().validate(x12.x12()).allIssues()).as(x12.text()).isEmpty();

        PurchaseOrderMessage read = TranslatedMessages.read(x12.x12(), PurchaseOrderMessage.class).get(0);
        assertThat(read.getPurchaseOrderNumber()).isEqualTo("AE-PO-260002");
        assertThat(read.getOrderDate()).isEqualTo(DAY);
        assertThat(read.buyer().getId()).isEqualTo("ASCEND");
        assertThat(read.seller().getId()).isEqualTo("PIEDMONT");
        assertThat(read.getLines()).extracting(l -> l.getLineNumber() + " " + l.getQuantity().toPlainString() + " " + l.getUnitCode()
                + " " + l.getUnitPrice().toPlainString() + " " + l.productId())
                .containsExactly("1 18000 KG 0.85 EOL-LIB-EV", "2 500 KG 3.1 ES-NMC-AL");
        assertThat(read.getLines().get(0).requestedDates()).containsExactly(DAY.plusDays(7), DAY.plusDays(9));
        assertThat(read.getLines().get(1).getDates()).isEmpty();

        // read back as an order, it is worth what ours is worth
        PurchaseOrder again = PurchaseOrder.place(read.getPurchaseOrderNumber(), hub, piedmont, null, read.getOrderDate(), "USD", "test", CLOCK);
        read.getLines().forEach(l -> again.addLine(l.getLineNumber(), l.productId().equals(packs.code()) ? packs : scrap,
                Quantity.of(l.getQuantity(), UnitCodes.toDomain(l.getUnitCode()).orElseThrow()), Money.of(l.getUnitPrice(), "USD"),
                UnitOfMeasure.KILOGRAM, null, null));
        assertThat(again.total()).isEqualTo(order.total());
    }

    @Test
    void anOrderTheHubCannotTakeIsRefusedWithAn855ThatCarriesTheReasonForThePeopleAtTheBuyer() {
        PurchaseOrderMessage order = PurchaseOrderTranslator.toMessage(order());
        OutboundInterchange x12 = new OutboundEnvelope(HUB, SUPPLIER, "005010", new X12Delimiters('*', ':', null, '~'), false,
                ControlNumberSource.startingAt(21, 9, 5)).write(TranslatedMessages.X12, "855",
                PurchaseOrderAcknowledgmentTranslator.refusal(order, "material EOL-LIB-EV is not on contract: call procurement"), CLOCK);
        assertThat(new InterchangeValidator().validate(x12.x12()).allIssues()).as(x12.text()).isEmpty();
        assertThat(x12.text()).contains("ISA*00*", "*^*00501*", "BAK*00*RD*AE-PO-260002*20261120~N9*L1*NOTES~");

        PurchaseOrderAcknowledgmentMessage read = TranslatedMessages.read(x12.x12(), PurchaseOrderAcknowledgmentMessage.class).get(0);
        assertThat(read.getNotes()).containsExactly("Order not taken, material EOL-LIB-EV is not on contract call procurement");
        assertThat(read.getLines()).extracting(l -> l.getLineNumber() + " " + l.getAcknowledgments().get(0).getStatusCode())
                .containsExactly("1 IR", "2 IR");
    }
}
