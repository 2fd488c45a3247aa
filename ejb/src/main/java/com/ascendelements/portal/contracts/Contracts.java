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

    /** The contracts under which this buyer may order this material from this seller on that day. */
    public List<Contract> openFor(long buyerId, long sellerId, String materialCode, java.time.LocalDate day) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.buyer.id = :buyer AND c.seller.id = :seller AND c.material.code = :material"
                        + " AND c.status = com.ascendelements.portal.contracts.ContractStatus.ACTIVE AND c.validFrom <= :day AND c.validTo >= :day",
                        Contract.class).setParameter("buyer", buyerId).setParameter("seller", sellerId).setParameter("material", materialCode)
                .setParameter("day", day).getResultList();
    }

    public Contract add(Contract contract) {
        em.persist(contract);
        return contract;
    }
}
