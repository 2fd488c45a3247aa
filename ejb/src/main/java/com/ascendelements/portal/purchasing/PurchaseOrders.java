package com.ascendelements.portal.purchasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The repository of purchase orders. Queries for partner users always filter by the partner. */
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

    /**
     * A page of orders, newest first; with a partner id only that partner's orders (as buyer or seller).
     */
    public List<PurchaseOrder> page(Long partnerId, int first, int max) {
        TypedQuery<PurchaseOrder> query = partnerId == null
                ? em.createQuery("SELECT o FROM PurchaseOrder o ORDER BY o.orderDate DESC, o.id DESC", PurchaseOrder.class)
                : em.createQuery("SELECT o FROM PurchaseOrder o WHERE o.buyer.id = :p OR o.seller.id = :p"
                        + " ORDER BY o.orderDate DESC, o.id DESC", PurchaseOrder.class).setParameter("p", partnerId);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Long partnerId) {
        return partnerId == null
                ? em.createQuery("SELECT COUNT(o) FROM PurchaseOrder o", Long.class).getSingleResult()
                : em.createQuery("SELECT COUNT(o) FROM PurchaseOrder o WHERE o.buyer.id = :p OR o.seller.id = :p", Long.class)
                        .setParameter("p", partnerId).getSingleResult();
    }

    public PurchaseOrder add(PurchaseOrder order) {
        em.persist(order);
        return order;
    }
}
