package com.ascendelements.portal.web.reports;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.reconciliation.Reconciliation;
import com.ascendelements.portal.reconciliation.ReconciliationLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reconciliation as an Excel workbook (Apache POI): a sheet of PO lines with every figure as a number finance can
 * sum, the totals per currency, and the exceptions waiting with their age.
 */
public final class ReconciliationWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> LINE_HEADERS = List.of("PO", "Order date", "Line", "Material", "Side", "Unit", "Ordered", "Shipped",
            "Received", "Invoiced", "Approved", "Received not invoiced", "Invoiced not received", "Price", "Currency", "Per",
            "Ordered amount", "Received amount", "Invoiced amount", "Approved amount", "Accrual", "Invoiced not received amount");

    private ReconciliationWorkbook() {
    }

    public static void write(Reconciliation r, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet lines = book.createSheet("Reconciliation");
            text(lines.createRow(0), 0, "Reconciliation " + r.partnerName() + " (" + r.partnerCode() + "), orders dated " + r.from()
                    + " to " + r.to(), bold);
            header(lines.createRow(2), LINE_HEADERS, bold);
            int at = 3;
            for (ReconciliationLine l : r.lines()) {
                Row row = lines.createRow(at++);
                int c = 0;
                text(row, c++, l.poNumber(), null);
                text(row, c++, l.orderDate().toString(), null);
                text(row, c++, l.lineNumber(), null);
                text(row, c++, l.material(), null);
                text(row, c++, l.payable() ? "payable" : "receivable", null);
                text(row, c++, l.ordered().unit().symbol(), null);
                for (BigDecimal figure : List.of(l.ordered().amount(), l.shipped().amount(), l.received().amount(), l.invoiced().amount(),
                        l.approved().amount(), l.receivedNotInvoiced().amount(), l.invoicedNotReceived().amount(), l.price().amount())) {
                    number(row, c++, figure);
                }
                text(row, c++, l.price().currency(), null);
                text(row, c++, l.priceUnit().symbol(), null);
                for (Money amount : List.of(l.orderedAmount(), l.receivedAmount(), l.invoicedAmount(), l.approvedAmount(), l.accrual(),
                        l.invoicedNotReceivedAmount())) {
                    number(row, c++, amount.amount());
                }
            }
            at++;
            header(lines.createRow(at++), List.of("Totals", "Ordered", "Shipped", "Received", "Invoiced", "Approved", "Accrual",
                    "Invoiced not received"), bold);
            for (Reconciliation.Totals t : r.totals()) {
                Row row = lines.createRow(at++);
                text(row, 0, t.currency(), bold);
                int c = 1;
                for (Money amount : List.of(t.ordered(), t.shipped(), t.received(), t.invoiced(), t.approved(), t.accrual(), t.invoicedNotReceived())) {
                    number(row, c++, amount.amount());
                }
            }

            Sheet waiting = book.createSheet("Exceptions waiting");
            header(waiting.createRow(0), List.of("Invoice", "PO", "Status", "Invoice date", "Days waiting", "Total", "Currency"), bold);
            int w = 1;
            for (Reconciliation.WaitingInvoice i : r.waiting()) {
                Row row = waiting.createRow(w++);
                text(row, 0, i.invoiceNumber(), null);
                text(row, 1, i.poNumber(), null);
                text(row, 2, i.status(), null);
                text(row, 3, i.invoiceDate().toString(), null);
                number(row, 4, BigDecimal.valueOf(i.ageDays()));
                number(row, 5, i.total().amount());
                text(row, 6, i.total().currency(), null);
            }
            for (int c = 0; c < LINE_HEADERS.size(); c++) {
                lines.setColumnWidth(c, 14 * 256);
            }
            book.write(out);
        }
    }

    private static void header(Row row, List<String> names, CellStyle style) {
        for (int c = 0; c < names.size(); c++) {
            text(row, c, names.get(c), style);
        }
    }

    /** Text as text: a partner's PO number like "=1+1" stays a string, never a formula. */
    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        row.createCell(column).setCellValue(value.doubleValue());
    }
}
