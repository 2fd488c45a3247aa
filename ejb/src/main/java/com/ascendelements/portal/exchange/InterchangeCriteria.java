package com.ascendelements.portal.exchange;

import java.time.LocalDate;

/** What the EDI monitor filters by; every field is optional. */
public record InterchangeCriteria(Long partnerId, String controlNumber, Direction direction, InterchangeStatus status,
                                  LocalDate from, LocalDate to, String fileName, String poNumber) {

    public static InterchangeCriteria none() {
        return new InterchangeCriteria(null, null, null, null, null, null, null, null);
    }
}
