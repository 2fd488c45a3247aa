package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.partners.PartnerDirectory;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start page: who is signed in, the partners they may see and the latest orders. */
@Named("home")
@RequestScoped
public class HomePage {

    private static final int LATEST = 20;

    @Inject
    private PartnerDirectory directory;

    @Inject
    private PurchaseOrderService orders;

    @Inject
    private AccessScope scope;

    private List<TradingPartner> partners;
    private List<PurchaseOrder> latestOrders;

    public String getCallerName() {
        return scope.callerName();
    }

    public List<TradingPartner> getPartners() {
        if (partners == null) {
            partners = directory.visiblePartners();
        }
        return partners;
    }

    public List<PurchaseOrder> getLatestOrders() {
        if (latestOrders == null) {
            latestOrders = orders.page(0, LATEST);
        }
        return latestOrders;
    }
}
