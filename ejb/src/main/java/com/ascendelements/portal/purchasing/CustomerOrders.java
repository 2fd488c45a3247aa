package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.Money;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.contracts.Contract;
import com.ascendelements.portal.contracts.Contracts;
import com.ascendelements.portal.partners.TradingPartner;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A customer places an order with the hub (today by 850; the door only translates). The order obeys the rules of
 * procurement's own orders ({@link OrderLineRules}) and, for a customer whose profile says its orders fall under
 * contracts, needs an active contract for each line's material on the order date (or the one it names): a line that
 * breaks a rule is left off the order with its reason, an
 * order none of whose lines can be taken, or whose header cannot (PO number used before, currency, contract), is refused
 * as a whole. What is taken is recorded, audited and announced ({@link PurchaseOrderReceived}); nothing of a refused
 * order is recorded.
 *
 * <p>Internal: its callers decide who may place orders for the buyer (the buyer's EDI identity).
 */
@Stateless
public class CustomerOrders {

    @Inject
    private PurchaseOrders orders;
    @Inject
    private Materials materials;
    @Inject
    private Contracts contracts;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<PurchaseOrderReceived> received;

    /**
     * @param buyer  the customer
     * @param seller the hub
     * @param by     who placed it as the order's history shows it, e.g. "EDI ECOPRO"
     */
    public OrderIntake take(CustomerOrder request, TradingPartner buyer, TradingPartner seller, String by) {
        String poNumber = request.poNumber() == null ? "" : request.poNumber().strip();
        LocalDate orderDate = request.orderDate() == null ? LocalDate.now(clock) : request.orderDate();
        java.util.Optional<PurchaseOrder> before = poNumber.isEmpty() ? java.util.Optional.empty() : orders.byNumber(buyer.id(), poNumber);
        if (before.isPresent() && before.get().seller().id().equals(seller.id()) && repeats(request, before.get())) {
            return OrderIntake.resentOf(before.get());   // the same order again: no second order, and no refusal of the first
        }
        String header = headerProblem(request, poNumber, buyer, seller, orderDate);
        if (header != null) {
            return OrderIntake.refused(header, List.of());
        }
        Contract named = request.contractNumber() == null ? null : contracts.byNumber(request.contractNumber().strip()).orElseThrow();
        String currency = request.currency() == null ? "USD" : request.currency().strip().toUpperCase();
        Map<String, Long> numbered = request.lines().stream().collect(Collectors.groupingBy(OrderedLine::lineNumber, Collectors.counting()));
        Map<OrderedLine, Material> takenLines = new LinkedHashMap<>();
        java.util.Set<Contract> underContracts = new java.util.HashSet<>();
        List<OrderIntake.RefusedLine> refusedLines = new ArrayList<>();
        for (OrderedLine line : request.lines()) {
            Material material = line.materialCode() == null ? null : materials.byCode(line.materialCode().strip()).orElse(null);
            Contract contract = named;
            List<OrderLineRules.Problem> problems = new ArrayList<>();
            if (named == null && material != null && buyer.acknowledgments().ordersUnderContract()) {
                // the customer orders under contracts: the line needs one, and obeys it (its material, its end date)
                contract = contracts.openFor(buyer.id(), seller.id(), material.code(), orderDate).stream().findFirst().orElse(null);
                if (contract == null) {
                    problems.add(new OrderLineRules.Problem("materialCode", "No active contract with " + buyer.name() + " for "
                            + material.code() + " on " + orderDate));
                }
            }
            problems.addAll(OrderLineRules.check(line, material, orderDate, contract));
            if (numbered.get(line.lineNumber()) > 1) {   // every line of a number used twice: an answer by number would be ambiguous
                problems = List.of(new OrderLineRules.Problem("lineNumber", "Line number " + line.lineNumber() + " appears twice"));
            }
            if (problems.isEmpty() && contract != null) {
                underContracts.add(contract);
            }
            if (problems.isEmpty()) {
                takenLines.put(line, material);
            } else {
                refusedLines.add(new OrderIntake.RefusedLine(line, problems.stream().map(OrderLineRules.Problem::message)
                        .distinct().collect(Collectors.joining("; "))));
            }
        }
        if (takenLines.isEmpty()) {
            return OrderIntake.refused(request.lines().isEmpty() ? "The order has no lines" : "None of its lines can be taken", refusedLines);
        }
        PurchaseOrder order;
        try {
            // the order is under the contract it names, or the one contract all its lines fall under
            Contract contract = named != null ? named : underContracts.size() == 1 ? underContracts.iterator().next() : null;
            order = PurchaseOrder.place(poNumber, buyer, seller, contract, orderDate, currency, by, clock);
            takenLines.forEach((line, material) -> order.addLine(line.lineNumber(), material, Quantity.of(line.quantity(), line.unit()),
                    Money.of(line.unitPrice(), currency), line.priceUnit(), line.requestedShipDate(), line.requestedDeliveryDate()));
        } catch (IllegalArgumentException | IllegalStateException e) {   // what the order itself refuses, after the rules
            return OrderIntake.refused(e.getMessage(), refusedLines);
        }
        orders.add(order);
        audit.record("PO_RECEIVED", "PurchaseOrder", order.poNumber(), "PO " + order.poNumber() + " from " + buyer.code() + " (" + by
                + "), " + order.lines().size() + " line(s), " + order.total().rounded()
                + (refusedLines.isEmpty() ? "" : "; refused: " + refusedLines.stream().map(r -> "line " + r.line().lineNumber() + " ("
                + r.reason() + ")").collect(Collectors.joining(", "))));
        received.fire(new PurchaseOrderReceived(order, refusedLines));
        return OrderIntake.taken(order, refusedLines);
    }

    /** Whether the request asks, line for line, for what the order holds: the same numbers, materials and quantities. */
    private static boolean repeats(CustomerOrder request, PurchaseOrder order) {
        return order.lines().stream().allMatch(line -> request.lines().stream().anyMatch(asked -> asked.lineNumber().equals(line.lineNumber())
                && line.material().code().equals(asked.materialCode()) && asked.quantity() != null && asked.unit() != null
                && line.quantity().convertsTo(asked.unit()) && Quantity.of(asked.quantity(), asked.unit()).compareTo(line.quantity()) == 0));
    }

    /** Why the order cannot be taken whatever its lines, or null. */
    private String headerProblem(CustomerOrder request, String poNumber, TradingPartner buyer, TradingPartner seller, LocalDate orderDate) {
        // the same rule as the order form's: present, at most 22 characters, none that is a delimiter in X12
        java.util.Map<String, String> number = new FieldErrors().identifier("poNumber", poNumber, "purchase order number", 22, true).asMap();
        if (!number.isEmpty()) {
            return number.get("poNumber");
        }
        if (!buyer.isActive()) {
            return buyer.name() + " is not an active trading partner";
        }
        if (orders.byNumber(buyer.id(), poNumber).isPresent()) {
            return "Purchase order " + poNumber + " has been used before by " + buyer.name() + " for another order";
        }
        java.util.Optional<String> date = OrderLineRules.implausibleOrderDate(orderDate, LocalDate.now(clock));
        if (date.isPresent()) {
            return date.get();
        }
        try {
            Money.zero(request.currency() == null ? "USD" : request.currency().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return "Currency " + request.currency() + " is not one we invoice in: " + e.getMessage();
        }
        if (request.contractNumber() != null) {
            Contract contract = contracts.byNumber(request.contractNumber().strip()).orElse(null);
            if (contract == null) {
                return "No contract " + request.contractNumber().strip();
            }
            if (!contract.buyer().code().equals(buyer.code()) || !contract.seller().code().equals(seller.code())) {
                return "Contract " + contract.number() + " is not between " + buyer.name() + " and " + seller.name();
            }
            if (!contract.isOpenOn(orderDate)) {
                return "Contract " + contract.number() + " is not active on " + orderDate;
            }
        }
        return null;
    }
}
