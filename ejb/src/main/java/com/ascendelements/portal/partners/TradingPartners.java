package com.ascendelements.portal.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The repository of trading partners. */
@ApplicationScoped
public class TradingPartners {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<TradingPartner> byCode(String code) {
        return em.createNamedQuery(TradingPartner.BY_CODE, TradingPartner.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<TradingPartner> byX12Id(String qualifier, String interchangeId) {
        return em.createNamedQuery(TradingPartner.BY_X12_ID, TradingPartner.class)
                .setParameter("qualifier", qualifier).setParameter("id", interchangeId)
                .getResultStream().findFirst();
    }

    public Optional<TradingPartner> byId(long id) {
        return Optional.ofNullable(em.find(TradingPartner.class, id));
    }

    public List<TradingPartner> all() {
        return em.createNamedQuery(TradingPartner.ALL, TradingPartner.class).getResultList();
    }

    public TradingPartner add(TradingPartner partner) {
        em.persist(partner);
        return partner;
    }
}
