package com.ascendelements.portal.purchasing;

import java.util.List;
import java.util.Optional;

/**
 * What became of a customer's order: taken (with the lines that obey the rules) or refused as a whole, and each refused
 * line with its reason. A taken order waits for the hub's answer to its lines like any other. {@code resent}: the
 * request repeats an order taken before (the same number, lines, materials and quantities), which is {@code order}.
 */
public record OrderIntake(Optional<PurchaseOrder> order, Optional<String> refusal, List<RefusedLine> refusedLines, boolean resent) {

    /** A line of the customer's order that is not on the order, and why. */
    public record RefusedLine(OrderedLine line, String reason) {
    }

    static OrderIntake taken(PurchaseOrder order, List<RefusedLine> refusedLines) {
        return new OrderIntake(Optional.of(order), Optional.empty(), List.copyOf(refusedLines), false);
    }

    static OrderIntake refused(String reason, List<RefusedLine> refusedLines) {
        return new OrderIntake(Optional.empty(), Optional.of(reason), List.copyOf(refusedLines), false);
    }

    /** The very order taken before, sent again: nothing new is recorded, and nothing is refused. */
    static OrderIntake resentOf(PurchaseOrder order) {
        return new OrderIntake(Optional.of(order), Optional.empty(), List.of(), true);
    }
}
