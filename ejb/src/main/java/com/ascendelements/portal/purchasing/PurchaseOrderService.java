package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.NotPermittedException;
import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import com.ascendelements.portal.common.QueryFilter;
import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.identity.AccessScope;
import com.ascendelements.portal.identity.PortalRole;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.Contracts;
import com.ascendelements.portal.partners.PartnerRole;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import java.math.BigDecimal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private Fulfilment fulfilment;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SellerAnswers sellerAnswers;

    @Inject
    private OrderChanges orderChanges;

    @Inject
    private Event<PurchaseOrderPlaced> placed;

    @Inject
    private TradingPartners partners;

    @Inject
    private Materials materials;

    @Inject
    private Contracts contracts;

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
     * The seller's answer to one line: a partner user answers the orders its company sells (web EDI for partners
     * without an EDI system), procurement staff the orders the hub sells; nobody answers for another seller.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public PurchaseOrder answerLine(long orderId, String lineNumber, LineStatus answer) {
        return answer(orderId, LineAnswer.of(lineNumber, answer));
    }

    /**
     * The seller confirms another quantity for one line than was ordered (a change: ACK IC in the 855), in the
     * line's unit; who may do so is as for {@link #answerLine}.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public PurchaseOrder changeLine(long orderId, String lineNumber, BigDecimal confirmedQuantity) {
        PurchaseOrder order = get(orderId);
        PurchaseOrderLine line = order.line(lineNumber)
                .orElseThrow(() -> new InvalidRequestException("Order " + order.poNumber() + " has no line " + lineNumber));
        if (confirmedQuantity == null) {
            throw new InvalidRequestException("Enter the quantity you confirm for line " + lineNumber);
        }
        return answer(orderId, LineAnswer.changedTo(lineNumber, Quantity.of(confirmedQuantity, line.quantity().unit())));
    }

    private PurchaseOrder answer(long orderId, LineAnswer answer) {
        PurchaseOrder order = get(orderId);   // not found for whoever may not see it
        if (!fulfilment.mayFulfil(order)) {   // only the seller answers: its users, or the hub's staff for what the hub sells
            throw new NotPermittedException("Only " + order.seller().name() + " answers order " + order.poNumber()
                    + (order.seller().hasRole(com.ascendelements.portal.partners.PartnerRole.HUB) ? "" : "; the hub bought it and waits for the answer"));
        }
        sellerAnswers.answer(order, List.of(answer), scope.callerName(), false).ifPresent(refusal -> {
            throw new InvalidRequestException(refusal);
        });
        return order;
    }

    /**
     * The buyer changes quantities or dates of lines of its order: a partner user for the orders its company placed
     * (web EDI), procurement staff for the orders the hub placed; the seller hears it as an 860. Applied whole or not
     * at all: a change that breaks a rule is refused with each line's reason.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public PurchaseOrder changeOrder(long orderId, List<LineChange> changes) {
        PurchaseOrder order = orderToChange(orderId);
        OrderChangeOutcome outcome = orderChanges.change(order, changes, scope.callerName(), false);
        if (!outcome.applied()) {
            FieldErrors errors = new FieldErrors();
            outcome.refusal().ifPresent(r -> errors.add(FieldErrors.DOCUMENT, r));
            outcome.lineRefusals().forEach((line, reason) -> errors.add("line:" + line, "Line " + line + ": " + reason));
            errors.throwIfAny();
        }
        return order;
    }

    /** The buyer cancels its order while nothing has shipped against it; who may is as for {@link #changeOrder}. */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.PARTNER})
    public PurchaseOrder cancelOrder(long orderId, String reason) {
        PurchaseOrder order = orderToChange(orderId);
        orderChanges.cancel(order, reason == null ? null : reason.strip(), scope.callerName(), false).refusal().ifPresent(r -> {
            throw new InvalidRequestException(r);
        });
        return order;
    }

    /** Whether the caller may change or cancel the order as its buyer (for showing those actions; the service checks again). */
    public boolean mayChange(PurchaseOrder order) {
        return fulfilment.mayOrder(order) && order.whyUnchangeable().isEmpty();
    }

    private PurchaseOrder orderToChange(long orderId) {
        PurchaseOrder order = get(orderId);   // not found for whoever may not see it
        if (!fulfilment.mayOrder(order)) {
            throw new NotPermittedException("Only " + order.buyer().name() + " changes order " + order.poNumber()
                    + "; it placed the order with " + order.seller().name());
        }
        return order;
    }

    /** A new order form: dated today, one empty line. */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public PurchaseOrderDraft newDraft() {
        PurchaseOrderDraft draft = new PurchaseOrderDraft();
        draft.setOrderDate(LocalDate.now(clock));
        return draft;
    }

    /** The suppliers the hub buys from (for the order form). */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public List<TradingPartner> suppliers() {
        return partners.all().stream().filter(p -> p.isActive() && p.hasRole(PartnerRole.SUPPLIER)).toList();
    }

    /**
     * Procurement places an order with a supplier: the hub is the buyer. The order is recorded and its 850 written in
     * the same transaction; a form with problems is refused field by field.
     */
    @RolesAllowed({PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT})
    public PurchaseOrder place(PurchaseOrderDraft draft) {
        FieldErrors errors = new FieldErrors();
        TradingPartner hub = partners.all().stream().filter(p -> p.hasRole(PartnerRole.HUB)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No trading partner is the hub"));
        errors.identifier("poNumber", draft.getPoNumber(), "PO number", 22, true);
        if (!errors.has("poNumber") && orders.byNumber(hub.id(), draft.getPoNumber().strip()).isPresent()) {
            errors.add("poNumber", "PO number " + draft.getPoNumber().strip() + " has been used before");
        }
        TradingPartner seller = draft.getSellerCode() == null ? null : partners.byCode(draft.getSellerCode())
                .filter(p -> p.isActive() && p.hasRole(PartnerRole.SUPPLIER)).orElse(null);
        if (seller == null) {
            errors.add("sellerCode", "Choose the supplier");
        }
        LocalDate orderDate = draft.getOrderDate();
        if (orderDate == null) {
            errors.add("orderDate", "Enter the order date");
        } else {
            OrderLineRules.implausibleOrderDate(orderDate, LocalDate.now(clock)).ifPresent(problem -> errors.add("orderDate", problem));
        }
        String currency = draft.getCurrency() == null ? "" : draft.getCurrency().strip().toUpperCase();
        try {
            Money.zero(currency);
        } catch (IllegalArgumentException e) {
            errors.add("currency", currency.length() == 3 && !currency.isBlank() ? e.getMessage() : "A three-letter currency code, e.g. USD");
        }
        Contract contract = null;
        if (draft.getContractNumber() != null && !draft.getContractNumber().isBlank()) {
            contract = contracts.byNumber(draft.getContractNumber().strip()).orElse(null);
            if (contract == null) {
                errors.add("contractNumber", "No contract " + draft.getContractNumber().strip());
            } else if (seller != null && (!contract.buyer().code().equals(hub.code()) || !contract.seller().code().equals(seller.code()))) {
                errors.add("contractNumber", "Contract " + contract.number() + " is not with " + seller.name());
            } else if (orderDate != null && !contract.isOpenOn(orderDate)) {
                errors.add("contractNumber", "Contract " + contract.number() + " is not active on " + orderDate);
            }
        }
        List<Material> lineMaterials = new ArrayList<>();
        for (int i = 0; i < draft.getLines().size(); i++) {
            OrderedLine line = draft.getLines().get(i).toOrdered(String.valueOf(i + 1));
            Material material = line.materialCode() == null ? null : materials.byCode(line.materialCode()).orElse(null);
            lineMaterials.add(material);
            for (OrderLineRules.Problem problem : OrderLineRules.check(line, material, orderDate, contract)) {
                errors.add("lines:" + i + ":" + problem.field(), problem.message());
            }
        }
        if (draft.getLines().isEmpty()) {
            errors.add(FieldErrors.DOCUMENT, "An order has at least one line");
        }
        errors.throwIfAny();
        PurchaseOrder order = PurchaseOrder.place(draft.getPoNumber().strip(), hub, seller, contract, orderDate, currency,
                scope.callerName(), clock);
        for (int i = 0; i < draft.getLines().size(); i++) {
            PurchaseOrderDraft.Line line = draft.getLines().get(i);
            order.addLine(String.valueOf(i + 1), lineMaterials.get(i), Quantity.of(line.getQuantity(), line.getUnit()),
                    Money.of(line.getUnitPrice(), currency), line.getPriceUnit(), line.getRequestedShipDate(), line.getRequestedDeliveryDate());
        }
        orders.add(order);
        audit.record("PO_PLACED", "PurchaseOrder", order.poNumber(), "PO " + order.poNumber() + " to " + seller.code() + ", "
                + order.lines().size() + " line(s), " + order.total().rounded());
        placed.fire(new PurchaseOrderPlaced(order));
        return order;
    }

    /** Whether the caller may ship and invoice the order (for showing those actions; the services check again). */
    public boolean mayFulfil(PurchaseOrder order) {
        return fulfilment.mayFulfil(order);
    }
}
