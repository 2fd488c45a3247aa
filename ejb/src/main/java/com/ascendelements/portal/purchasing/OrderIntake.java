package com.ascendelements.portal.purchasing;

import java.util.List;
import java.util.Optional;

/**
 * What became of a customer's order: taken (with the lines that obey the rules) or refused as a whole, and each refused
 * line with its reason. A taken order waits for the hub's answer to its lines like any other.
 */
public record OrderIntake(Optional<PurchaseOrder> order, Optional<String> refusal, List<RefusedLine> refusedLines) {

    /** A line of the customer's order that is not on the order, and why. */
    public record RefusedLine(OrderedLine line, String reason) {
    }

    static OrderIntake taken(PurchaseOrder order, List<RefusedLine> refusedLines) {
        return new OrderIntake(Optional.of(order), Optional.empty(), List.copyOf(refusedLines));
    }

    static OrderIntake refused(String reason, List<RefusedLine> refusedLines) {
        return new OrderIntake(Optional.empty(), Optional.of(reason), List.copyOf(refusedLines));
    }
}
