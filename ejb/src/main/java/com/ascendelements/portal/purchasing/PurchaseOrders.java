package com.ascendelements.portal.purchasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The repository of purchase orders. */
@ApplicationScoped
public class PurchaseOrders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<PurchaseOrder> byId(long id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    public Optional<PurchaseOrder> byNumber(long buyerId, String poNumber) {
        return em.createNamedQuery(PurchaseOrder.BY_NUMBER, PurchaseOrder.class)
                .setParameter("buyerId", buyerId).setParameter("poNumber", poNumber)
                .getResultStream().findFirst();
    }

    /** Whether an invoice (other than a cancelled one) has been recorded against the order: its buyer no longer changes it. */
    public boolean invoiced(PurchaseOrder order) {
        return !em.createQuery("SELECT i.id FROM Invoice i WHERE i.purchaseOrder = :order AND i.status <> :cancelled", Long.class)
                .setParameter("order", order).setParameter("cancelled", com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public PurchaseOrder add(PurchaseOrder order) {
        em.persist(order);
        return order;
    }
}
