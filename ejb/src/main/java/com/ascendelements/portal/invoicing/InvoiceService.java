package com.ascendelements.portal.invoicing;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.purchasing.Fulfilment;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.shipping.ShipNotices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Invoices as finance sees them, and the seller's invoice from the portal (matched as soon as it is issued). */
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

    @Inject
    private Invoices invoices;

    @Inject
    private ShipNotices shipNotices;

    @Inject
    private Fulfilment fulfilment;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Invoicing invoicing;

    @Inject
    private InvoiceMatching matching;

    @Inject
    private Event<InvoiceDisputed> disputes;
    @Inject
    private Event<InvoiceStatusChanged> changed;

    public Page<Invoice> search(String text, InvoiceStatus status, PageRequest page) {
        return search(text, status, null, null, null, page);
    }

    /** Invoices the caller may see, filtered by number text, status, a partner (seller or buyer) and an invoice-date period. */
    public Page<Invoice> search(String text, InvoiceStatus status, String partnerCode, LocalDate from, LocalDate to, PageRequest page) {
        Long restrictedTo = scope.restrictedToPartner().orElse(null);
        return new QueryFilter()
                .when(restrictedTo, "(i.seller.id = :p OR i.buyer.id = :p)")
                .when(partnerCode, "(i.seller.code = :p OR i.buyer.code = :p)")
                .contains(text, "i.invoiceNumber")
                .when(status, "i.status = :p")
                .when(from, "i.invoiceDate >= :p")
                .when(to, "i.invoiceDate <= :p")
                .batch("i.lines", "i.purchaseOrder")   // the list shows each invoice's total
                .page(em, Invoice.class, "Invoice", "i", page, SORTABLE, "i.invoiceDate DESC, i.id DESC");
    }

    /** Finance approves an exception or a held invoice with its reason. */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.FINANCE})
    public Invoice approve(long id, String reason) {
        return decide(id, "INVOICE_APPROVED", invoice -> invoice.approve(reason, scope.callerName(), clock.instant()));
    }

    /** Finance holds an exception while it finds out more. */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.FINANCE})
    public Invoice hold(long id, String reason) {
        return decide(id, "INVOICE_HELD", invoice -> invoice.hold(reason, scope.callerName(), clock.instant()));
    }

    /** Finance disputes an exception or a held invoice; the seller sees the dispute and its reason. */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.FINANCE})
    public Invoice dispute(long id, String reason) {
        Invoice disputed = decide(id, "INVOICE_DISPUTED", invoice -> invoice.dispute(reason, scope.callerName(), clock.instant()));
        disputes.fire(new InvoiceDisputed(disputed, disputed.decisionReason().orElse(reason)));
        // what it billed is free again: the order's waiting invoices may match now
        disputed.purchaseOrder().ifPresent(matching::matchWaiting);
        return disputed;
    }

    /**
     * One decision on an invoice, audited; refused with its reason when the invoice is not in a state for it, and when
     * someone else decided it meanwhile (the first one wins).
     */
    private Invoice decide(long id, String action, java.util.function.Consumer<Invoice> decision) {
        Invoice invoice = get(id);
        try {
            decision.accept(invoice);
            em.flush();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new InvalidRequestException("Invoice " + invoice.invoiceNumber() + " was changed by someone else meanwhile; look again");
        }
        audit.record(action, "Invoice", invoice.invoiceNumber(), "Invoice " + invoice.invoiceNumber() + " from " + invoice.seller().code()
                + " for PO " + invoice.poNumber() + ": " + invoice.status() + " — " + invoice.decisionReason().orElse(""));
        changed.fire(new InvoiceStatusChanged(invoice));
        return invoice;
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

    /**
     * An invoice form for the order, prefilled from its lines (what has shipped and is not yet invoiced) at the order's
     * prices; only for the order's seller (others are told the order does not exist).
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public InvoiceDraft draftFor(long orderId) {
        PurchaseOrder order = fulfilment.orderToFulfil(orderId);
        return InvoiceDraft.prefilledFrom(order, shipNotices.shippedPerLine(order), invoices.invoicedPerLine(order), LocalDate.now(clock));
    }

    /**
     * The seller issues an invoice against its order: the invoice is recorded and the 810 written in the same
     * transaction. A form with problems is refused field by field.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public Invoice issue(long orderId, InvoiceDraft draft) {
        PurchaseOrder order = fulfilment.orderToFulfil(orderId);
        FieldErrors errors = draft.check(order, invoices.invoicedPerLine(order, draft.getType()), LocalDate.now(clock));
        if (!errors.has("invoiceNumber") && invoices.exists(order.seller(), draft.getInvoiceNumber())) {
            errors.add("invoiceNumber", "Invoice number " + draft.getInvoiceNumber().strip() + " has been used before");
        }
        errors.throwIfAny();
        Invoice invoice = draft.toInvoice(order);
        invoicing.record(invoice, scope.callerName(), false).ifPresent(refusal -> {
            throw new InvalidRequestException(refusal);
        });
        return invoice;
    }
}
