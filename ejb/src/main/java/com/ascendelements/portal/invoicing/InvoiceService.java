package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/** Invoices as finance sees them (matching against shipments is a later step). */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class InvoiceService {

    private static final Map<String, String> SORTABLE = Map.of(
            "invoiceNumber", "i.invoiceNumber", "invoiceDate", "i.invoiceDate", "status", "i.status",
            "seller", "i.seller.name", "poNumber", "i.poNumber");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccessScope scope;

    public Page<Invoice> search(String text, InvoiceStatus status, PageRequest page) {
        Long restrictedTo = scope.restrictedToPartner().orElse(null);
        return new QueryFilter()
                .when(restrictedTo, "(i.seller.id = :p OR i.buyer.id = :p)")
                .contains(text, "i.invoiceNumber")
                .when(status, "i.status = :p")
                .page(em, Invoice.class, "Invoice", "i", page, SORTABLE, "i.invoiceDate DESC, i.id DESC");
    }

    public Invoice get(long id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null || !scope.maySee(invoice.seller(), invoice.buyer())) {
            throw new NotFoundException("Invoice " + id);
        }
        invoice.lines().size();
        return invoice;
    }

    public List<Invoice> forPurchaseOrder(long purchaseOrderId) {
        return em.createQuery("SELECT i FROM Invoice i WHERE i.purchaseOrder.id = :id ORDER BY i.invoiceDate", Invoice.class)
                .setParameter("id", purchaseOrderId).getResultList()
                .stream().filter(i -> scope.maySee(i.seller(), i.buyer())).toList();
    }
}
