package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.reconciliation.Reconciliation;
import com.ascendelements.portal.reconciliation.ReconciliationLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A reconciliation as the API shows it: every figure a number, quantities in the PO line's unit, money per currency. */
public record ReconciliationView(String partner, String partnerName, LocalDate from, LocalDate to, int lineCount, int first,
                                 List<Line> lines, List<Totals> totals, List<Band> ageing, List<Waiting> waiting) {

    public record Line(String poNumber, LocalDate orderDate, String lineNumber, String material, String side, String unit,
                       BigDecimal ordered, BigDecimal shipped, BigDecimal received, BigDecimal invoiced, BigDecimal approved,
                       BigDecimal receivedNotInvoiced, BigDecimal invoicedNotReceived, BigDecimal price, String currency, String priceUnit,
                       BigDecimal orderedAmount, BigDecimal receivedAmount, BigDecimal invoicedAmount, BigDecimal approvedAmount,
                       BigDecimal accrual, BigDecimal invoicedNotReceivedAmount) {
        static Line of(ReconciliationLine l) {
            return new Line(l.poNumber(), l.orderDate(), l.lineNumber(), l.material(), l.payable() ? "PAYABLE" : "RECEIVABLE",
                    l.ordered().unit().symbol(), l.ordered().amount(), l.shipped().amount(), l.received().amount(), l.invoiced().amount(),
                    l.approved().amount(), l.receivedNotInvoiced().amount(), l.invoicedNotReceived().amount(), l.price().amount(),
                    l.price().currency(), l.priceUnit().symbol(), l.orderedAmount().amount(), l.receivedAmount().amount(),
                    l.invoicedAmount().amount(), l.approvedAmount().amount(), l.accrual().amount(), l.invoicedNotReceivedAmount().amount());
        }
    }

    public record Totals(String currency, BigDecimal ordered, BigDecimal shipped, BigDecimal received, BigDecimal invoiced,
                         BigDecimal approved, BigDecimal accrual, BigDecimal invoicedNotReceived) {
    }

    public record Band(String label, long count, Map<String, BigDecimal> amount) {
    }

    public record Waiting(long id, String invoiceNumber, String poNumber, String status, LocalDate invoiceDate, long ageDays,
                          BigDecimal total, String currency) {
    }

    /** The whole period's totals, ageing and waiting invoices, and one page of its lines. */
    static ReconciliationView of(Reconciliation r, PageRequest page) {
        int count = r.lines().size();
        List<Line> lines = r.lines().subList(Math.min(page.first(), count), Math.min(count, page.first() + page.max())).stream().map(Line::of).toList();
        return new ReconciliationView(r.partnerCode(), r.partnerName(), r.from(), r.to(), count, page.first(), lines,
                r.totals().stream().map(t -> new Totals(t.currency(), t.ordered().amount(), t.shipped().amount(), t.received().amount(),
                        t.invoiced().amount(), t.approved().amount(), t.accrual().amount(), t.invoicedNotReceived().amount())).toList(),
                r.ageing().stream().map(b -> {
                    Map<String, BigDecimal> amounts = new TreeMap<>();
                    b.amount().forEach((currency, money) -> amounts.put(currency, money.rounded().amount()));
                    return new Band(b.label(), b.count(), amounts);
                }).toList(),
                r.waiting().stream().map(w -> new Waiting(w.id(), w.invoiceNumber(), w.poNumber(), w.status(), w.invoiceDate(), w.ageDays(),
                        w.total().amount(), w.total().currency())).toList());
    }
}
