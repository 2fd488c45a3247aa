package com.ascendelements.portal.web.reports;

import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.reconciliation.Reconciliation;
import com.ascendelements.portal.reconciliation.ReconciliationLine;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The reconciliation as a PDF (OpenPDF), landscape A4: the PO lines, the totals per currency, the exceptions waiting. */
public final class ReconciliationPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private ReconciliationPdf() {
    }

    public static void write(Reconciliation r, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Reconciliation " + r.partnerName() + " (" + r.partnerCode() + "), orders dated " + r.from()
                    + " to " + r.to(), TITLE));
            document.add(new Paragraph(" ", BODY));

            PdfPTable lines = table(List.of("PO", "Line", "Material", "Side", "Ordered", "Shipped", "Received", "Invoiced", "Approved",
                    "Price", "Invoiced amount", "Accrual", "Invoiced not received"));
            for (ReconciliationLine l : r.lines()) {
                cells(lines, l.poNumber() + " (" + l.orderDate() + ")", l.lineNumber(), l.material(), l.payable() ? "payable" : "receivable",
                        q(l.ordered()), q(l.shipped()), q(l.received()), q(l.invoiced()), q(l.approved()),
                        l.price() + "/" + l.priceUnit().symbol(), m(l.invoicedAmount()), m(l.accrual()), m(l.invoicedNotReceivedAmount()));
            }
            document.add(lines);
            document.add(new Paragraph("Totals", TITLE));
            PdfPTable totals = table(List.of("Currency", "Ordered", "Shipped", "Received", "Invoiced", "Approved", "Accrual",
                    "Invoiced not received"));
            for (Reconciliation.Totals t : r.totals()) {
                cells(totals, t.currency(), m(t.ordered()), m(t.shipped()), m(t.received()), m(t.invoiced()), m(t.approved()),
                        m(t.accrual()), m(t.invoicedNotReceived()));
            }
            document.add(totals);
            document.add(new Paragraph("Exceptions waiting", TITLE));
            PdfPTable waiting = table(List.of("Invoice", "PO", "Status", "Invoice date", "Days waiting", "Total"));
            for (Reconciliation.WaitingInvoice i : r.waiting()) {
                cells(waiting, i.invoiceNumber(), i.poNumber(), i.status(), i.invoiceDate().toString(), String.valueOf(i.ageDays()), m(i.total()));
            }
            document.add(waiting);
        } catch (DocumentException e) {
            throw new IOException("Could not write the reconciliation PDF", e);
        } finally {
            document.close();
        }
    }

    private static PdfPTable table(List<String> headers) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, HEAD))));
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(values[i], BODY));
            if (i > 3) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static String q(Quantity quantity) {
        return quantity.toString();
    }

    private static String m(Money money) {
        return money.rounded().toString();
    }
}
