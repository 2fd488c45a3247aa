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
import java.util.Set;

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

    private static final String STATUS = "com.ascendelements.portal.invoicing.InvoiceStatus.";
    private static final String TYPE = "com.ascendelements.portal.invoicing.InvoiceType.";

    /**
     * The invoices that bill quantity: not cancelled, not disputed (a disputed invoice is replaced by the seller's next
     * one), not a credit or debit note (they correct money, not what arrived).
     */
    private static final String BILLS = " AND i.status NOT IN (" + STATUS + "CANCELLED, " + STATUS + "DISPUTED)"
            + " AND i.type NOT IN (" + TYPE + "CREDIT_NOTE, " + TYPE + "DEBIT_NOTE)";

    /** What bills quantity beside this invoice: a final invoice replaces the order's provisional ones. */
    private static String billsBeside(Invoice invoice) {
        return invoice.type() == InvoiceType.FINAL ? BILLS + " AND i.type <> " + TYPE + "PROVISIONAL" : BILLS;
    }

    /** What has been invoiced against each line of the order so far (as {@link #BILLS} counts), in the line's unit. */
    public Map<String, Quantity> invoicedPerLine(PurchaseOrder order) {
        return invoicedPerLine(order, InvoiceType.COMMERCIAL);
    }

    /** What bills each line of the order beside a new invoice of this type (a final one replaces the provisional ones). */
    public Map<String, Quantity> invoicedPerLine(PurchaseOrder order, InvoiceType type) {
        String bills = type == InvoiceType.FINAL ? BILLS + " AND i.type <> " + TYPE + "PROVISIONAL" : BILLS;
        List<Object[]> rows = em.createQuery("SELECT l.poLineNumber, l.quantity.unit, SUM(l.quantity.amount) FROM InvoiceLine l"
                        + " JOIN l.invoice i WHERE i.purchaseOrder.id = :id" + bills
                        + " GROUP BY l.poLineNumber, l.quantity.unit", Object[].class)
                .setParameter("id", order.id()).getResultList();
        return perLine(order, rows);
    }

    /** What the order's other invoices bill per PO line beside this one, whatever their dates, in the line's unit. */
    public Map<String, Quantity> invoicedPerLineBeside(Invoice invoice) {
        PurchaseOrder order = invoice.purchaseOrder().orElseThrow();
        List<Object[]> rows = em.createQuery("SELECT l.poLineNumber, l.quantity.unit, SUM(l.quantity.amount) FROM InvoiceLine l"
                        + " JOIN l.invoice i WHERE i.purchaseOrder.id = :order AND i.id <> :id" + billsBeside(invoice)
                        + " GROUP BY l.poLineNumber, l.quantity.unit", Object[].class)
                .setParameter("order", order.id()).setParameter("id", invoice.id()).getResultList();
        return perLine(order, rows);
    }

    /** What the order's other invoices billed of each of its receipts, by receipt id. */
    public Map<Long, Quantity> billedPerReceipt(Invoice invoice) {
        Map<Long, Quantity> billed = new HashMap<>();
        em.createQuery("SELECT a.receipt.id, a.quantity.unit, SUM(a.quantity.amount) FROM ReceiptAllocation a JOIN a.invoiceLine l"
                        + " JOIN l.invoice i WHERE i.purchaseOrder.id = :order AND i.id <> :id" + billsBeside(invoice)
                        + " GROUP BY a.receipt.id, a.quantity.unit", Object[].class)
                .setParameter("order", invoice.purchaseOrder().orElseThrow().id()).setParameter("id", invoice.id())
                .getResultList()
                .forEach(row -> billed.merge((Long) row[0], Quantity.of((BigDecimal) row[2], (UnitOfMeasure) row[1]), Quantity::plus));
        return billed;
    }

    /** The shipment references the order's other invoices name: what they bill is theirs, not for an invoice that names none. */
    public Set<String> namedByOthers(Invoice invoice) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT r FROM Invoice i JOIN i.shipmentReferences r WHERE i.purchaseOrder.id = :order"
                        + " AND i.id <> :id" + billsBeside(invoice), String.class)
                .setParameter("order", invoice.purchaseOrder().orElseThrow().id()).setParameter("id", invoice.id()).getResultList());
    }

    /**
     * Whether the seller sent an earlier invoice (one that bills, see {@link #BILLS}) for the same order, date and total
     * naming the same shipments (three trucks billed the same day for the same amount are three invoices, not one sent
     * three times); the earlier one is the original, this one the duplicate.
     */
    public boolean hasDuplicate(Invoice invoice) {
        return em.createQuery("SELECT i FROM Invoice i WHERE i.seller.id = :seller AND i.poNumber = :po AND i.invoiceDate = :date"
                        + " AND i.id < :id" + BILLS, Invoice.class)
                .setParameter("seller", invoice.seller().id()).setParameter("po", invoice.poNumber())
                .setParameter("date", invoice.invoiceDate()).setParameter("id", invoice.id()).getResultList()
                .stream().anyMatch(other -> other.type() == invoice.type() && other.total().equals(invoice.total())
                        && other.shipmentReferences().equals(invoice.shipmentReferences()));
    }

    /**
     * Takes the order for matching (a row lock until the transaction ends), so that two invoices of one order matched at
     * the same time (two queue workers, a receipt and an invoice) cannot both bill the same receipt.
     */
    public void lockForMatching(PurchaseOrder order) {
        em.createNativeQuery("SELECT id FROM purchase_order WHERE id = ? FOR UPDATE").setParameter(1, order.id()).getResultList();
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
