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
        Map<String, Quantity> invoiced = new HashMap<>();
        for (Object[] row : rows) {
            String lineNumber = (String) row[0];
            UnitOfMeasure lineUnit = order.line(lineNumber).map(PurchaseOrderLine::quantity).map(Quantity::unit).orElse((UnitOfMeasure) row[1]);
            invoiced.merge(lineNumber, Quantity.of((BigDecimal) row[2], (UnitOfMeasure) row[1]).in(lineUnit), Quantity::plus);
        }
        return invoiced;
    }
}
