package com.ascendelements.portal.platform;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Hazmat;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.MaterialCategory;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.exchange.EnvelopeParty;
import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangePayload;
import com.ascendelements.portal.exchange.Transport;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.identity.PortalUser;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.partners.PartnerContact;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;
import com.ascendelements.portal.shipping.Carrier;
import com.ascendelements.portal.partners.AcknowledgmentSettings;
import com.ascendelements.portal.partners.ReusedControlNumbers;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeStatus;
import com.ascendelements.portal.shipping.Weights;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real migrations and the real persistence unit, outside the container: every aggregate is written and read
 * back, so a column the migration forgot or a class persistence.xml does not list fails here in seconds.
 */
class PersistenceMappingTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrateAndBoot() {
        emf = MigratedH2.entityManagerFactory("mapping");
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @Test
    void writesAndReadsEveryAggregate() {
        TradingPartner hub = DomainFixtures.hub();
        TradingPartner supplier = DomainFixtures.supplier();
        supplier.addContact(new PartnerContact("Logistics", "Dana", "dana@example.com", null));
        supplier.changeAcknowledgmentSettings(new AcknowledgmentSettings(true, true, 24, ReusedControlNumbers.PROCESS_WITH_WARNING,
                java.util.EnumSet.of(com.ascendelements.portal.edi.x12.EnvelopeDeviation.IEA02_UNPADDED,
                        com.ascendelements.portal.edi.x12.EnvelopeDeviation.GS04_SIX_DIGIT_DATE)));
        Material scrap = new Material("EOL-LIB-EV", "EOL packs", MaterialCategory.END_OF_LIFE_BATTERY, UnitOfMeasure.KILOGRAM,
                null, new Hazmat("UN3480", "9", "P903"));
        PurchaseOrder order = PurchaseOrder.place("AE-PO-1", hub, supplier, null, LocalDate.of(2026, 11, 1), "USD", "buyer", CLOCK);
        order.addLine("1", scrap, Quantity.of("18", UnitOfMeasure.METRIC_TON), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        order.answerLine("1", LineStatus.ACCEPTED, "EDI SKBA", CLOCK);

        ShipNotice notice = new ShipNotice("SH-1", supplier, hub, OffsetDateTime.of(2026, 11, 5, 8, 0, 0, 0, ZoneOffset.ofHours(-5)),
                LocalDate.of(2026, 11, 6), new Carrier("ODFL", "Old Dominion", "TRUCK"), "BOL-1",
                Weights.ofGrossAndTare(Quantity.kilograms("18500"), Quantity.kilograms("500")));
        notice.addOrder("AE-PO-1", order)
                .addLot("LOT-1", 12, "PLT", Weights.ofGrossAndTare(Quantity.kilograms("18500"), Quantity.kilograms("500")),
                        new Hazmat("UN3480", "9", "P903"))
                .addItem("1", scrap, Quantity.of("18", UnitOfMeasure.METRIC_TON));

        notice.receiveLot(new ReceiptEntry("LOT-1", "1", LocalDate.of(2026, 11, 6), "TRUCK-1", Quantity.kilograms("9000"),
                Quantity.kilograms("200"), "two crushed boxes", Quantity.kilograms("9400"), new BigDecimal("4.25"), null, false), "dock", CLOCK);

        Invoice invoice = new Invoice("INV-1", supplier, hub, "AE-PO-1", order, LocalDate.of(2026, 11, 7), InvoiceType.COMMERCIAL, "USD");
        invoice.addLine("1", "1", scrap, Quantity.kilograms("18000"), Money.of("0.85", "USD"), UnitOfMeasure.KILOGRAM);

        byte[] raw = "ISA*00*...~".getBytes(StandardCharsets.US_ASCII);
        Interchange interchange = Interchange.received(Transport.AS2, "in.x12", raw, CLOCK);
        interchange.identify(new EnvelopeParty("ZZ", "080231617"), new EnvelopeParty("ZZ", "ASCENDELEMENTS"), "000000001",
                supplier, hub, CLOCK);

        inTransaction(em -> {
            em.persist(hub);
            em.persist(supplier);
            em.persist(scrap);
            em.persist(order);
            em.persist(notice);
            em.persist(invoice);
            em.persist(interchange);
            em.persist(PortalUser.ofPartner("skba-" + UUID.randomUUID().toString().substring(0, 8), "SKBA", "hash", supplier));
            em.persist(PortalUser.staff("admin-" + UUID.randomUUID().toString().substring(0, 8), "Admin", "hash", Set.of(PortalRole.ADMIN)));
        });
        inTransaction(em -> em.persist(InterchangePayload.of(em.find(Interchange.class, interchange.id()), raw)));
        inTransaction(em -> {
            // 18 t billed against the 9 t received of truck 1: an exception, with the receipt it billed
            Invoice managed = em.find(Invoice.class, invoice.id());
            com.ascendelements.portal.shipping.LotReceipt receipt = em.find(ShipNotice.class, notice.id()).lotReceipts().get(0);
            managed.referToShipment("BOL-1");
            var arrivals = java.util.List.of(new com.ascendelements.portal.invoicing.ThreeWayMatch.Arrival(receipt.id(), "1",
                    receipt.receivedOn(), receipt.received(), Set.of("BOL-1"), Quantity.kilograms("0")));
            managed.recordMatch(new com.ascendelements.portal.invoicing.ThreeWayMatch(managed.purchaseOrder().orElseThrow(),
                    com.ascendelements.portal.invoicing.ThreeWayMatch.Terms.NONE, java.util.List.of(), arrivals, java.util.Map.of(), java.util.Set.of(), false)
                    .match(managed), id -> receipt, CLOCK.instant());
        });

        EntityManager em = emf.createEntityManager();
        try {
            PurchaseOrder readOrder = em.find(PurchaseOrder.class, order.id());
            assertThat(readOrder.status()).isEqualTo(PurchaseOrderStatus.ACCEPTED);
            assertThat(readOrder.total()).isEqualTo(Money.of("15300", "USD"));
            assertThat(readOrder.history()).hasSize(2);
            assertThat(readOrder.history().get(1).at()).isEqualTo(CLOCK.instant());

            ShipNotice readNotice = em.find(ShipNotice.class, notice.id());
            assertThat(readNotice.orders()).singleElement().satisfies(o -> {
                assertThat(o.purchaseOrder()).isPresent();
                assertThat(o.lots()).singleElement().satisfies(lot -> {
                    assertThat(lot.hazmat()).map(Hazmat::unNumber).contains("UN3480");
                    assertThat(lot.weights().net()).isEqualTo(Quantity.kilograms("18000"));
                    assertThat(lot.items()).singleElement().satisfies(i -> assertThat(i.quantity())
                            .isEqualTo(Quantity.of("18", UnitOfMeasure.METRIC_TON)));
                });
            });
            assertThat(readNotice.shippedAt().toInstant()).isEqualTo(notice.shippedAt().toInstant());
            assertThat(readNotice.status()).isEqualTo(ShipNoticeStatus.PARTIALLY_RECEIVED);
            assertThat(readNotice.lotReceipts()).singleElement().satisfies(r -> {
                assertThat(r.received()).isEqualTo(Quantity.of("9", UnitOfMeasure.METRIC_TON));  // in the item's unit
                assertThat(r.rejected()).isEqualTo(Quantity.of("0.2", UnitOfMeasure.METRIC_TON));
                assertThat(r.rejectionReason()).contains("two crushed boxes");
                assertThat(r.deliveryReference()).contains("TRUCK-1");
                // 9,400 kg wet at 4.25 % moisture: 9,400 x 0.9575 = 9,000.5 kg dry
                assertThat(r.dryWeight()).contains(Quantity.kilograms("9000.5"));
                assertThat(r.moisturePercent()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("4.25"));
                assertThat(r.item().poLineNumber()).isEqualTo("1");
                assertThat(r.receivedBy()).isEqualTo("dock");
            });

            Invoice readInvoice = em.find(Invoice.class, invoice.id());
            assertThat(readInvoice.total()).isEqualTo(Money.of("15300.00", "USD"));
            assertThat(readInvoice.status()).isEqualTo(com.ascendelements.portal.invoicing.InvoiceStatus.EXCEPTION);
            assertThat(readInvoice.shipmentReferences()).containsExactly("BOL-1");
            assertThat(readInvoice.matchedAt()).contains(CLOCK.instant());
            assertThat(readInvoice.lines()).singleElement().satisfies(line -> {
                assertThat(line.matchReasons()).containsExactly(com.ascendelements.portal.invoicing.MatchReason.QUANTITY_ABOVE_RECEIVED);
                assertThat(line.matched()).isEqualTo(Quantity.of("9", UnitOfMeasure.METRIC_TON));
                assertThat(line.ordered()).isEqualTo(Quantity.of("18", UnitOfMeasure.METRIC_TON));
                assertThat(line.contractPrice()).contains(Money.of("0.85", "USD"));
                assertThat(line.difference()).isEqualTo(Money.of("7650.00", "USD"));  // 9,000 kg not received x 0.85
                assertThat(line.allocations()).singleElement().satisfies(a -> {
                    assertThat(a.receipt().deliveryReference()).contains("TRUCK-1");
                    assertThat(a.quantity()).isEqualTo(Quantity.of("9", UnitOfMeasure.METRIC_TON));
                });
            });
            assertThat(em.find(TradingPartner.class, supplier.id()).contacts()).extracting(PartnerContact::name).containsExactly("Dana");
            assertThat(em.find(TradingPartner.class, supplier.id()).acknowledgments().reusedControlNumbers())
                    .isEqualTo(ReusedControlNumbers.PROCESS_WITH_WARNING);
            assertThat(em.find(TradingPartner.class, supplier.id()).acknowledgments().allowedEnvelopeDeviations()).containsExactlyInAnyOrder(
                    com.ascendelements.portal.edi.x12.EnvelopeDeviation.IEA02_UNPADDED, com.ascendelements.portal.edi.x12.EnvelopeDeviation.GS04_SIX_DIGIT_DATE);

            Interchange readInterchange = em.find(Interchange.class, interchange.id());
            assertThat(readInterchange.contentHash()).hasSize(64).isEqualTo(Interchange.sha256(raw));
            assertThat(readInterchange.createdAt()).isEqualTo(CLOCK.instant());
            assertThat(em.find(InterchangePayload.class, interchange.id()).content()).isEqualTo(raw);
        } finally {
            em.close();
        }
    }

    @Test
    void twoPeopleDecidingTheSameInvoiceAtOnceTheFirstWinsAndTheSecondIsRefused() {
        TradingPartner hub = DomainFixtures.partner("HUB-LOCK", com.ascendelements.portal.partners.PartnerRole.HUB, "HUBLOCK");
        TradingPartner seller = DomainFixtures.partner("SELLER-LOCK", com.ascendelements.portal.partners.PartnerRole.SUPPLIER, "SELLERLOCK");
        Material scrap = new Material("ES-LOCK", "Electrode scrap", MaterialCategory.ELECTRODE_SCRAP, UnitOfMeasure.KILOGRAM, null, null);
        PurchaseOrder order = PurchaseOrder.place("PO-LOCK", hub, seller, null, LocalDate.of(2026, 11, 1), "USD", "buyer", CLOCK);
        order.addLine("1", scrap, Quantity.kilograms("1000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
        Invoice invoice = new Invoice("INV-LOCK", seller, hub, "PO-LOCK", order, LocalDate.of(2026, 11, 7), InvoiceType.COMMERCIAL, "USD");
        invoice.addLine("1", "1", scrap, Quantity.kilograms("1000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM);
        // nothing received: an exception
        invoice.recordMatch(new com.ascendelements.portal.invoicing.ThreeWayMatch(order, com.ascendelements.portal.invoicing.ThreeWayMatch.Terms.NONE,
                java.util.List.of(), java.util.List.of(), java.util.Map.of(), java.util.Set.of(), false).match(invoice), id -> null, CLOCK.instant());
        inTransaction(em -> {
            em.persist(hub);
            em.persist(seller);
            em.persist(scrap);
            em.persist(order);
            em.persist(invoice);
        });

        EntityManager fran = emf.createEntityManager();
        EntityManager sam = emf.createEntityManager();
        try {
            fran.getTransaction().begin();
            sam.getTransaction().begin();
            fran.find(Invoice.class, invoice.id()).approve("agreed with the supplier", "fran", CLOCK.instant());
            sam.find(Invoice.class, invoice.id()).dispute("not received", "sam", CLOCK.instant());
            fran.getTransaction().commit();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sam.getTransaction().commit())
                    .hasRootCauseInstanceOf(org.eclipse.persistence.exceptions.OptimisticLockException.class);
        } finally {
            fran.close();
            sam.close();
        }
        EntityManager em = emf.createEntityManager();
        try {
            assertThat(em.find(Invoice.class, invoice.id()).decidedBy()).contains("fran");
            assertThat(em.find(Invoice.class, invoice.id()).status()).isEqualTo(com.ascendelements.portal.invoicing.InvoiceStatus.APPROVED);
        } finally {
            em.close();
        }
    }
}
