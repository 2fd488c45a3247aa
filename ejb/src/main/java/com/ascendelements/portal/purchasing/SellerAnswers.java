package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A seller answers a purchase order, whichever door the answer comes through: a person in the portal or over the API
 * ({@link PurchaseOrderService}), or the seller's system with an 855 (the exchange). The order checks every answer
 * before it records any; each answer is audited; when the last open line is answered, {@link PurchaseOrderAnswered}
 * goes out (the exchange writes the 855 that says so, unless the answer came in as one).
 *
 * <p>Internal: its callers decide who may answer (the seller's own users, or the seller's EDI identity).
 */
@Stateless
public class SellerAnswers {

    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<PurchaseOrderAnswered> answered;

    /**
     * @param order    the order being answered
     * @param answers  the seller's answers, one per line it answers
     * @param by       who answers: a user name, or "EDI" and the partner's code
     * @param received whether the answer came in as a document (an inbound 855), so that no 855 is written for it
     * @return empty when recorded, or why the order refuses the answers (nothing is then recorded)
     */
    public Optional<String> answer(PurchaseOrder order, List<LineAnswer> answers, String by, boolean received) {
        boolean wasOpen = order.status() == PurchaseOrderStatus.OPEN;
        List<String> changes;
        try {
            changes = order.answer(answers, by, clock);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        java.util.Iterator<String> change = changes.iterator();
        String from = received ? " (855 from " + by + ")" : "";
        for (LineAnswer answer : answers) {
            audit.record("PO_LINE_" + answer.status().name(), "PurchaseOrder", order.id(), "PO " + order.poNumber()
                    + (answer.confirmed() == null ? " line " + answer.lineNumber() : " " + change.next()) + from);
        }
        if (wasOpen && order.status() != PurchaseOrderStatus.OPEN) {
            answered.fire(new PurchaseOrderAnswered(order, received));
        }
        return Optional.empty();
    }
}
