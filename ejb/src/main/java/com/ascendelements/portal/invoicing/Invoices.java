package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.common.UnitOfMeasure;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The repository of invoices. */
@ApplicationScoped
public class Invoices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Invoice add(Invoice invoice) {
        em.persist(invoice);
        return invoice;
    }

    /** Writes what the persistence context holds now (a measurement of the match includes its writes). */
    void flush() {
        em.flush();
    }

    /** Whether the seller has used this invoice number before. */
    public boolean exists(TradingPartner seller, String invoiceNumber) {
        return !em.createQuery("SELECT i.id FROM Invoice i WHERE i.seller.id = :seller AND i.invoiceNumber = :number", Long.class)
                .setParameter("seller", seller.id()).setParameter("number", invoiceNumber.strip()).setMaxResults(1).getResultList().isEmpty();
    }

    /** What has been invoiced against each line of the order so far (cancelled invoices left out), in the line's unit. */
    public Map<String, Quantity> invoicedPerLine(PurchaseOrder order) {
        List<Object[]> rows = em.createQuery("SELECT l.poLineNumber, l.quantity.unit, SUM(l.quantity.amount) FROM InvoiceLine l"
                        + " JOIN l.invoice i WHERE i.purchaseOrder.id = :id"
                        + " AND i.status <> com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED"
                        + " GROUP BY l.poLineNumber, l.quantity.unit", Object[].class)
                .setParameter("id", order.id()).getResultList();
        return perLine(order, rows);
    }

    /**
     * What the order's other invoices billed per PO line before this one (earlier invoice date, or the same date and
     * recorded earlier; cancelled ones left out), in the line's unit.
     */
    public Map<String, Quantity> invoicedPerLineBefore(Invoice invoice) {
        PurchaseOrder order = invoice.purchaseOrder().orElseThrow();
        List<Object[]> rows = em.createQuery("SELECT l.poLineNumber, l.quantity.unit, SUM(l.quantity.amount) FROM InvoiceLine l"
                        + " JOIN l.invoice i WHERE i.purchaseOrder.id = :order AND i.id <> :id"
                        + " AND i.status <> com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED"
                        + " AND (i.invoiceDate < :date OR (i.invoiceDate = :date AND i.id < :id))"
                        + " GROUP BY l.poLineNumber, l.quantity.unit", Object[].class)
                .setParameter("order", order.id()).setParameter("id", invoice.id()).setParameter("date", invoice.invoiceDate())
                .getResultList();
        return perLine(order, rows);
    }

    /** What other invoices (not cancelled) billed of each receipt of the order, by receipt id. */
    public Map<Long, Quantity> billedPerReceipt(Invoice invoice) {
        Map<Long, Quantity> billed = new HashMap<>();
        em.createQuery("SELECT a.receipt.id, a.quantity.unit, SUM(a.quantity.amount) FROM ReceiptAllocation a JOIN a.invoiceLine l"
                        + " JOIN l.invoice i WHERE i.purchaseOrder.id = :order AND i.id <> :id"
                        + " AND i.status <> com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED"
                        + " GROUP BY a.receipt.id, a.quantity.unit", Object[].class)
                .setParameter("order", invoice.purchaseOrder().orElseThrow().id()).setParameter("id", invoice.id())
                .getResultList()
                .forEach(row -> billed.merge((Long) row[0], Quantity.of((BigDecimal) row[2], (UnitOfMeasure) row[1]), Quantity::plus));
        return billed;
    }

    /**
     * Whether the seller sent another invoice (not cancelled) for the same order, date and total naming the same shipments
     * (three trucks billed the same day for the same amount are three invoices, not one sent three times).
     */
    public boolean hasDuplicate(Invoice invoice) {
        return em.createQuery("SELECT i FROM Invoice i WHERE i.seller.id = :seller AND i.poNumber = :po AND i.invoiceDate = :date"
                        + " AND i.id <> :id AND i.status <> com.ascendelements.portal.invoicing.InvoiceStatus.CANCELLED", Invoice.class)
                .setParameter("seller", invoice.seller().id()).setParameter("po", invoice.poNumber())
                .setParameter("date", invoice.invoiceDate()).setParameter("id", invoice.id()).getResultList()
                .stream().anyMatch(other -> other.total().equals(invoice.total())
                        && other.shipmentReferences().equals(invoice.shipmentReferences()));
    }

    /** The order's invoices the three-way match may decide again, oldest first. */
    public List<Invoice> awaitingMatch(PurchaseOrder order) {
        return em.createQuery("SELECT i FROM Invoice i WHERE i.purchaseOrder.id = :id AND i.status IN"
                        + " (com.ascendelements.portal.invoicing.InvoiceStatus.OPEN, com.ascendelements.portal.invoicing.InvoiceStatus.EXCEPTION)"
                        + " ORDER BY i.invoiceDate, i.id", Invoice.class)
                .setParameter("id", order.id()).getResultList();
    }

    private static Map<String, Quantity> perLine(PurchaseOrder order, List<Object[]> rows) {
        Map<String, Quantity> invoiced = new HashMap<>();
        for (Object[] row : rows) {
            String lineNumber = (String) row[0];
            UnitOfMeasure lineUnit = order.line(lineNumber).map(PurchaseOrderLine::quantity).map(Quantity::unit).orElse((UnitOfMeasure) row[1]);
            invoiced.merge(lineNumber, Quantity.of((BigDecimal) row[2], (UnitOfMeasure) row[1]).in(lineUnit), Quantity::plus);
        }
        return invoiced;
    }
}
