package com.ascendelements.portal.edi.x12.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An 855 to write: the seller's answer to a purchase order, line by line.
 *
 * @param type  BAK02: AC acknowledged with detail and change, AD acknowledged without change, RJ rejected
 * @param lines PO1 with ACK per line
 */
public record PurchaseOrderAcknowledgment(String type, String poNumber, LocalDate poDate, List<Line> lines) {

    /** One answered line; status is ACK01: IA accepted, IR rejected, IC changed. */
    public record Line(String lineNumber, BigDecimal quantity, String unitCode, BigDecimal unitPrice, String productId,
                       String status) {
    }

    public PurchaseOrderAcknowledgment {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An 855 needs at least one line");
        }
    }
}
