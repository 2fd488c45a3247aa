package com.ascendelements.portal.purchasing;

import com.ascendelements.portal.common.Quantity;
import java.util.Objects;

/**
 * The seller's answer to one purchase order line, as a person gives it in the portal or an 855 carries it.
 *
 * @param lineNumber the line (PO101)
 * @param status     accepted, changed or rejected
 * @param confirmed  for a change, the quantity the seller confirms when it is not what was ordered; else {@code null}
 */
public record LineAnswer(String lineNumber, LineStatus status, Quantity confirmed) {

    public LineAnswer {
        Objects.requireNonNull(lineNumber, "line number");
        Objects.requireNonNull(status, "answer");
        if (status == LineStatus.OPEN) {
            throw new IllegalArgumentException("An answer must accept, change or reject line " + lineNumber);
        }
        if (confirmed != null && status != LineStatus.CHANGED) {
            throw new IllegalArgumentException("Line " + lineNumber + ": only a change confirms another quantity");
        }
    }

    public static LineAnswer of(String lineNumber, LineStatus status) {
        return new LineAnswer(lineNumber, status, null);
    }

    public static LineAnswer changedTo(String lineNumber, Quantity confirmed) {
        return new LineAnswer(lineNumber, LineStatus.CHANGED, Objects.requireNonNull(confirmed, "confirmed quantity"));
    }
}
