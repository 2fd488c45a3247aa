package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.Quantity;
import java.time.LocalDate;

/**
 * What the buyer changes on one line of its order: the quantity, the requested dates, or both; null leaves a value as
 * it is. Whichever door it comes through: the order page, the API, or the buyer's 860.
 *
 * @param quantity the line's whole ordered quantity after the change (not the difference), in any unit it converts to
 */
public record LineChange(String lineNumber, Quantity quantity, LocalDate requestedShipDate, LocalDate requestedDeliveryDate) {

    /** Whether it asks for anything at all. */
    public boolean isEmpty() {
        return quantity == null && requestedShipDate == null && requestedDeliveryDate == null;
    }
}
