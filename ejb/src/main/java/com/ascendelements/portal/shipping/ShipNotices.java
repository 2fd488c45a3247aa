package com.ascendelements.portal.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The repository of ship notices. */
@ApplicationScoped
public class ShipNotices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<ShipNotice> byShipmentId(long shipperId, String shipmentId) {
        return em.createNamedQuery(ShipNotice.BY_SHIPMENT_ID, ShipNotice.class)
                .setParameter("shipperId", shipperId).setParameter("shipmentId", shipmentId)
                .getResultStream().findFirst();
    }

    public ShipNotice add(ShipNotice notice) {
        em.persist(notice);
        return notice;
    }
}
