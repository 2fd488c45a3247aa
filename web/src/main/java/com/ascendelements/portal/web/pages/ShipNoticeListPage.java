package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.shipping.ShipNotice;
import com.ascendelements.portal.shipping.ShipNoticeService;
import com.ascendelements.portal.shipping.ShipNoticeStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The list of ship notices, filtered by shipment id and status. */
@Named("shipmentList")
@ViewScoped
public class ShipNoticeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ShipNoticeService shipNotices;

    private String text;
    private ShipNoticeStatus status;
    private PageModel<ShipNotice> model;

    @PostConstruct
    void init() {
        model = new PageModel<>((page, filters) -> shipNotices.search(text, status, page), ShipNotice::id);
    }

    public ShipNoticeStatus[] getStatuses() {
        return ShipNoticeStatus.values();
    }

    public PageModel<ShipNotice> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public ShipNoticeStatus getStatus() { return status; }
    public void setStatus(ShipNoticeStatus status) { this.status = status; }
}
