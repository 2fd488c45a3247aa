package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.exchange.Interchange;
import com.ascendelements.portal.exchange.InterchangeService;
import com.ascendelements.portal.invoicing.Invoice;
import com.ascendelements.portal.invoicing.InvoiceService;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** One purchase order: lines, status history, linked documents, and the seller's answers to its lines. */
@Named("orderPage")
@ViewScoped
public class PurchaseOrderPage extends DetailPage<PurchaseOrder> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PurchaseOrderService orders;

    @Inject
    private transient ShipNoticeService shipNotices;

    @Inject
    private transient InvoiceService invoices;

    private transient List<ShipNotice> linkedShipNotices = List.of();
    private transient List<Invoice> linkedInvoices = List.of();
    private final java.util.Map<String, String> confirmed = new java.util.HashMap<>();
    private transient List<Interchange> linkedInterchanges = List.of();
    private transient Boolean fulfillable;
    private transient Boolean changeable;
    private OrderChangeForm changeForm;
    private String cancelReason;

    @Inject
    private transient InterchangeService interchanges;

    @Override
    protected PurchaseOrder find(long id) {
        PurchaseOrder order = orders.get(id);
        linkedShipNotices = shipNotices.forPurchaseOrder(id);
        linkedInvoices = invoices.forPurchaseOrder(id);
        linkedInterchanges = interchanges.aboutPurchaseOrder(id);
        fulfillable = null;
        changeable = null;
        changeForm = OrderChangeForm.of(order);
        return order;
    }

    public void accept(String lineNumber) {
        answer(lineNumber, LineStatus.ACCEPTED);
    }

    public void reject(String lineNumber) {
        answer(lineNumber, LineStatus.REJECTED);
    }

    /** The seller confirms another quantity for a line, typed beside it (in the line's unit). */
    public void change(String lineNumber) {
        String typed = confirmed.get(lineNumber);
        java.math.BigDecimal quantity;
        try {
            quantity = typed == null || typed.isBlank() ? null : new java.math.BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "Enter the confirmed quantity as a number", null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        act(() -> orders.changeLine(getId(), lineNumber, quantity), "Line " + lineNumber + " changed to " + typed);
    }

    /** Quantities typed beside the lines, by line number. */
    public java.util.Map<String, String> getConfirmed() {
        return confirmed;
    }

    private void answer(String lineNumber, LineStatus answer) {
        act(() -> orders.answerLine(getId(), lineNumber, answer),
                "Line " + lineNumber + " " + answer.name().toLowerCase());
    }

    /** Whether the order waits for its seller's answer and the caller is that seller (the service checks again). */
    public boolean isAnswerable() {
        PurchaseOrder order = getItem();
        return order != null && switch (order.status()) {
            case OPEN, ACCEPTED, CHANGED -> true;
            default -> false;
        } && isFulfillable();
    }

    /** Whether the caller is the order's seller and may ship and invoice it (the services check again). */
    public boolean isFulfillable() {
        if (fulfillable == null) {
            fulfillable = getItem() != null && orders.mayFulfil(getItem());
        }
        return fulfillable;
    }

    /** The buyer sends the change typed in the change form (the seller gets an 860). */
    public void sendChange() {
        List<com.ascendelements.portal.purchasing.LineChange> changes;
        try {
            changes = changeForm.changes();
        } catch (com.ascendelements.portal.common.InvalidRequestException tooLarge) {
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, tooLarge.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (changes.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "Type the new quantity or dates of the lines to change", null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        act(() -> orders.changeOrder(getId(), changes), "Change sent to " + getItem().seller().name() + " (860): "
                + changes.size() + " line(s)");
    }

    /** The buyer cancels the order (the seller gets an 860 that cancels it). */
    public void cancelOrder() {
        act(() -> orders.cancelOrder(getId(), cancelReason), "Order cancelled; " + getItem().seller().name() + " is told (860)");
    }

    /** Whether the caller is the order's buyer and it may still be changed (the service checks again). */
    public boolean isChangeable() {
        if (changeable == null) {
            changeable = getItem() != null && orders.mayChange(getItem());
        }
        return changeable;
    }

    public OrderChangeForm getChangeForm() {
        return changeForm;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public List<ShipNotice> getLinkedShipNotices() {
        return linkedShipNotices;
    }

    public List<Invoice> getLinkedInvoices() {
        return linkedInvoices;
    }

    /** The 850 it came in, our 855, and the 997s both ways. */
    public List<Interchange> getLinkedInterchanges() {
        return linkedInterchanges;
    }
}
