package com.ascendelements.portal.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a value may be at all, whichever door it comes through: what the database columns can hold (NUMERIC(19,4)),
 * and what is plausible in this trade (no order dated in year 1, no line of a billion tonnes). Rules call these so that
 * an implausible value is refused with its reason rather than failing at the database.
 */
public final class Limits {

    /** The largest amount a NUMERIC(19,4) column holds. */
    public static final BigDecimal RECORDABLE = new BigDecimal("999999999999999.9999");

    /** The most of anything on one order line: a million tonnes (in kg), or a billion pieces. */
    public static final BigDecimal PLAUSIBLE_QUANTITY = new BigDecimal("1000000000");

    /** The highest unit price taken: a billion in the order's currency per unit. */
    public static final BigDecimal PLAUSIBLE_PRICE = new BigDecimal("1000000000");

    /** The most one order line may come to: a trillion in the order's currency (and well within the columns). */
    public static final BigDecimal PLAUSIBLE_AMOUNT = new BigDecimal("1000000000000");

    /** The earliest document date taken; anything before is a typing or mapping error. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    /** How far ahead an order may be dated, and its requested dates lie. */
    public static final int YEARS_AHEAD = 10;

    private Limits() {
    }

    /** Refuses a value the columns cannot hold (a 10^15 kg quantity, a price of 10^16), naming it. */
    static BigDecimal recordable(BigDecimal value, String what) {
        if (value.abs().compareTo(RECORDABLE) > 0) {
            throw new IllegalArgumentException(what + " of " + value.toPlainString() + " is too large to record");
        }
        return value;
    }

    /** Why a date cannot be a document's, if it cannot: before 2000 or more than ten years from today. */
    public static Optional<String> implausibleDate(LocalDate date, LocalDate today, String what) {
        if (date.isBefore(EARLIEST_DATE)) {
            return Optional.of("The " + what + " " + date + " is before " + EARLIEST_DATE.getYear());
        }
        if (date.isAfter(today.plusYears(YEARS_AHEAD))) {
            return Optional.of("The " + what + " " + date + " is more than " + YEARS_AHEAD + " years ahead");
        }
        return Optional.empty();
    }
}
