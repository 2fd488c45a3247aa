package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.common.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A partner's reconciliation for a period (orders dated in it): its PO lines, the totals per currency, and the invoice
 * exceptions still waiting, by age.
 */
public record Reconciliation(String partnerCode, String partnerName, LocalDate from, LocalDate to, List<ReconciliationLine> lines,
                             List<Totals> totals, List<WaitingInvoice> waiting) {

    /** The totals added up once, here: a partner's year is a hundred thousand lines, and a page shows them several times. */
    public Reconciliation(String partnerCode, String partnerName, LocalDate from, LocalDate to, List<ReconciliationLine> lines,
                          List<WaitingInvoice> waiting) {
        this(partnerCode, partnerName, from, to, lines, totalsOf(lines), waiting);
    }

    /** An invoice in finance's hands (an exception, held or disputed) and how many days since it was invoiced. */
    public record WaitingInvoice(long id, String invoiceNumber, String poNumber, String status, LocalDate invoiceDate, long ageDays,
                                 Money total) {
    }

    /** The money columns summed over the lines of one currency. */
    public record Totals(String currency, Money ordered, Money shipped, Money received, Money invoiced, Money approved, Money accrual,
                         Money invoicedNotReceived) {
    }

    /** Waiting invoices in one age band. */
    public record AgeingBand(String label, long count, Map<String, Money> amount) {
        /** The amounts as a person reads them, one per currency; a dash when none. */
        public String amounts() {
            return amount.isEmpty() ? "—" : String.join(", ", amount.values().stream().map(m -> m.rounded().toString()).toList());
        }
    }

    /** The ages finance reports exceptions by, in days since the invoice date. */
    static final List<long[]> BANDS = List.of(new long[] {0, 7}, new long[] {8, 30}, new long[] {31, 60}, new long[] {61, Long.MAX_VALUE});

    private static List<Totals> totalsOf(List<ReconciliationLine> lines) {
        Map<String, List<ReconciliationLine>> byCurrency = new TreeMap<>();
        lines.forEach(l -> byCurrency.computeIfAbsent(l.price().currency(), c -> new java.util.ArrayList<>()).add(l));
        return byCurrency.entrySet().stream().map(e -> new Totals(e.getKey(), sum(e, ReconciliationLine::orderedAmount),
                sum(e, ReconciliationLine::shippedAmount), sum(e, ReconciliationLine::receivedAmount), sum(e, ReconciliationLine::invoicedAmount),
                sum(e, ReconciliationLine::approvedAmount), sum(e, ReconciliationLine::accrual),
                sum(e, ReconciliationLine::invoicedNotReceivedAmount))).toList();
    }

    public List<AgeingBand> ageing() {
        return BANDS.stream().map(band -> {
            List<WaitingInvoice> in = waiting.stream().filter(w -> w.ageDays() >= band[0] && w.ageDays() <= band[1]).toList();
            Map<String, Money> amounts = new TreeMap<>();
            in.forEach(w -> amounts.merge(w.total().currency(), w.total(), Money::plus));
            String label = band[1] == Long.MAX_VALUE ? "over " + (band[0] - 1) + " days" : band[0] + "–" + band[1] + " days";
            return new AgeingBand(label, in.size(), amounts);
        }).toList();
    }

    private static Money sum(Map.Entry<String, List<ReconciliationLine>> lines, Function<ReconciliationLine, Money> column) {
        return lines.getValue().stream().map(column).reduce(Money.zero(lines.getKey()), Money::plus).rounded();
    }
}
