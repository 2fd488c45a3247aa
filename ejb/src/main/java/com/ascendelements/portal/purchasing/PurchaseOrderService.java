package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reading purchase orders, restricted to the caller's own company for partner users. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class PurchaseOrderService {

    public static final int MAX_PAGE_SIZE = 500;

    @Inject
    private PurchaseOrders orders;

    @Inject
    private AccessScope scope;

    public List<PurchaseOrder> page(int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " orders");
        }
        return orders.page(scope.restrictedToPartner().orElse(null), first, max);
    }

    public long count() {
        return orders.count(scope.restrictedToPartner().orElse(null));
    }

    /** The order with its lines and history; unknown and not-yours look the same. */
    public PurchaseOrder get(long id) {
        PurchaseOrder order = orders.byId(id)
                .filter(o -> scope.maySee(o.buyer(), o.seller()))
                .orElseThrow(() -> new NotFoundException("Purchase order " + id));
        order.lines().size();
        order.history().size();
        return order;
    }
}
