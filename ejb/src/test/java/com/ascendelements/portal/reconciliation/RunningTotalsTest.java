package com.ascendelements.portal.reconciliation;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.platform.MigratedH2;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.shipping.Carrier;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.Weights;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The running totals of PO lines against the real migrations and JPQL: worked out from the documents (arithmetic beside
 * each figure), the same as the reconciliation works out live, followed when an invoice moves on, and filled in for
 * orders that have none by the backfill.
 */
class RunningTotalsTest {

    private static final LocalDate ORDERED = LocalDate.of(2026, 11, 1);
    private static EntityManagerFactory emf;
    private static long partnerId;

    /** The order's documents, each test its own. */
    private record Documents(long orderId, long creditNoteId) {
    }

    @BeforeAll
    static void partners() {
        emf = MigratedH2.entityManagerFactory("totals");
        partnerId = MigratedH2.inTransaction(emf, em -> {
            TradingPartner skba = DomainFixtures.supplier();
            em.persist(DomainFixtures.hub());
            em.persist(skba);
            em.persist(DomainFixtures.scrap());
            em.flush();
            return skba.id();
        });
    }

    private static Documents documents(String poNumber) {
        return MigratedH2.inTransaction(emf, em -> {
            TradingPartner hub = em.createQuery("SELECT p FROM TradingPartner p WHERE p.code = 'ASCEND'", TradingPartner.class).getSingleResult();
            TradingPartner skba = em.find(TradingPartner.class, partnerId);
            Material scrap = em.createQuery("SELECT m FROM Material m", Material.class).getSingleResult();
            PurchaseOrder order = PurchaseOrder.place(poNumber, hub, skba, null, ORDERED, "USD", "buyer", CLOCK);
            order.addLine("1", scrap, Quantity.of("60", UnitOfMeasure.METRIC_TON), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
            order.addLine("2", scrap, Quantity.kilograms("1000"), Money.of("2.00", "USD"), UnitOfMeasure.KILOGRAM, null, null);
            order.answerLine("1", LineStatus.ACCEPTED, "EDI SKBA", CLOCK);
            order.answerLine("2", LineStatus.ACCEPTED, "EDI SKBA", CLOCK);
            em.persist(order);
            // two trucks: line 1 20,000 kg + 20 t, line 2 500 kg; line 1 received 19,900 kg + 20,000 kg
            ShipNotice first = truck(skba, hub, poNumber + "-SH-1");
            var lots = first.addOrder(order.poNumber(), order);
            lots.addLot("L1", 10, "BOX", weights(), null).addItem("1", scrap, Quantity.kilograms("20000"));
            lots.addLot("L2", 1, "BOX", weights(), null).addItem("2", scrap, Quantity.kilograms("500"));
            first.receiveLot(receipt("L1", "19900"), "dock", CLOCK);
            ShipNotice second = truck(skba, hub, poNumber + "-SH-2");
            second.addOrder(order.poNumber(), order).addLot("L3", 10, "BOX", weights(), null)
                    .addItem("1", scrap, Quantity.of("20", UnitOfMeasure.METRIC_TON));
            second.receiveLot(receipt("L3", "20000"), "dock", CLOCK);
            em.persist(first);
            em.persist(second);
            // line 1: a provisional for 20,000 kg, replaced by the final for 39,900 kg x 3.10 = 123,690.00 (approved),
            // less a credit note of 100 kg x 3.10 = 310.00 (open)
            em.persist(invoice(order, scrap, poNumber + "-P", InvoiceType.PROVISIONAL, "USD", "1", "20000", "3.10", false));
            em.persist(invoice(order, scrap, poNumber + "-F", InvoiceType.FINAL, "USD", "1", "39900", "3.10", true));
            Invoice credit = invoice(order, scrap, poNumber + "-CN", InvoiceType.CREDIT_NOTE, "USD", "1", "100", "3.10", false);
            em.persist(credit);
            // line 2: 500 kg x 2.00 = 1,000.00 (approved), a debit note of 500 kg x 0.10 = 50.00 (money only), and 100 kg
            // billed in EUR (an exception of the match: its quantity counts, its money not)
            em.persist(invoice(order, scrap, poNumber + "-2", InvoiceType.COMMERCIAL, "USD", "2", "500", "2.00", true));
            em.persist(invoice(order, scrap, poNumber + "-DN", InvoiceType.DEBIT_NOTE, "USD", "2", "500", "0.10", false));
            em.persist(invoice(order, scrap, poNumber + "-EUR", InvoiceType.COMMERCIAL, "EUR", "2", "100", "1.80", false));
            em.flush();
            return new Documents(order.id(), credit.id());
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void theTotalsAreWorkedOutFromTheDocumentsAsTheReconciliationWorksThemOutLive() {
        long orderId = documents("AE-PO-RT-1").orderId();
        Map<String, LineFigures> figures = MigratedH2.inTransaction(emf, em -> {
            totals(em).refresh(List.of(orderId));
            return figures(em, orderId);
        });
        assertFigures(figures.get("1"), "40", "39.9", "39.8", "39.9", "123380.00", "123690.00");   // t: 20 + 20 shipped; 39.9 - 0.1 invoiced; 123,690 - 310
        assertFigures(figures.get("2"), "500", "0", "600", "500", "1050.00", "1000.00");          // kg: 500 + 100 in EUR; 1,000 + 50

        // the live way (before a backfill is complete) gives the same figures
        Map<String, LineTotals.Totals> live = MigratedH2.inTransaction(emf, em -> {
            ReconciliationQueries queries = queries(em);
            ReconciliationQueries.Scope scope = ReconciliationQueries.Scope.partnerPeriod(partnerId, ORDERED, ORDERED);
            List<Object[]> rows = queries.lines(scope);
            Map<Long, LineTotals.Totals> byId = LineTotals.of(rows.stream().map(ReconciliationQueries::lineOf).toList(), queries.shipped(scope),
                    queries.received(scope), queries.invoiced(scope));
            return rows.stream().filter(row -> row[1].equals(orderId))
                    .collect(Collectors.toMap(row -> (String) row[5], row -> byId.get((Long) row[0])));
        });
        assertThat(figures.get("1").agreeWith(live.get("1"))).isTrue();
        assertThat(figures.get("2").agreeWith(live.get("2"))).isTrue();
    }

    @Test
    void anInvoiceMovingOnIsFollowedAndTheBackfillFillsInOrdersWithoutTotals() {
        Documents documents = documents("AE-PO-RT-2");
        long orderId = documents.orderId();
        MigratedH2.inTransaction(emf, em -> {
            totals(em).refresh(List.of(orderId));
            return null;
        });
        // finance approves the credit note: approved 39.9 - 0.1 = 39.8 t, 123,690 - 310 = 123,380.00
        Map<String, LineFigures> approved = MigratedH2.inTransaction(emf, em -> {
            em.find(Invoice.class, documents.creditNoteId()).approve("agreed short weight", "finance", CLOCK.instant());
            totals(em).refresh(List.of(orderId));
            return figures(em, orderId);
        });
        assertFigures(approved.get("1"), "40", "39.9", "39.8", "39.8", "123380.00", "123380.00");

        // an order written around the writers (a data load): the backfill finds it and completes
        MigratedH2.inTransaction(emf, em -> em.createNativeQuery("DELETE FROM line_figures").executeUpdate()
                + em.createNativeQuery("UPDATE line_figures_backfill SET complete = FALSE, last_order_id = 0").executeUpdate());
        assertThat(complete()).isFalse();
        LineFiguresBackfill backfill = new LineFiguresBackfill();
        int batches = 0;
        while (MigratedH2.inTransaction(emf, em -> {
            MigratedH2.inject(backfill, "queries", queries(em));
            MigratedH2.inject(backfill, "totals", totals(em));
            return backfill.next();
        })) {
            batches++;
        }
        assertThat(batches).isEqualTo(1);
        Map<String, LineFigures> filled = MigratedH2.inTransaction(emf, em -> figures(em, orderId));
        assertFigures(filled.get("1"), "40", "39.9", "39.8", "39.8", "123380.00", "123380.00");
        assertThat(complete()).isTrue();
    }

    private static boolean complete() {
        return MigratedH2.inTransaction(emf, em -> queries(em).figuresComplete());
    }

    private static void assertFigures(LineFigures figures, String shipped, String received, String invoiced, String approved,
                                      String invoicedAmount, String approvedAmount) {
        UnitOfMeasure any = UnitOfMeasure.KILOGRAM;   // agreeWith compares amounts only
        assertThat(figures.agreeWith(new LineTotals.Totals(Quantity.of(shipped, any), Quantity.of(received, any), Quantity.of(invoiced, any),
                Quantity.of(approved, any), Money.of(invoicedAmount, "USD"), Money.of(approvedAmount, "USD"))))
                .as("%s: expected shipped %s, received %s, invoiced %s, approved %s, invoiced %s USD, approved %s USD", figures, shipped, received, invoiced,
                        approved, invoicedAmount, approvedAmount).isTrue();
    }

    /** The figures of the order's lines, by line number. */
    private static Map<String, LineFigures> figures(EntityManager em, long orderId) {
        Map<Long, String> numbers = em.createQuery("SELECT l.id, l.lineNumber FROM PurchaseOrderLine l WHERE l.purchaseOrder.id = :o", Object[].class)
                .setParameter("o", orderId).getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return queries(em).figuresOf(List.of(orderId)).stream().collect(Collectors.toMap(f -> numbers.get(f.lineId()), Function.identity()));
    }

    private static ReconciliationQueries queries(EntityManager em) {
        ReconciliationQueries queries = new ReconciliationQueries();
        MigratedH2.inject(queries, "em", em);
        return queries;
    }

    private static RunningTotals totals(EntityManager em) {
        RunningTotals totals = new RunningTotals();
        MigratedH2.inject(totals, "queries", queries(em));
        return totals;
    }

    private static ShipNotice truck(TradingPartner from, TradingPartner to, String id) {
        return new ShipNotice(id, from, to, OffsetDateTime.of(2026, 11, 5, 8, 0, 0, 0, ZoneOffset.UTC), LocalDate.of(2026, 11, 6),
                new Carrier("ODFL", "Old Dominion", "TRUCK"), "BOL-" + id, weights());
    }

    private static Weights weights() {
        return Weights.ofGrossAndTare(Quantity.kilograms("20500"), Quantity.kilograms("500"));
    }

    private static ReceiptEntry receipt(String lot, String kilograms) {
        return new ReceiptEntry(lot, "1", LocalDate.of(2026, 11, 6), null, Quantity.kilograms(kilograms), null, null, null, null, null, true);
    }

    private static Invoice invoice(PurchaseOrder order, Material scrap, String number, InvoiceType type, String currency, String line,
                                   String kilograms, String price, boolean approve) {
        Invoice invoice = new Invoice(number, order.seller(), order.buyer(), order.poNumber(), order, LocalDate.of(2026, 11, 7), type, currency);
        invoice.addLine("1", line, scrap, Quantity.kilograms(kilograms), Money.of(price, currency), UnitOfMeasure.KILOGRAM);
        if (approve) {
            invoice.approve("checked", "finance", CLOCK.instant());
        }
        return invoice;
    }
}
