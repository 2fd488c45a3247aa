package com.ascendelements.portal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciliation's arithmetic, worked by hand beside each figure. */
class ReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    /** 60 t ordered at 3.10 USD/kg; 60 t shipped, 59.9 t received, 40 t invoiced for 124,000 USD, 20 t of it approved. */
    private static ReconciliationLine scrap() {
        return new ReconciliationLine("AE-PO-1", DAY, "1", "ES-NMC-AL", true, Money.of("3.10", "USD"), UnitOfMeasure.KILOGRAM,
                Quantity.of("60", UnitOfMeasure.METRIC_TON), Quantity.of("60", UnitOfMeasure.METRIC_TON), Quantity.of("59.9", UnitOfMeasure.METRIC_TON),
                Quantity.of("40", UnitOfMeasure.METRIC_TON), Quantity.of("20", UnitOfMeasure.METRIC_TON), Money.of("124000", "USD"), Money.of("62000", "USD"));
    }

    /** 1,000 kg sold at 28.50 USD/kg, nothing received yet, all of it invoiced. */
    private static ReconciliationLine cam() {
        return new ReconciliationLine("ECO-1", DAY, "1", "CAM-NMC811", false, Money.of("28.50", "USD"), UnitOfMeasure.KILOGRAM,
                Quantity.kilograms("1000"), Quantity.kilograms("1000"), Quantity.kilograms("0"), Quantity.kilograms("1000"),
                Quantity.kilograms("0"), Money.of("28500", "USD"), Money.of("0", "USD"));
    }

    @Test
    void aLineValuesEachStageAtTheOrdersPriceAndSplitsWhatIsAccruedFromWhatIsBilledAhead() {
        ReconciliationLine line = scrap();
        assertThat(line.orderedAmount()).isEqualTo(Money.of("186000.00", "USD"));       // 60,000 kg x 3.10
        assertThat(line.receivedAmount()).isEqualTo(Money.of("185690.00", "USD"));      // 59,900 kg x 3.10
        assertThat(line.receivedNotInvoiced()).isEqualTo(Quantity.of("19.9", UnitOfMeasure.METRIC_TON));  // 59.9 t - 40 t
        assertThat(line.accrual()).isEqualTo(Money.of("61690.00", "USD"));              // 19,900 kg x 3.10
        assertThat(line.invoicedNotReceived().isPositive()).isFalse();
        ReconciliationLine ahead = cam();
        assertThat(ahead.invoicedNotReceived()).isEqualTo(Quantity.kilograms("1000"));
        assertThat(ahead.invoicedNotReceivedAmount()).isEqualTo(Money.of("28500.00", "USD"));
        assertThat(ahead.accrual()).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void totalsAddTheLinesPerCurrencyAndExceptionsAreBandedByAge() {
        Reconciliation r = new Reconciliation("SKBA", "SK Battery America", DAY, DAY.plusMonths(1), List.of(scrap(), cam()), List.of(
                new Reconciliation.WaitingInvoice(1, "INV-1", "AE-PO-1", "EXCEPTION", DAY, 3, Money.of("100", "USD")),
                new Reconciliation.WaitingInvoice(2, "INV-2", "AE-PO-1", "HELD", DAY, 8, Money.of("200", "USD")),
                new Reconciliation.WaitingInvoice(3, "INV-3", "AE-PO-1", "DISPUTED", DAY, 30, Money.of("300", "USD")),
                new Reconciliation.WaitingInvoice(4, "INV-4", "AE-PO-1", "EXCEPTION", DAY, 61, Money.of("400", "USD"))));
        Reconciliation.Totals usd = r.totals().get(0);
        assertThat(usd.ordered()).isEqualTo(Money.of("214500.00", "USD"));      // 186,000 + 28,500
        assertThat(usd.invoiced()).isEqualTo(Money.of("152500.00", "USD"));     // 124,000 + 28,500
        assertThat(usd.approved()).isEqualTo(Money.of("62000.00", "USD"));
        assertThat(usd.accrual()).isEqualTo(Money.of("61690.00", "USD"));
        assertThat(usd.invoicedNotReceived()).isEqualTo(Money.of("28500.00", "USD"));
        assertThat(r.ageing()).extracting(Reconciliation.AgeingBand::count).containsExactly(1L, 2L, 0L, 1L);
        assertThat(r.ageing().get(1).amounts()).isEqualTo("500 USD");        // 200 + 300, 8 and 30 days
        assertThat(r.ageing().get(2).amounts()).isEqualTo("—");
        assertThat(r.ageing().get(3).label()).isEqualTo("over 60 days");
    }
}
