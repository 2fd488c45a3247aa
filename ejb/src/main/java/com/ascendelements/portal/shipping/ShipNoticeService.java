package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.purchasing.Fulfilment;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Ship notices: the list, the shipment tree, and the receipt at our dock. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class ShipNoticeService {

    private static final Map<String, String> SORTABLE = Map.of(
            "shipmentId", "s.shipmentId", "shippedAt", "s.shippedAt", "status", "s.status",
            "shipper", "s.shipper.name", "expectedDeliveryDate", "s.expectedDeliveryDate");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccessScope scope;

    @Inject
    private Clock clock;

    @Inject
    private ShipNotices shipNotices;

    @Inject
    private Fulfilment fulfilment;

    @Inject
    private Shipments shipments;

    @Inject
    private GoodsReceipts goodsReceipts;

    public Page<ShipNotice> search(String text, ShipNoticeStatus status, PageRequest page) {
        Long restrictedTo = scope.restrictedToPartner().orElse(null);
        return new QueryFilter()
                .when(restrictedTo, "(s.shipper.id = :p OR s.receiver.id = :p)")
                .contains(text, "s.shipmentId")
                .when(status, "s.status = :p")
                .page(em, ShipNotice.class, "ShipNotice", "s", page, SORTABLE, "s.shippedAt DESC, s.id DESC");
    }

    public ShipNotice get(long id) {
        ShipNotice notice = em.find(ShipNotice.class, id);
        if (notice == null || !scope.maySee(notice.shipper(), notice.receiver())) {
            throw new NotFoundException("Ship notice " + id);
        }
        notice.orders().forEach(o -> o.lots().forEach(l -> l.items().size()));
        return notice;
    }

    /** The ship notices that carry a purchase order (for its linked documents). */
    public List<ShipNotice> forPurchaseOrder(long purchaseOrderId) {
        return em.createQuery("SELECT DISTINCT s FROM ShipNotice s JOIN s.orders o WHERE o.purchaseOrder.id = :id"
                + " ORDER BY s.shippedAt", ShipNotice.class).setParameter("id", purchaseOrderId).getResultList()
                .stream().filter(s -> scope.maySee(s.shipper(), s.receiver())).toList();
    }

    /**
     * A ship notice form for the order, prefilled with what is left to ship on each line; only for the order's seller
     * (others are told the order does not exist).
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public ShipNoticeDraft draftFor(long orderId) {
        PurchaseOrder order = fulfilment.orderToFulfil(orderId);
        return ShipNoticeDraft.prefilledFrom(order, shipNotices.shippedPerLine(order), LocalDateTime.now(clock));
    }

    /**
     * The seller dispatches a shipment against its order: the ship notice is recorded, the order moves to (partially)
     * shipped and the 856 is written in the same transaction. A form with problems is refused field by field.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public ShipNotice dispatch(long orderId, ShipNoticeDraft draft) {
        PurchaseOrder order = fulfilment.orderToFulfil(orderId);
        Map<String, Quantity> shippedBefore = shipNotices.shippedPerLine(order);
        FieldErrors errors = draft.check(order, shippedBefore);
        if (!errors.has("shipmentId") && shipNotices.exists(order.seller(), draft.getShipmentId())) {
            errors.add("shipmentId", "Shipment " + draft.getShipmentId().strip() + " has been notified before");
        }
        errors.throwIfAny();
        ShipNotice notice = draft.toShipNotice(order, clock.getZone());
        shipments.record(notice, scope.callerName(), false).ifPresent(refusal -> {
            throw new InvalidRequestException(refusal);
        });
        return notice;
    }

    /** Whether the caller records receipts of this shipment: its receiver's users, or the hub's staff for the hub's. */
    public boolean mayReceive(ShipNotice notice) {
        if (!scope.isCallerInRole(PortalRole.Names.ADMIN) && !scope.isCallerInRole(PortalRole.Names.PROCUREMENT)
                && !scope.isCallerInRole(PortalRole.Names.PARTNER)) {
            return false;
        }
        return scope.restrictedToPartner().map(p -> p.equals(notice.receiver().id()))
                .orElse(notice.receiver().hasRole(com.ascendelements.portal.partners.PartnerRole.HUB));
    }

    /**
     * Records what arrived of one lot's item on one delivery (several per lot for a multi-truck lot). The receiver
     * records it: the hub's staff for shipments to the hub, a partner's users for shipments to their company (a
     * customer receiving what the hub shipped). Others are told the ship notice does not exist.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public LotReceipt recordLotReceipt(long id, ReceiptEntry entry) {
        ShipNotice notice = get(id);
        if (!mayReceive(notice)) {
            throw new NotFoundException("Ship notice " + id);
        }
        try {
            return goodsReceipts.receive(notice, List.of(entry), scope.callerName(), null).get(0);
        } catch (GoodsReceipts.ReceiptRefused e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }
}
