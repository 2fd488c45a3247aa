package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;

/** Purchase orders as people work with them; partner users see and answer their own company's orders only. */
@Stateless
@RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE, PortalRole.Names.PARTNER})
public class PurchaseOrderService {

    private static final Map<String, String> SORTABLE = Map.of(
            "poNumber", "o.poNumber", "orderDate", "o.orderDate", "status", "o.status",
            "buyer", "o.buyer.name", "seller", "o.seller.name");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PurchaseOrders orders;

    @Inject
    private AccessScope scope;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<PurchaseOrderAnswered> answered;

    /** A page of the orders matching the criteria, newest first unless sorted otherwise. */
    public Page<PurchaseOrder> search(PurchaseOrderCriteria criteria, PageRequest page) {
        Long restrictedTo = scope.restrictedToPartner().orElse(null);
        return new QueryFilter()
                .when(restrictedTo, "(o.buyer.id = :p OR o.seller.id = :p)")
                .contains(criteria.poNumber(), "o.poNumber")
                .when(criteria.partnerId(), "(o.buyer.id = :p OR o.seller.id = :p)")
                .when(criteria.status(), "o.status = :p")
                .when(criteria.orderedFrom(), "o.orderDate >= :p")
                .when(criteria.orderedTo(), "o.orderDate <= :p")
                .batch("o.lines", "o.buyer", "o.seller")
                .page(em, PurchaseOrder.class, "PurchaseOrder", "o", page, SORTABLE, "o.orderDate DESC, o.id DESC");
    }

    /** The order with its lines and history; unknown and not-yours look the same. */
    public PurchaseOrder get(long id) {
        PurchaseOrder order = orders.byId(id)
                .filter(o -> scope.maySee(o.buyer(), o.seller()))
                .orElseThrow(() -> new NotFoundException("Purchase order " + id));
        order.lines().size();
        order.history().size();
        return order;
    }

    /**
     * The seller's answer to one line. Staff answer for the hub; a partner user may answer only orders its
     * company sells (web EDI for partners without an EDI system).
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public PurchaseOrder answerLine(long orderId, String lineNumber, LineStatus answer) {
        PurchaseOrder order = get(orderId);
        scope.restrictedToPartner().ifPresent(partnerId -> {
            if (!partnerId.equals(order.seller().id())) {
                throw new NotFoundException("Purchase order " + orderId);
            }
        });
        boolean wasOpen = order.status() == PurchaseOrderStatus.OPEN;
        try {
            order.answerLine(lineNumber, answer, scope.callerName(), clock);
            audit.record("PO_LINE_" + answer.name(), "PurchaseOrder", orderId, "PO " + order.poNumber() + " line " + lineNumber);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (wasOpen && order.status() != PurchaseOrderStatus.OPEN) {
            answered.fire(new PurchaseOrderAnswered(order));  // the 855 goes with the last answer
        }
        return order;
    }
}
