package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceService;
import com.ascendelements.portal.invoicing.InvoiceStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One invoice with its lines, their three-way match, and finance's decision on an exception. */
@Named("invoicePage")
@ViewScoped
public class InvoicePage extends DetailPage<Invoice> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InvoiceService invoices;

    @Inject
    private CallerBean caller;

    private String reason;

    @Override
    protected Invoice find(long id) {
        return invoices.get(id);
    }

    /** Whether the decision form is shown: to finance, for an invoice the match did not approve (exception, held, a note). */
    public boolean isDecidable() {
        Invoice invoice = getItem();
        return invoice != null && caller.isFinance()
                && (invoice.status() == InvoiceStatus.OPEN || invoice.status() == InvoiceStatus.EXCEPTION || invoice.status() == InvoiceStatus.HELD);
    }

    /** The shipments the invoice names, or how it is matched when it names none. */
    public String getShipmentReferences() {
        Invoice invoice = getItem();
        return invoice == null || invoice.shipmentReferences().isEmpty()
                ? "none named: matched against what is not yet billed, oldest first" : String.join(", ", invoice.shipmentReferences());
    }

    public void approve() {
        decide(() -> invoices.approve(getId(), reason), "Invoice approved");
    }

    public void hold() {
        decide(() -> invoices.hold(getId(), reason), "Invoice on hold");
    }

    public void dispute() {
        decide(() -> invoices.dispute(getId(), reason), "Invoice disputed; the seller sees why");
    }

    private void decide(java.util.function.Supplier<Invoice> decision, String done) {
        act(decision, done);
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            reason = null;
        }
    }

    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
}
