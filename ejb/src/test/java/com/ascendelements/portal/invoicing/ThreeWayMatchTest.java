package com.ascendelements.portal.invoicing;

import static com.ascendelements.portal.DomainFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.DomainFixtures;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.invoicing.ThreeWayMatch.Allocation;
import com.ascendelements.portal.invoicing.ThreeWayMatch.Arrival;
import com.ascendelements.portal.invoicing.ThreeWayMatch.LineMatch;
import com.ascendelements.portal.invoicing.ThreeWayMatch.Shipment;
import com.ascendelements.portal.invoicing.ThreeWayMatch.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import com.ascendelements.portal.shipping.LotReceipt;
import com.ascendelements.portal.shipping.ReceiptEntry;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.Weights;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the three-way match. The hub orders 60,000 kg of black mass from a supplier at 3.10 USD/kg on a
 * contract with 2 % quantity and 0.5 % price tolerance. It comes on three trucks (bill of lading BOL-1..3, lots L1..L3,
 * 20,000 kg each); the dock received 20,000 kg, 19,900 kg and 20,000 kg.
 */
class ThreeWayMatchTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Terms CONTRACT = new Terms(new BigDecimal("2"), new BigDecimal("0.5"), null);

    private final TradingPartner supplier = DomainFixtures.supplier();
    private final Material blackMass = DomainFixtures.scrap();
    private final PurchaseOrder order = PurchaseOrder.place("AE-PO-1", DomainFixtures.hub(), supplier, null, DAY, "USD", "buyer", CLOCK);
    private final List<Shipment> trucks = List.of(truck(1), truck(2), truck(3));
    private int invoices;

    ThreeWayMatchTest() {
        order.addLine("1", blackMass, Quantity.kilograms("60000"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM, null, null);
    }

    private static Shipment truck(int n) {
        return new Shipment("1", Quantity.kilograms("20000"), Set.of("SH-" + n, "BOL-" + n, "L" + n));
    }

    /** Receipt n of truck n, and what other invoices billed of it. */
    private static Arrival received(int n, String kilograms, String billedElsewhere) {
        return new Arrival(n, "1", DAY.plusDays(n), Quantity.kilograms(kilograms), Set.of("SH-" + n, "BOL-" + n, "L" + n),
                Quantity.kilograms(billedElsewhere));
    }

    private static List<Arrival> allReceived(String billed1, String billed2, String billed3) {
        return List.of(received(1, "20000", billed1), received(2, "19900", billed2), received(3, "20000", billed3));
    }

    private Invoice invoice(String kilograms, String pricePerKg, String... references) {
        Invoice invoice = new Invoice("INV-" + (++invoices), supplier, DomainFixtures.hub(), "AE-PO-1", order, DAY.plusDays(5),
                InvoiceType.COMMERCIAL, "USD");
        invoice.addLine("1", "1", blackMass, Quantity.kilograms(kilograms), Money.of(pricePerKg, "USD"), UnitOfMeasure.KILOGRAM);
        for (String reference : references) {
            invoice.referToShipment(reference);
        }
        return invoice;
    }

    private LineMatch match(Invoice invoice, List<Arrival> arrivals) {
        return match(invoice, CONTRACT, arrivals, Map.of());
    }

    private LineMatch match(Invoice invoice, Terms terms, List<Arrival> arrivals, Map<String, Quantity> invoicedBefore) {
        return new ThreeWayMatch(order, terms, trucks, arrivals, invoicedBefore, Set.of(), false).match(invoice).get(0);
    }

    @Test
    void threeTrucksAndThreeInvoicesEachInvoiceMatchesItsOwnTruck() {
        // the invoices arrive out of order; each names its bill of lading, so each bills its own truck's receipt
        LineMatch third = match(invoice("20000", "3.10", "BOL-3"), allReceived("0", "0", "0"));
        assertThat(third.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(third.allocations()).containsExactly(new Allocation(3, Quantity.kilograms("20000")));

        LineMatch first = match(invoice("20000", "3.10", "BOL-1"), allReceived("0", "0", "20000"));
        assertThat(first.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(first.allocations()).containsExactly(new Allocation(1, Quantity.kilograms("20000")));

        // truck 2: 20,000 kg billed, 19,900 kg received: 100 kg short = 0.50 % of 19,900 kg, inside the 2 %;
        // the difference is 100 kg x 3.10 USD = 310.00 USD
        LineMatch second = match(invoice("20000", "3.10", "BOL-2"), allReceived("20000", "0", "20000"));
        assertThat(second.status()).isEqualTo(MatchStatus.WITHIN_TOLERANCE);
        assertThat(second.allocations()).containsExactly(new Allocation(2, Quantity.kilograms("19900")));
        assertThat(second.matched()).isEqualTo(Quantity.kilograms("19900"));
        assertThat(second.received()).isEqualTo(Quantity.kilograms("59900"));  // on the PO line: 20,000 + 19,900 + 20,000
        assertThat(second.shipped()).isEqualTo(Quantity.kilograms("60000"));
        assertThat(second.difference()).isEqualTo(Money.of("310.00", "USD"));
    }

    @Test
    void withoutReferencesAnInvoiceBillsWhatIsNotYetInvoicedOldestFirstNeverTheFirstReceiptAgain() {
        // truck 1 was billed by an earlier invoice: this one takes truck 2 (19,900 kg) and 100 kg of truck 3
        LineMatch match = match(invoice("20000", "3.10"), allReceived("20000", "0", "0"));
        assertThat(match.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(match.allocations()).containsExactly(new Allocation(2, Quantity.kilograms("19900")),
                new Allocation(3, Quantity.kilograms("100")));
    }

    @Test
    void anInvoiceThatNamesNoTruckLeavesTheTrucksOtherInvoicesNameToThem() {
        // another invoice names BOL-1 (not matched yet): this one takes truck 2 (19,900 kg) and 100 kg of truck 3
        LineMatch match = new ThreeWayMatch(order, CONTRACT, trucks, allReceived("0", "0", "0"), Map.of(), Set.of("BOL-1"), false)
                .match(invoice("20000", "3.10")).get(0);
        assertThat(match.allocations()).containsExactly(new Allocation(2, Quantity.kilograms("19900")),
                new Allocation(3, Quantity.kilograms("100")));
        // every truck named by another invoice: nothing left for it to bill, though all arrived
        LineMatch nothingLeft = new ThreeWayMatch(order, CONTRACT, trucks, allReceived("0", "0", "0"), Map.of(),
                Set.of("BOL-1", "BOL-2", "BOL-3"), false).match(invoice("5000", "3.10")).get(0);
        assertThat(nothingLeft.reasons()).containsExactly(MatchReason.OVER_INVOICED);
    }

    @Test
    void anotherMaterialThanThePoLinesIsAnUnknownPoLine() {
        Invoice other = new Invoice("INV-M", supplier, DomainFixtures.hub(), "AE-PO-1", order, DAY, InvoiceType.COMMERCIAL, "USD");
        other.addLine("1", "1", DomainFixtures.cam(), Quantity.kilograms("100"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM);
        assertThat(match(other, allReceived("0", "0", "0")).reasons()).containsExactly(MatchReason.UNKNOWN_PO_LINE);
    }

    @Test
    void billingLessThanArrivedIsNoDifferenceAgainstTheAmountTolerance() {
        // truck 2 billed 20,000 kg at 3.00: 100 kg short (inside 2 %), and 60,000 - 19,900 x 3.10 = -1,690.00 USD:
        // the seller billed less, which the 250 USD cap does not count against it
        Terms capped = new Terms(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("250"));
        LineMatch match = match(invoice("20000", "3.00", "BOL-2"), capped, allReceived("0", "0", "0"), Map.of());
        assertThat(match.difference()).isEqualTo(Money.of("-1690.00", "USD"));
        assertThat(match.status()).isEqualTo(MatchStatus.WITHIN_TOLERANCE);
    }

    @Test
    void aLineBillsMoreThanZero() {
        Invoice invoice = new Invoice("INV-Z", supplier, DomainFixtures.hub(), "AE-PO-1", order, DAY, InvoiceType.COMMERCIAL, "USD");
        assertThatThrownBy(() -> invoice.addLine("1", "1", blackMass, Quantity.kilograms("0"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM))
                .hasMessageContaining("more than zero");
        assertThatThrownBy(() -> invoice.addLine("1", "1", blackMass, Quantity.kilograms("-5"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM))
                .hasMessageContaining("more than zero");
    }

    @Test
    void referencesThatNameNoShipmentOfTheOrderFallBackToOldestFirst() {
        LineMatch match = match(invoice("20000", "3.10", "SOMETHING-ELSE"), allReceived("0", "0", "0"));
        assertThat(match.allocations()).containsExactly(new Allocation(1, Quantity.kilograms("20000")));
    }

    @Test
    void anInvoiceForATruckThatHasNotArrivedIsNotYetReceivedEvenWhenOtherTrucksHave() {
        List<Arrival> firstTwo = List.of(received(1, "20000", "0"), received(2, "19900", "0"));
        LineMatch match = match(invoice("20000", "3.10", "BOL-3"), firstTwo);
        assertThat(match.status()).isEqualTo(MatchStatus.EXCEPTION);
        assertThat(match.reasons()).containsExactly(MatchReason.NOT_YET_RECEIVED);
        assertThat(match.allocations()).isEmpty();
        assertThat(match.difference()).isEqualTo(Money.of("62000.00", "USD"));  // 20,000 kg x 3.10, nothing received
    }

    @Test
    void quantityToleranceJustInsideAndJustOutside() {
        // truck 1: 20,000 kg received; 2 % of it is 400 kg
        List<Arrival> one = List.of(received(1, "20000", "0"));
        assertThat(match(invoice("20400", "3.10", "BOL-1"), one).status()).isEqualTo(MatchStatus.WITHIN_TOLERANCE);
        LineMatch beyond = match(invoice("20400.5", "3.10", "BOL-1"), one);
        assertThat(beyond.status()).isEqualTo(MatchStatus.EXCEPTION);
        assertThat(beyond.reasons()).containsExactly(MatchReason.QUANTITY_ABOVE_RECEIVED);
        assertThat(beyond.difference()).isEqualTo(Money.of("1241.55", "USD"));  // 400.5 kg x 3.10 = 1,241.55
    }

    @Test
    void priceToleranceJustInsideAndJustOutside() {
        // 3.10 USD/kg + 0.5 % = 3.1155 USD/kg
        List<Arrival> one = List.of(received(1, "20000", "0"));
        assertThat(match(invoice("20000", "3.1155", "BOL-1"), one).status()).isEqualTo(MatchStatus.WITHIN_TOLERANCE);
        LineMatch above = match(invoice("20000", "3.1156", "BOL-1"), one);
        assertThat(above.reasons()).containsExactly(MatchReason.PRICE_ABOVE_CONTRACT);
        assertThat(above.invoicePrice()).isEqualTo(Money.of("3.1156", "USD"));
        assertThat(above.contractPrice()).isEqualTo(Money.of("3.10", "USD"));
        assertThat(above.difference()).isEqualTo(Money.of("312.00", "USD"));  // 20,000 kg x 0.0156 USD
        // a lower price is no difference to chase
        assertThat(match(invoice("20000", "3.00", "BOL-1"), one).status()).isEqualTo(MatchStatus.MATCHED);
    }

    @Test
    void aPriceInAnotherUnitIsComparedPerThePoLinesPriceUnit() {
        Invoice perTonne = new Invoice("INV-T", supplier, DomainFixtures.hub(), "AE-PO-1", order, DAY.plusDays(5), InvoiceType.COMMERCIAL, "USD");
        // 20 t at 3,100 USD/t is 20,000 kg at 3.10 USD/kg
        perTonne.addLine("1", "1", blackMass, Quantity.of("20", UnitOfMeasure.METRIC_TON), Money.of("3100", "USD"), UnitOfMeasure.METRIC_TON);
        LineMatch match = match(perTonne, List.of(received(1, "20000", "0")));
        assertThat(match.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(match.invoiced()).isEqualTo(Quantity.kilograms("20000"));
        assertThat(match.difference()).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void theContractsAbsoluteAmountCapsWhatThePercentagesWouldTolerate() {
        // truck 2 again: 0.50 % short is inside 2 %, but the 310.00 USD it costs is above a 250 USD cap
        Terms capped = new Terms(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("250"));
        LineMatch match = match(invoice("20000", "3.10", "BOL-2"), capped, allReceived("0", "0", "0"), Map.of());
        assertThat(match.reasons()).containsExactly(MatchReason.QUANTITY_ABOVE_RECEIVED);
        Terms wider = new Terms(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("310"));
        assertThat(match(invoice("20000", "3.10", "BOL-2"), wider, allReceived("0", "0", "0"), Map.of()).status())
                .isEqualTo(MatchStatus.WITHIN_TOLERANCE);
    }

    @Test
    void anOverInvoiceAcrossTwoInvoicesIsCaughtCumulatively() {
        // the first invoice billed 45,000 kg and took truck 1, truck 2 and 5,100 kg of truck 3;
        // the second bills 20,000 kg: 65,000 kg against 60,000 kg ordered (61,200 kg with the 2 %), and only
        // 14,900 kg of what arrived is not billed yet
        Map<String, Quantity> before = Map.of("1", Quantity.kilograms("45000"));
        LineMatch second = match(invoice("20000", "3.10"), CONTRACT, allReceived("20000", "19900", "5100"), before);
        assertThat(second.status()).isEqualTo(MatchStatus.EXCEPTION);
        assertThat(second.reasons()).containsExactly(MatchReason.OVER_INVOICED);
        assertThat(second.matched()).isEqualTo(Quantity.kilograms("14900"));
        assertThat(second.invoicedBefore()).isEqualTo(Quantity.kilograms("45000"));
    }

    @Test
    void whatIsBilledBeyondTheReceiptsWhenAllArrivedIsOverInvoicedNotShort() {
        // every kilogram that arrived (59,900 kg) is billed; 10,000 kg more cannot be billed again
        LineMatch match = match(invoice("10000", "3.10"), CONTRACT, allReceived("20000", "19900", "20000"),
                Map.of("1", Quantity.kilograms("59900")));
        assertThat(match.reasons()).containsExactly(MatchReason.OVER_INVOICED);
        assertThat(match.allocations()).isEmpty();
    }

    @Test
    void unknownLinesOtherCurrenciesAndDuplicatesAreExceptionsWithTheirReason() {
        Invoice unknownLine = new Invoice("INV-U", supplier, DomainFixtures.hub(), "AE-PO-1", order, DAY, InvoiceType.COMMERCIAL, "USD");
        unknownLine.addLine("1", "9", blackMass, Quantity.kilograms("100"), Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM);
        assertThat(match(unknownLine, allReceived("0", "0", "0")).reasons()).containsExactly(MatchReason.UNKNOWN_PO_LINE);

        Invoice euros = new Invoice("INV-E", supplier, DomainFixtures.hub(), "AE-PO-1", order, DAY, InvoiceType.COMMERCIAL, "EUR");
        euros.addLine("1", "1", blackMass, Quantity.kilograms("20000"), Money.of("2.90", "EUR"), UnitOfMeasure.KILOGRAM);
        assertThat(match(euros, allReceived("0", "0", "0")).reasons()).containsExactly(MatchReason.CURRENCY_DIFFERS);

        LineMatch duplicate = new ThreeWayMatch(order, CONTRACT, trucks, allReceived("0", "0", "0"), Map.of(), Set.of(), true)
                .match(invoice("20000", "3.10", "BOL-1")).get(0);
        assertThat(duplicate.reasons()).containsExactly(MatchReason.DUPLICATE_INVOICE);

        LineMatch noOrder = new ThreeWayMatch(null, Terms.NONE, List.of(), List.of(), Map.of(), Set.of(), false)
                .match(invoice("20000", "3.10")).get(0);
        assertThat(noOrder.reasons()).containsExactly(MatchReason.UNKNOWN_PURCHASE_ORDER);
    }

    @Test
    void aMatchedInvoiceIsApprovedWithoutAPersonAnExceptionWaitsForFinance() {
        Invoice matched = invoice("20000", "3.10", "BOL-1");
        matched.recordMatch(new ThreeWayMatch(order, CONTRACT, trucks, allReceived("0", "0", "0"), Map.of(), Set.of(), false).match(matched),
                receipts(), CLOCK.instant());
        assertThat(matched.status()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(matched.matchStatus()).contains(MatchStatus.MATCHED);
        assertThat(matched.decidedBy()).contains("three-way match");
        assertThatThrownBy(() -> matched.recordMatch(List.of(), receipts(), CLOCK.instant())).hasMessageContaining("not matched again");

        Invoice early = invoice("20000", "3.10", "BOL-3");
        early.recordMatch(new ThreeWayMatch(order, CONTRACT, trucks, List.of(), Map.of(), Set.of(), false).match(early), receipts(), CLOCK.instant());
        assertThat(early.status()).isEqualTo(InvoiceStatus.EXCEPTION);
        assertThat(early.lines().get(0).matchReasons()).containsExactly(MatchReason.NOT_YET_RECEIVED);
        // truck 3 arrives: matched again, approved
        early.recordMatch(new ThreeWayMatch(order, CONTRACT, trucks, allReceived("0", "0", "0"), Map.of(), Set.of(), false).match(early),
                receipts(), CLOCK.instant());
        assertThat(early.status()).isEqualTo(InvoiceStatus.APPROVED);
        assertThat(early.lines().get(0).matched()).isEqualTo(Quantity.kilograms("20000"));
    }

    @Test
    void financeApprovesHoldsOrDisputesAnExceptionWithAReason() {
        Invoice exception = invoice("20000", "3.50", "BOL-1");
        exception.recordMatch(new ThreeWayMatch(order, CONTRACT, trucks, allReceived("0", "0", "0"), Map.of(), Set.of(), false).match(exception),
                receipts(), CLOCK.instant());
        assertThat(exception.status()).isEqualTo(InvoiceStatus.EXCEPTION);
        assertThatThrownBy(() -> exception.approve(" ", "finance", CLOCK.instant())).hasMessageContaining("reason");
        exception.hold("asking the supplier for the weighbridge ticket", "finance", CLOCK.instant());
        assertThat(exception.status()).isEqualTo(InvoiceStatus.HELD);
        assertThatThrownBy(() -> exception.hold("again", "finance", CLOCK.instant())).hasMessageContaining("cannot be held");
        exception.dispute("price 3.50 USD/kg, contract 3.10 USD/kg", "finance", CLOCK.instant());
        assertThat(exception.status()).isEqualTo(InvoiceStatus.DISPUTED);
        assertThat(exception.decisionReason()).contains("price 3.50 USD/kg, contract 3.10 USD/kg");
        assertThatThrownBy(() -> exception.approve("changed my mind", "finance", CLOCK.instant())).hasMessageContaining("cannot be approved");
    }

    /** The receipt entity an allocation links to (one of a small ship notice: the figures come from the arrivals). */
    private static java.util.function.Function<Long, LotReceipt> receipts() {
        ShipNotice notice = new ShipNotice("SH-1", DomainFixtures.supplier(), DomainFixtures.hub(),
                OffsetDateTime.of(DAY.atTime(8, 0), ZoneOffset.UTC), null, null, "BOL-1",
                Weights.ofGrossAndTare(Quantity.kilograms("20500"), Quantity.kilograms("500")));
        notice.addOrder("AE-PO-1", null).addLot("L1", 20, "BOX", Weights.ofGrossAndTare(Quantity.kilograms("20500"),
                Quantity.kilograms("500")), null).addItem("1", DomainFixtures.scrap(), Quantity.kilograms("20000"));
        LotReceipt receipt = notice.receiveLot(new ReceiptEntry("L1", "1", DAY.plusDays(1), "TRUCK-1", Quantity.kilograms("20000"),
                null, null, null, null, null, true), "dock", CLOCK);
        return id -> receipt;
    }
}
