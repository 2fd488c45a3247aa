package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidFormException;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeDraft;
import com.ascendelements.portal.shipping.ShipNoticeService;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The seller's ship notice for one purchase order (id = the order), prefilled from it. Only the order's seller gets
 * the form; the service checks the form and says what is wrong beside each field.
 */
@Named("shipNoticeForm")
@ViewScoped
public class ShipNoticeFormPage extends DetailPage<PurchaseOrder> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ShipNoticeService shipNotices;

    @Inject
    private transient PurchaseOrderService orders;

    private ShipNoticeDraft draft;
    private transient PurchaseOrder order;

    @Override
    protected PurchaseOrder find(long id) {
        ShipNoticeDraft prefilled = shipNotices.draftFor(id);  // refuses anyone but the seller
        if (draft == null) {
            draft = prefilled;
        }
        order = orders.get(id);
        if (!order.isShippable()) {
            throw new InvalidRequestException("Nothing can ship against order " + order.poNumber() + " now: it is "
                    + order.status().inWords()
                    + (order.status() == com.ascendelements.portal.purchasing.PurchaseOrderStatus.OPEN ? "; answer its lines first" : ""));
        }
        return order;
    }

    public void addLot() {
        draft.addLot();
    }

    public void removeLot(int index) {
        draft.removeLot(index);
    }

    public void dispatch() throws IOException {
        try {
            ShipNotice notice = shipNotices.dispatch(getId(), draft);
            FormMessages.info("Ship notice " + notice.shipmentId() + " sent (856)");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/purchase-order.xhtml?id=" + getId());
        } catch (InvalidFormException e) {
            FormMessages.show("shipment", e);
        } catch (InvalidRequestException e) {
            FormMessages.error(e.getMessage());
        } catch (NotFoundException | EJBAccessException e) {
            FormMessages.error("You may not ship against this order.");
        }
    }

    /** The order's lines, for the lot's PO line choice. */
    public List<PurchaseOrderLine> getLines() {
        if (order == null) {
            order = orders.get(getId());
        }
        return order.lines();
    }

    public ShipNoticeDraft getDraft() { return draft; }
    public List<String> getTransportModes() { return ShipNoticeDraft.TRANSPORT_MODES; }
    public UnitOfMeasure[] getMassUnits() { return new UnitOfMeasure[] {UnitOfMeasure.KILOGRAM, UnitOfMeasure.METRIC_TON, UnitOfMeasure.POUND}; }
}
