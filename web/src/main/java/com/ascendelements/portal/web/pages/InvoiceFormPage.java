package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidFormException;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceDraft;
import com.ascendelements.portal.invoicing.InvoiceService;
import com.ascendelements.portal.invoicing.InvoiceType;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The seller's invoice for one purchase order (id = the order), prefilled from its lines. Only the order's seller
 * gets the form; the service checks the form and says what is wrong beside each field.
 */
@Named("invoiceForm")
@ViewScoped
public class InvoiceFormPage extends DetailPage<PurchaseOrder> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InvoiceService invoices;

    @Inject
    private transient PurchaseOrderService orders;

    private InvoiceDraft draft;

    @Override
    protected PurchaseOrder find(long id) {
        InvoiceDraft prefilled = invoices.draftFor(id);  // refuses anyone but the seller
        if (draft == null) {
            draft = prefilled;
        }
        PurchaseOrder order = orders.get(id);
        if (!order.isInvoiceable()) {
            throw new com.ascendelements.portal.common.InvalidRequestException("Order " + order.poNumber() + " cannot be invoiced now: it is "
                    + order.status().inWords());
        }
        return order;
    }

    public void issue() throws IOException {
        try {
            Invoice invoice = invoices.issue(getId(), draft);
            FormMessages.info("Invoice " + invoice.invoiceNumber() + " sent (810)");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/purchase-order.xhtml?id=" + getId());
        } catch (InvalidFormException e) {
            FormMessages.show("invoice", e);
        } catch (InvalidRequestException e) {
            FormMessages.error(e.getMessage());
        } catch (NotFoundException | EJBAccessException e) {
            FormMessages.error("You may not invoice this order.");
        }
    }

    public InvoiceDraft getDraft() { return draft; }
    public List<InvoiceType> getTypes() { return InvoiceDraft.ISSUABLE_TYPES; }
}
