package com.ascendelements.portal.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The repository of invoices. */
@ApplicationScoped
public class Invoices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Invoice> byNumber(long sellerId, String invoiceNumber) {
        return em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class)
                .setParameter("sellerId", sellerId).setParameter("invoiceNumber", invoiceNumber)
                .getResultStream().findFirst();
    }

    public Invoice add(Invoice invoice) {
        em.persist(invoice);
        return invoice;
    }
}
