package com.ascendelements.portal.reconciliation;

import com.ascendelements.portal.invoicing.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * The reconciliation's reads: a partner's PO lines of a period (the partner is seller or buyer, the order dated in the
 * period) and, summed per order and line in one query each, what shipped, arrived and was invoiced against them.
 */
@ApplicationScoped
public class ReconciliationQueries {

    private static final String ORDERS_OF_PERIOD = " (o.seller.id = :partner OR o.buyer.id = :partner) AND o.orderDate BETWEEN :from AND :to";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Order id, PO number, order date, buyer id, line number, material code, quantity, unit, price, currency, price unit. */
    List<Object[]> lines(long partnerId, LocalDate from, LocalDate to) {
        return period(em.createQuery("SELECT o.id, o.poNumber, o.orderDate, o.buyer.id, l.lineNumber, l.material.code, l.quantity.amount,"
                + " l.quantity.unit, l.unitPrice.amount, l.unitPrice.currency, l.priceUnit FROM PurchaseOrderLine l JOIN l.purchaseOrder o"
                + " WHERE" + ORDERS_OF_PERIOD + " AND l.status <> com.ascendelements.portal.purchasing.LineStatus.REJECTED"
                + " ORDER BY o.orderDate, o.poNumber, l.lineNumber", Object[].class), partnerId, from, to).getResultList();
    }

    /** Order id, PO line number, unit, quantity shipped (cancelled ship notices left out). */
    List<Object[]> shipped(long partnerId, LocalDate from, LocalDate to) {
        return period(em.createQuery("SELECT o.id, i.poLineNumber, i.quantity.unit, SUM(i.quantity.amount) FROM ShipmentItem i"
                + " JOIN i.lot lot JOIN lot.order so JOIN so.shipNotice s JOIN so.purchaseOrder o WHERE" + ORDERS_OF_PERIOD
                + " AND s.status <> com.ascendelements.portal.shipping.ShipNoticeStatus.CANCELLED"
                + " GROUP BY o.id, i.poLineNumber, i.quantity.unit", Object[].class), partnerId, from, to).getResultList();
    }

    /** Order id, PO line number, unit, quantity received. */
    List<Object[]> received(long partnerId, LocalDate from, LocalDate to) {
        return period(em.createQuery("SELECT o.id, i.poLineNumber, r.received.unit, SUM(r.received.amount) FROM LotReceipt r"
                + " JOIN r.item i JOIN i.lot lot JOIN lot.order so JOIN so.purchaseOrder o WHERE" + ORDERS_OF_PERIOD
                + " GROUP BY o.id, i.poLineNumber, r.received.unit", Object[].class), partnerId, from, to).getResultList();
    }

    /**
     * Order id, PO line number, quantity, unit, unit price, currency, price unit, invoice status, the order's currency,
     * invoice type (cancelled left out).
     */
    List<Object[]> invoiced(long partnerId, LocalDate from, LocalDate to) {
        return period(em.createQuery("SELECT o.id, l.poLineNumber, l.quantity.amount, l.quantity.unit, l.unitPrice.amount,"
                + " l.unitPrice.currency, l.priceUnit, i.status, o.currency, i.type FROM InvoiceLine l JOIN l.invoice i JOIN i.purchaseOrder o WHERE"
                + ORDERS_OF_PERIOD + " AND i.status <> com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED", Object[].class),
                partnerId, from, to).getResultList();
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

    private static <T> TypedQuery<T> period(TypedQuery<T> query, long partnerId, LocalDate from, LocalDate to) {
        return query.setParameter("partner", partnerId).setParameter("from", from).setParameter("to", to);
    }
}
