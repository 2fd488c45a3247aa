package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A buyer changes or cancels its order, whichever door the change comes through: a person on the order page or over
 * the API ({@link PurchaseOrderService}), or the buyer's system with an 860 (the exchange). The order checks every line
 * before it changes any ({@link PurchaseOrder#change}), so a change is applied whole or not at all; what is applied is
 * audited and announced ({@link PurchaseOrderChanged}): the exchange sends the seller an 860, unless the change came in
 * as one.
 *
 * <p>Internal: its callers decide who may change the order (the buyer's own users, or the buyer's EDI identity).
 */
@Stateless
public class OrderChanges {

    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<PurchaseOrderChanged> changed;
    @Inject
    private PurchaseOrders orders;

    /**
     * @param by       who changes it: a user name, or "EDI" and the buyer's code
     * @param received whether the change came in as a document (an inbound 860), so that no 860 is written for it
     */
    public OrderChangeOutcome change(PurchaseOrder order, List<LineChange> changes, String by, boolean received) {
        Optional<String> unchangeable = whyUnchangeable(order);
        if (unchangeable.isPresent()) {
            return OrderChangeOutcome.refused(unchangeable.get());
        }
        if (changes.isEmpty()) {
            return OrderChangeOutcome.refused("The change of order " + order.poNumber() + " names no line");
        }
        Map<String, String> problems = order.problemsOf(changes);
        if (!problems.isEmpty()) {
            return OrderChangeOutcome.linesRefused(problems);
        }
        List<String> done = order.change(changes, by, clock);
        audit.record("PO_CHANGED", "PurchaseOrder", order.id(), "PO " + order.poNumber() + " change " + order.changeCount()
                + (received ? " (860 from " + by + ")" : "") + ": " + String.join("; ", done));
        changed.fire(new PurchaseOrderChanged(order, List.copyOf(changes), false, received));
        return OrderChangeOutcome.applied(done);
    }

    /**
     * The seller's answer to the buyer's change (an 865): noted on the order and audited; a refusal is for the buyer's
     * staff to take up with the seller (the change stands on the buyer's side until they agree otherwise).
     *
     * @param accepted whether the seller accepted every line of the change
     */
    public void sellerAnswered(PurchaseOrder order, String changeNumber, boolean accepted, String detail, String by) {
        String text = (accepted ? "The seller accepted change " : "The seller refused change ") + changeNumber
                + (detail == null || detail.isBlank() ? "" : ": " + detail);
        order.note(by, text, clock);
        audit.record(accepted ? "PO_CHANGE_ACCEPTED_BY_SELLER" : "PO_CHANGE_REFUSED_BY_SELLER", "PurchaseOrder", order.id(),
                "PO " + order.poNumber() + ": " + text);
    }

    /**
     * A change the buyer numbered itself (BCH05 of its 860): refused when it is not newer than the last numbered change
     * applied, so that an older change arriving late does not overwrite a newer one; otherwise as {@link #change} (or
     * {@link #cancel} when {@code cancel}), and the number is remembered once applied.
     */
    public OrderChangeOutcome changeNumbered(PurchaseOrder order, List<LineChange> changes, boolean cancel, String buyersNumber, String by) {
        Optional<String> late = order.whyOutOfDate(buyersNumber);
        if (late.isPresent()) {
            return OrderChangeOutcome.refused(late.get());
        }
        OrderChangeOutcome outcome = cancel ? cancel(order, "cancelled by the buyer's 860", by, true) : change(order, changes, by, true);
        if (outcome.applied()) {
            order.changedAsNumbered(buyersNumber);
        }
        return outcome;
    }

    /** The buyer cancels the whole order, which it may do while nothing has shipped against it. */
    public OrderChangeOutcome cancel(PurchaseOrder order, String reason, String by, boolean received) {
        Optional<String> unchangeable = whyUnchangeable(order);
        if (unchangeable.isPresent()) {
            return OrderChangeOutcome.refused(unchangeable.get().replace("can be changed", "can be cancelled"));
        }
        order.cancel(by, reason, clock);
        audit.record("PO_CANCELLED", "PurchaseOrder", order.id(), "PO " + order.poNumber() + " cancelled by its buyer"
                + (received ? " (860 from " + by + ")" : "") + (reason == null || reason.isBlank() ? "" : ": " + reason));
        changed.fire(new PurchaseOrderChanged(order, List.of(), true, received));
        return OrderChangeOutcome.applied(List.of("order cancelled"));
    }

    /** The order's own reason (shipped, rejected, cancelled), or that it has been invoiced already. */
    private Optional<String> whyUnchangeable(PurchaseOrder order) {
        return order.whyUnchangeable().or(() -> orders.invoiced(order)
                ? Optional.of("Order " + order.poNumber() + " has been invoiced; an invoiced order can no longer be changed")
                : Optional.empty());
    }
}
