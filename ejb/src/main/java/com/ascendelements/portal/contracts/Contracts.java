package com.ascendelements.portal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The repository of contracts. */
@ApplicationScoped
public class Contracts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Contract> byNumber(String number) {
        return em.createNamedQuery(Contract.BY_NUMBER, Contract.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public List<Contract> all() {
        return em.createNamedQuery(Contract.ALL, Contract.class).getResultList();
    }

    public List<Contract> forPartner(long partnerId) {
        return em.createNamedQuery(Contract.FOR_PARTNER, Contract.class)
                .setParameter("partnerId", partnerId).getResultList();
    }

    public Contract add(Contract contract) {
        em.persist(contract);
        return contract;
    }
}
