package com.ascendelements.portal.shipping;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.Quantity;
import com.ascendelements.portal.purchasing.LineStatus;
import com.ascendelements.portal.purchasing.PurchaseOrder;
import com.ascendelements.portal.purchasing.PurchaseOrderLine;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A seller ships against purchase orders, whichever door the shipment is told through: the ship notice form or the API
 * ({@link ShipNoticeService#dispatch}) or the seller's 856 (the exchange). The same rules hold for all: a shipment
 * number used once per shipper, orders that can ship, lines of those orders that were not rejected, no more than
 * ordered plus the contract's tolerance ({@link ShipmentRules}), delivery not before shipping. Either the whole ship
 * notice is recorded, the orders move to (partially) shipped, each is audited and {@link ShipmentDispatched} goes out,
 * or nothing is recorded and the reason is returned.
 *
 * <p>Internal: its callers decide who may ship for the seller (the seller's users, or its EDI identity).
 */
@Stateless
public class Shipments {

    @Inject
    private ShipNotices shipNotices;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<ShipmentDispatched> dispatched;

    /**
     * @param by       who ships: a user name, or "EDI" and the partner's code
     * @param received whether the shipment came in as a document (an inbound 856), so that no 856 is written for it
     * @return empty when recorded, or why the shipment is refused (nothing is then recorded)
     */
    public Optional<String> record(ShipNotice notice, String by, boolean received) {
        if (shipNotices.exists(notice.shipper(), notice.shipmentId())) {
            return Optional.of("Ship notice " + notice.shipmentId() + " exists already; not replaced");
        }
        if (notice.expectedDeliveryDate() != null && notice.expectedDeliveryDate().isBefore(notice.shippedAt().toLocalDate())) {
            return Optional.of("Ship notice " + notice.shipmentId() + ": the expected delivery " + notice.expectedDeliveryDate()
                    + " is before the ship date " + notice.shippedAt().toLocalDate());
        }
        // what the notice ships of each order, over all its order loops (two loops for one PO count together)
        Map<PurchaseOrder, Map<String, Quantity>> now = new LinkedHashMap<>();
        for (ShipmentOrder shipped : notice.orders()) {
            // an order the hub does not hold (the customer's own number on a shipment from the hub) has nothing to check
            shipped.purchaseOrder().ifPresent(order -> shippedNow(shipped).forEach((line, quantity) ->
                    now.computeIfAbsent(order, o -> new LinkedHashMap<>()).merge(line, quantity, Quantity::plus)));
        }
        Map<PurchaseOrder, Map<String, Quantity>> before = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        now.forEach((order, lines) -> {
            if (!order.isShippable()) {
                refusals.add("Order " + order.poNumber() + " is " + order.status() + ": nothing can ship against it");
                return;
            }
            Map<String, Quantity> shippedBefore = before.computeIfAbsent(order, shipNotices::shippedPerLine);
            lines.forEach((lineNumber, quantity) -> {
                PurchaseOrderLine line = order.line(lineNumber).orElse(null);
                if (line == null) {
                    refusals.add("Order " + order.poNumber() + " has no line " + lineNumber);
                } else if (line.status() == LineStatus.REJECTED) {
                    refusals.add("Order " + order.poNumber() + " line " + lineNumber + " was rejected and cannot ship");
                } else if (quantity.unit() != line.quantity().unit() && !(quantity.unit().isMass() && line.quantity().unit().isMass())) {
                    refusals.add("Order " + order.poNumber() + " line " + lineNumber + " is in " + line.quantity().unit().symbol()
                            + ", the shipment counts it in " + quantity.unit().symbol());
                } else {
                    ShipmentRules.overShipped(order, line, shippedBefore.getOrDefault(lineNumber, Quantity.zero(quantity.unit())), quantity)
                            .ifPresent(message -> refusals.add("Order " + order.poNumber() + " " + message));
                }
            });
        });
        if (!refusals.isEmpty()) {
            return Optional.of("Ship notice " + notice.shipmentId() + " not recorded: " + String.join("; ", refusals));
        }
        shipNotices.add(notice);
        before.forEach((order, shippedBefore) -> {
            order.recordShipment(everyLineComplete(order, shippedBefore, notice), by, clock);
            audit.record("SHIPMENT_DISPATCHED", "ShipNotice", notice.shipmentId(), "Shipment " + notice.shipmentId() + " against PO "
                    + order.poNumber() + " from " + notice.shipper().code() + " (" + by + "): " + notice.weights().net() + " net, "
                    + notice.orders().stream().mapToInt(o -> o.lots().size()).sum() + " lot(s)");
            dispatched.fire(new ShipmentDispatched(notice, order, received));
        });
        return Optional.empty();
    }

    /** What this shipment carries of each line of one order. */
    private static Map<String, Quantity> shippedNow(ShipmentOrder shipped) {
        Map<String, Quantity> now = new LinkedHashMap<>();
        shipped.lots().forEach(l -> l.items().forEach(i -> now.merge(i.poLineNumber(), i.quantity(), Quantity::plus)));
        return now;
    }

    private static boolean everyLineComplete(PurchaseOrder order, Map<String, Quantity> shippedBefore, ShipNotice notice) {
        Map<String, Quantity> shipped = new HashMap<>(shippedBefore);
        notice.orders().stream().filter(o -> o.purchaseOrder().filter(order::equals).isPresent())
                .forEach(o -> shippedNow(o).forEach((line, quantity) -> shipped.merge(line, quantity, Quantity::plus)));
        return order.lines().stream().filter(l -> l.status() != LineStatus.REJECTED)
                .allMatch(l -> shipped.containsKey(l.lineNumber()) && shipped.get(l.lineNumber()).compareTo(l.quantity()) >= 0);
    }
}
