package com.ascendelements.portal.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The repository of ship notices. */
@ApplicationScoped
public class ShipNotices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public ShipNotice add(ShipNotice notice) {
        em.persist(notice);
        return notice;
    }
}
