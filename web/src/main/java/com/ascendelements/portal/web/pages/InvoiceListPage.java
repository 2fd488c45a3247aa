package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceService;
import com.ascendelements.portal.invoicing.InvoiceStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The invoice list with its match status. */
@Named("invoiceList")
@ViewScoped
public class InvoiceListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InvoiceService invoices;

    private String text;
    private InvoiceStatus status;
    private PageModel<Invoice> model;

    @PostConstruct
    void init() {
        model = new PageModel<>((page, filters) -> invoices.search(text, status, page), Invoice::id);
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public PageModel<Invoice> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public InvoiceStatus getStatus() { return status; }
    public void setStatus(InvoiceStatus status) { this.status = status; }
}
