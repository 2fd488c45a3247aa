package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.partners.PartnerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who acts as the seller of a purchase order in the portal (answers it, ships and invoices it): the seller. A partner user acts for its own company,
 * so it fulfils the orders its company sells (web EDI for suppliers without an EDI system); procurement staff act
 * for the hub, so they fulfil the orders the hub sells. Anyone else is told the order does not exist. The buyer's side
 * ({@link #mayOrder}: who changes or cancels an order) follows the same reasoning.
 */
@ApplicationScoped
public class Fulfilment {

    @Inject
    private PurchaseOrders orders;

    @Inject
    private AccessScope scope;

    /** The rule itself: the caller's partner (empty for staff) and whether the caller is staff who may sell. */
    public static boolean mayFulfil(Optional<Long> callersPartner, boolean sellingStaff, PurchaseOrder order) {
        if (callersPartner.isPresent()) {
            return order.seller().id() != null && callersPartner.get().equals(order.seller().id());
        }
        return sellingStaff && order.seller().hasRole(PartnerRole.HUB);
    }

    /**
     * Who acts as the buyer (changes or cancels the order): a partner user for the orders its company placed, procurement
     * staff for the orders the hub placed.
     */
    public static boolean mayOrder(Optional<Long> callersPartner, boolean buyingStaff, PurchaseOrder order) {
        if (callersPartner.isPresent()) {
            return order.buyer().id() != null && callersPartner.get().equals(order.buyer().id());
        }
        return buyingStaff && order.buyer().hasRole(PartnerRole.HUB);
    }

    /** Whether the caller may change or cancel this order as its buyer. */
    public boolean mayOrder(PurchaseOrder order) {
        return mayOrder(scope.restrictedToPartner(), staff(), order);
    }

    /** Whether the caller may ship and invoice this order. */
    public boolean mayFulfil(PurchaseOrder order) {
        return mayFulfil(scope.restrictedToPartner(), staff(), order);
    }

    /** The order, if the caller may ship and invoice it; otherwise the same answer as for an order that does not exist. */
    public PurchaseOrder orderToFulfil(long orderId) {
        PurchaseOrder order = orders.byId(orderId).filter(this::mayFulfil)
                .orElseThrow(() -> new NotFoundException("Purchase order " + orderId));
        order.lines().size();
        return order;
    }

    private boolean staff() {
        return scope.isCallerInRole(PortalRole.Names.ADMIN) || scope.isCallerInRole(PortalRole.Names.PROCUREMENT);
    }
}
