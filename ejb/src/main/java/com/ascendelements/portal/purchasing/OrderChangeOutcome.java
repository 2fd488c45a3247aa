package com.ascendelements.portal.purchasing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What became of a buyer's change to its order: applied as a whole, or refused as a whole (never half applied), either
 * because the order cannot be changed at all ({@code refusal}) or because some lines break a rule ({@code lineRefusals},
 * by line number, in the order asked).
 *
 * @param changes what changed, a line of text each ("line 1: 20 MT ordered, now 25 MT")
 */
public record OrderChangeOutcome(boolean applied, Optional<String> refusal, Map<String, String> lineRefusals, List<String> changes) {

    public static OrderChangeOutcome applied(List<String> changes) {
        return new OrderChangeOutcome(true, Optional.empty(), Map.of(), List.copyOf(changes));
    }

    public static OrderChangeOutcome refused(String reason) {
        return new OrderChangeOutcome(false, Optional.of(reason), Map.of(), List.of());
    }

    public static OrderChangeOutcome linesRefused(Map<String, String> reasons) {
        return new OrderChangeOutcome(false, Optional.empty(), java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons)),
                List.of());
    }

    /** Everything refused, in words: the order's reason, or each line's. */
    public String reason() {
        return refusal.orElseGet(() -> String.join("; ", lineRefusals.entrySet().stream()
                .map(e -> "line " + e.getKey() + ": " + e.getValue()).toList()));
    }
}
