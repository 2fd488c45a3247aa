package com.ascendelements.portal.web.api;

import com.ascendelements.portal.common.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given as a query parameter (yyyy-MM-dd): absent is null, anything else a 400 naming the parameter. */
final class QueryDates {

    private QueryDates() {
    }

    static LocalDate date(String value, String name) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " is a date like 2026-12-31: " + value);
        }
    }
}
