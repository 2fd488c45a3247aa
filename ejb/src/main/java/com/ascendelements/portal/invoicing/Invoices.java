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

    public Invoice add(Invoice invoice) {
        em.persist(invoice);
        return invoice;
    }

    /** The invoice a partner already sent under this number, if any. */
    public Optional<Invoice> byNumber(long sellerId, String invoiceNumber) {
        return em.createQuery("SELECT x FROM Invoice x WHERE x.seller.id = :owner AND x.invoiceNumber = :number", Invoice.class)
                .setParameter("owner", sellerId).setParameter("number", invoiceNumber).getResultStream().findFirst();
    }
}
