package com.ascendelements.portal.edi.x12.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An 855 to write: the seller's answer to a purchase order, line by line.
 *
 * @param type  BAK02: AC acknowledged with detail and change, AD acknowledged without change, RD rejected with detail, RJ
 *              rejected without detail
 * @param lines PO1 with ACK per line
 * @param notes what a person at the buyer reads: why the order was refused (an N9 L1 loop with one MSG per note)
 */
public record PurchaseOrderAcknowledgment(String type, String poNumber, LocalDate poDate, List<Line> lines, List<String> notes) {

    public PurchaseOrderAcknowledgment(String type, String poNumber, LocalDate poDate, List<Line> lines) {
        this(type, poNumber, poDate, lines, List.of());
    }

    /** One answered line; status is ACK01: IA accepted, IR rejected, IC changed. */
    public record Line(String lineNumber, BigDecimal quantity, String unitCode, BigDecimal unitPrice, String productId,
                       String status) {
    }

    public PurchaseOrderAcknowledgment {
        lines = List.copyOf(lines);
        notes = notes.stream().map(MessageText::of).filter(n -> !n.isEmpty()).toList();
        if (lines.isEmpty() && !"RJ".equals(type) && !"RD".equals(type)) {
            throw new IllegalArgumentException("An 855 that is not a rejection needs at least one line");
        }
    }
}
