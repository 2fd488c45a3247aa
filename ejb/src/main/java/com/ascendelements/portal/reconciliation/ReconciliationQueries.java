package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.invoicing.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The reconciliation's reads and the running totals' writes. The PO lines of a scope (a partner's orders of a period,
 * or some orders by id) come with their running totals; what shipped, arrived and was invoiced against them is summed
 * per order and line in one query each, for working the totals out.
 */
@ApplicationScoped
public class ReconciliationQueries {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Which orders a read covers. */
    record Scope(String where, Map<String, Object> parameters) {
        /** The orders the partner is seller or buyer of, dated in the period. */
        static Scope partnerPeriod(long partnerId, LocalDate from, LocalDate to) {
            return new Scope("(o.seller.id = :partner OR o.buyer.id = :partner) AND o.orderDate BETWEEN :from AND :to",
                    Map.of("partner", partnerId, "from", from, "to", to));
        }

        static Scope orders(Collection<Long> orderIds) {
            return new Scope("o.id IN :orders", Map.of("orders", orderIds));
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * Line id, order id, PO number, order date, buyer id, line number, material code, quantity, unit, price, currency,
     * price unit, then its running totals (null when it has none): shipped, received, invoiced, approved, invoiced
     * amount, approved amount. Rejected lines left out.
     */
    List<Object[]> lines(Scope scope) {
        return scope.apply(em.createQuery("SELECT l.id, o.id, o.poNumber, o.orderDate, o.buyer.id, l.lineNumber, l.material.code, l.quantity.amount,"
                + " l.quantity.unit, l.unitPrice.amount, l.unitPrice.currency, l.priceUnit, f.shipped, f.received, f.invoiced, f.approved,"
                + " f.invoicedAmount, f.approvedAmount FROM PurchaseOrderLine l JOIN l.purchaseOrder o LEFT JOIN LineFigures f ON f.lineId = l.id"
                + " WHERE " + scope.where() + " AND l.status <> com.ascendelements.portal.purchasing.LineStatus.REJECTED"
                + " ORDER BY o.orderDate, o.poNumber, l.lineNumber", Object[].class)).getResultList();
    }

    /** The PO line a row of {@link #lines} is about. */
    static LineTotals.Line lineOf(Object[] row) {
        return new LineTotals.Line((Long) row[0], (Long) row[1], (String) row[5], (com.ascendelements.portal.common.UnitOfMeasure) row[8],
                (String) row[10]);
    }

    /** Order id, PO line number, unit, quantity shipped (cancelled ship notices left out). */
    List<Object[]> shipped(Scope scope) {
        return scope.apply(em.createQuery("SELECT o.id, i.poLineNumber, i.quantity.unit, SUM(i.quantity.amount) FROM ShipmentItem i"
                + " JOIN i.lot lot JOIN lot.order so JOIN so.shipNotice s JOIN so.purchaseOrder o WHERE " + scope.where()
                + " AND s.status <> com.ascendelements.portal.shipping.ShipNoticeStatus.CANCELLED"
                + " GROUP BY o.id, i.poLineNumber, i.quantity.unit", Object[].class)).getResultList();
    }

    /** Order id, PO line number, unit, quantity received. */
    List<Object[]> received(Scope scope) {
        return scope.apply(em.createQuery("SELECT o.id, i.poLineNumber, r.received.unit, SUM(r.received.amount) FROM LotReceipt r"
                + " JOIN r.item i JOIN i.lot lot JOIN lot.order so JOIN so.purchaseOrder o WHERE " + scope.where()
                + " GROUP BY o.id, i.poLineNumber, r.received.unit", Object[].class)).getResultList();
    }

    /**
     * Order id, PO line number, quantity, unit, unit price, currency, price unit, invoice status, the order's currency,
     * invoice type (cancelled left out).
     */
    List<Object[]> invoiced(Scope scope) {
        return scope.apply(em.createQuery("SELECT o.id, l.poLineNumber, l.quantity.amount, l.quantity.unit, l.unitPrice.amount,"
                + " l.unitPrice.currency, l.priceUnit, i.status, o.currency, i.type FROM InvoiceLine l JOIN l.invoice i JOIN i.purchaseOrder o WHERE "
                + scope.where() + " AND i.status <> com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED", Object[].class)).getResultList();
    }

    /** The partner's invoices of the period that wait for finance (exception, held, disputed), oldest first. */
    List<Invoice> waiting(long partnerId, LocalDate from, LocalDate to) {
        // their totals: the lines of all of them in one query (batch reading), not one query per invoice
        return em.createQuery("SELECT i FROM Invoice i WHERE (i.seller.id = :partner OR i.buyer.id = :partner)"
                        + " AND i.invoiceDate BETWEEN :from AND :to AND i.status IN (com.ascendelements.portal.invoicing.InvoiceStatus.EXCEPTION,"
                        + " com.ascendelements.portal.invoicing.InvoiceStatus.HELD, com.ascendelements.portal.invoicing.InvoiceStatus.DISPUTED)"
                        + " ORDER BY i.invoiceDate, i.id", Invoice.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "i.lines").setHint("eclipselink.batch", "i.purchaseOrder")
                .setParameter("partner", partnerId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The running totals of the orders' lines. */
    List<LineFigures> figuresOf(Collection<Long> orderIds) {
        return em.createQuery("SELECT f FROM LineFigures f WHERE f.orderId IN :orders", LineFigures.class)
                .setParameter("orders", orderIds).getResultList();
    }

    void add(LineFigures figures) {
        em.persist(figures);
    }

    /**
     * Locks the orders, in id order, until the transaction ends: one writer of their totals at a time, and each reads
     * what the one before it committed.
     */
    void lock(Collection<Long> orderIds) {
        em.createNativeQuery("SELECT id FROM purchase_order WHERE id IN (" + String.join(",", orderIds.stream().sorted().map(String::valueOf).toList())
                + ") ORDER BY id FOR UPDATE").getResultList();
    }

    /** Whether every order's lines have their running totals (the backfill after V18 is done). */
    boolean figuresComplete() {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT complete FROM line_figures_backfill WHERE id = 1").getSingleResult());
    }

    /** The backfill's progress, locked until the transaction ends: the last order id done, or empty when complete. */
    java.util.Optional<Long> backfillPosition() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_order_id, complete FROM line_figures_backfill WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        return Boolean.TRUE.equals(row[1]) ? java.util.Optional.empty() : java.util.Optional.of(((Number) row[0]).longValue());
    }

    /** The next orders after the given id, at most {@code max}. */
    List<Long> ordersAfter(long orderId, int max) {
        return em.createQuery("SELECT o.id FROM PurchaseOrder o WHERE o.id > :after ORDER BY o.id", Long.class)
                .setParameter("after", orderId).setMaxResults(max).getResultList();
    }

    void backfilled(long lastOrderId, boolean complete) {
        em.createNativeQuery("UPDATE line_figures_backfill SET last_order_id = ?, complete = ? WHERE id = 1")
                .setParameter(1, lastOrderId).setParameter(2, complete).executeUpdate();
    }
}
