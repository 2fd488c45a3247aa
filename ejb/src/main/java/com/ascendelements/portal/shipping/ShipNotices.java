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

    public ShipNotice add(ShipNotice notice) {
        em.persist(notice);
        return notice;
    }

    /** The ship notice a partner already sent under this number, if any. */
    public Optional<ShipNotice> byShipmentId(long shipperId, String shipmentId) {
        return em.createQuery("SELECT x FROM ShipNotice x WHERE x.shipper.id = :owner AND x.shipmentId = :number", ShipNotice.class)
                .setParameter("owner", shipperId).setParameter("number", shipmentId).getResultStream().findFirst();
    }
}
