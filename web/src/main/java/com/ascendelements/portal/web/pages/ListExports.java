package com.ascendelements.portal.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * The lists' CSV download neutralises formula injection: a cell from partner data that starts with =, +, -, @, a tab
 * or a carriage return (what a spreadsheet takes for a formula) is written with a leading apostrophe, as OWASP
 * recommends, unless it is a plain number (-12.5 stays a number). PrimeFaces picks its exporters from a registry by
 * type: on start the formula-safe one takes the place of its "csv" exporter, for every list.
 */
@ApplicationScoped
public class ListExports {

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
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

    /** PrimeFaces' CSV exporter with every text cell neutralised; PrimeFaces creates one per download. */
    public static final class FormulaSafeCsvExporter extends DataTableCSVExporter {
        @Override
        protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
            super.exportCellValue(context, table, column, value.isStringValue() ? ColumnValue.of(neutralised((String) value.getValue())) : value,
                    index);
        }
    }
}
