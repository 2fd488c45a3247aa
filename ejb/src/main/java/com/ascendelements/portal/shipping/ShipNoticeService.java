package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
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
    private AuditTrail audit;

    @Inject
    private Clock clock;

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

    /** Staff record what arrived at the hub's dock. */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public ShipNotice recordReceipt(long id, LocalDate receivedOn, Quantity receivedNet, String note) {
        ShipNotice notice = get(id);
        try {
            notice.receive(receivedOn, receivedNet, note, scope.callerName(), clock);
            audit.record("SHIPMENT_RECEIVED", "ShipNotice", id, "Shipment " + notice.shipmentId() + " received " + receivedOn
                    + ", net " + receivedNet + ": " + notice.status());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        return notice;
    }
}
