package com.ascendelements.portal.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The repository of invoices. */
@ApplicationScoped
public class Invoices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Invoice add(Invoice invoice) {
        em.persist(invoice);
        return invoice;
    }
}
