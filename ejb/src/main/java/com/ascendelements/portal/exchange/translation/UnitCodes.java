package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.common.UnitOfMeasure;
import java.util.Map;
import java.util.Optional;

/**
 * X12 unit codes (element 355) we trade in, and ours for them. Codes whose meaning differs between partners'
 * usage and the standard (TO, TN) are deliberately absent: an order in them is refused, not guessed.
 */
public final class UnitCodes {

    private static final Map<String, UnitOfMeasure> TO_DOMAIN = Map.of(
            "KG", UnitOfMeasure.KILOGRAM,
            "LB", UnitOfMeasure.POUND,
            "MT", UnitOfMeasure.METRIC_TON,
            "EA", UnitOfMeasure.EACH);

    private static final Map<UnitOfMeasure, String> TO_X12 = Map.of(
            UnitOfMeasure.KILOGRAM, "KG",
            UnitOfMeasure.POUND, "LB",
            UnitOfMeasure.METRIC_TON, "MT",
            UnitOfMeasure.EACH, "EA");

    private UnitCodes() {
    }

    public static Optional<UnitOfMeasure> toDomain(String x12Code) {
        return Optional.ofNullable(x12Code == null ? null : TO_DOMAIN.get(x12Code.strip().toUpperCase()));
    }

    public static String toX12(UnitOfMeasure unit) {
        return TO_X12.get(unit);
    }
}
