package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an order as it was asked for, before the rules have seen it: from procurement's form, the API or a
 * customer's 850. What the door could not make sense of stays as given, so that the refusal can name it.
 *
 * @param lineNumber   the buyer's line number
 * @param materialCode the material asked for, as given (empty when none was)
 * @param unit         the ordered quantity's unit, null when none was given or the given one ({@code unitCode}) is not ours
 * @param unitCode     the unit as the door received it (an X12 code), for the refusal; null from a form
 */
public record OrderedLine(String lineNumber, String materialCode, BigDecimal quantity, UnitOfMeasure unit, String unitCode,
                          BigDecimal unitPrice, UnitOfMeasure priceUnit, LocalDate requestedShipDate,
                          LocalDate requestedDeliveryDate) {
}
