package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One invoice with its lines and match status. */
@Named("invoicePage")
@ViewScoped
public class InvoicePage extends DetailPage<Invoice> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InvoiceService invoices;

    @Override
    protected Invoice find(long id) {
        return invoices.get(id);
    }
}
