package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.partners.PartnerDirectory;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderCriteria;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import com.ascendelements.portal.purchasing.PurchaseOrderStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The purchase-order list: filters above a lazy table that the database pages, sorts and filters. */
@Named("orderList")
@ViewScoped
public class PurchaseOrderListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PurchaseOrderService orders;

    @Inject
    private transient PartnerDirectory directory;

    private transient List<TradingPartner> partners;

    private String poNumber;
    private Long partnerId;
    private PurchaseOrderStatus status;
    private LocalDate from;
    private LocalDate to;
    private PageModel<PurchaseOrder> model;

    @PostConstruct
    void init() {
        model = new PageModel<>((page, filters) ->
                orders.search(new PurchaseOrderCriteria(poNumber, partnerId, status, from, to), page), PurchaseOrder::id);
    }

    /** The partner filter's choices, read once per view (the select list asks for them several times). */
    public List<TradingPartner> getPartners() {
        if (partners == null) {
            partners = directory.visiblePartners();
        }
        return partners;
    }

    public PurchaseOrderStatus[] getStatuses() {
        return PurchaseOrderStatus.values();
    }

    public PageModel<PurchaseOrder> getModel() {
        return model;
    }

    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
    public Long getPartnerId() { return partnerId; }
    public void setPartnerId(Long partnerId) { this.partnerId = partnerId; }
    public PurchaseOrderStatus getStatus() { return status; }
    public void setStatus(PurchaseOrderStatus status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
