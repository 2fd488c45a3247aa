package com.ascendelements.portal.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * The exporters of the lists' download buttons. The CSV one neutralises formula injection: a cell from partner data
 * that starts with =, +, -, @, a tab or a carriage return (what a spreadsheet takes for a formula) is written with a
 * leading apostrophe, as OWASP recommends, unless it is a plain number (-12.5 stays a number).
 */
@Named("listExports")
@ApplicationScoped
public class ListExports {

    /** A new exporter per download: an exporter holds the document it writes. */
    public DataTableCSVExporter getCsv() {
        return new FormulaSafeCsvExporter();
    }

    /** @return the text as a spreadsheet must show it, never as a formula */
    static String neutralised(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        try {
            new BigDecimal(text.strip());
            return text;  // a negative number, not a formula
        } catch (NumberFormatException notANumber) {
            return "'" + text;
        }
    }

    private static final class FormulaSafeCsvExporter extends DataTableCSVExporter {
        @Override
        protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
            super.exportCellValue(context, table, column, value.isStringValue() ? ColumnValue.of(neutralised((String) value.getValue())) : value,
                    index);
        }
    }
}
