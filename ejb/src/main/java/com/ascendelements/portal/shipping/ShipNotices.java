package com.ascendelements.portal.shipping;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The repository of ship notices. */
@ApplicationScoped
public class ShipNotices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public ShipNotice add(ShipNotice notice) {
        em.persist(notice);
        return notice;
    }

    /** Whether the shipper has used this shipment identification (BSN02) before. */
    public boolean exists(TradingPartner shipper, String shipmentId) {
        return !em.createQuery("SELECT s.id FROM ShipNotice s WHERE s.shipper.id = :shipper AND s.shipmentId = :id", Long.class)
                .setParameter("shipper", shipper.id()).setParameter("id", shipmentId.strip()).setMaxResults(1).getResultList().isEmpty();
    }

    /** The shipment from the shipper to the receiver identified so (BSN02), or failing that, by its bill of lading. */
    public java.util.Optional<ShipNotice> byShipmentId(TradingPartner shipper, TradingPartner receiver, String reference) {
        String between = "SELECT s FROM ShipNotice s WHERE s.shipper.id = :shipper AND s.receiver.id = :receiver AND ";
        List<ShipNotice> found = em.createQuery(between + "s.shipmentId = :id", ShipNotice.class).setParameter("shipper", shipper.id())
                .setParameter("receiver", receiver.id()).setParameter("id", reference.strip()).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            found = em.createQuery(between + "s.billOfLading = :id ORDER BY s.id", ShipNotice.class).setParameter("shipper", shipper.id())
                    .setParameter("receiver", receiver.id()).setParameter("id", reference.strip()).setMaxResults(1).getResultList();
        }
        return found.stream().findFirst();
    }

    /** What has shipped against each line of the order so far (cancelled shipments left out), in the line's unit. */
    public Map<String, Quantity> shippedPerLine(PurchaseOrder order) {
        List<Object[]> rows = em.createQuery("SELECT i.poLineNumber, i.quantity.unit, SUM(i.quantity.amount) FROM ShipmentItem i"
                        + " JOIN i.lot l JOIN l.order so JOIN so.shipNotice s WHERE so.purchaseOrder.id = :id"
                        + " AND s.status <> com.ascendelements.portal.shipping.ShipNoticeStatus.CANCELLED"
                        + " GROUP BY i.poLineNumber, i.quantity.unit", Object[].class)
                .setParameter("id", order.id()).getResultList();
        Map<String, Quantity> shipped = new HashMap<>();
        for (Object[] row : rows) {
            String lineNumber = (String) row[0];
            UnitOfMeasure lineUnit = order.line(lineNumber).map(PurchaseOrderLine::quantity).map(Quantity::unit).orElse((UnitOfMeasure) row[1]);
            Quantity amount = Quantity.of((BigDecimal) row[2], (UnitOfMeasure) row[1]).in(lineUnit);
            shipped.merge(lineNumber, amount, Quantity::plus);
        }
        return shipped;
    }

    /**
     * The shipments against the order (cancelled ones left out), each with its lots and items. The lots, items and
     * their ship notices are read in one query per level for all shipments (EclipseLink batch reading), not per row.
     */
    public List<ShipmentOrder> shipmentsOf(PurchaseOrder order) {
        TypedQuery<ShipmentOrder> query = em.createQuery("SELECT so FROM ShipmentOrder so JOIN so.shipNotice s WHERE so.purchaseOrder.id = :id"
                        + " AND s.status <> com.ascendelements.portal.shipping.ShipNoticeStatus.CANCELLED ORDER BY s.shippedAt, s.id",
                        ShipmentOrder.class)
                .setParameter("id", order.id());
        return batched(query, "so.shipNotice", "so.lots", "so.lots.items", "so.lots.items.material").getResultList();
    }

    /** Every receipt of the order's lots, oldest first, with their items, lots and ship notices (batch reading). */
    public List<LotReceipt> receiptsOf(PurchaseOrder order) {
        TypedQuery<LotReceipt> query = em.createQuery("SELECT r FROM LotReceipt r JOIN r.item i JOIN i.lot l JOIN l.order so WHERE so.purchaseOrder.id = :id"
                        + " ORDER BY r.receivedOn, r.id", LotReceipt.class)
                .setParameter("id", order.id());
        return batched(query, "r.shipNotice", "r.item", "r.item.lot", "r.item.material").getResultList();
    }

    private static <T> TypedQuery<T> batched(TypedQuery<T> query, String... paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }
}
