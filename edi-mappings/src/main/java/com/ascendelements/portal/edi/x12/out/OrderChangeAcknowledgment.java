package com.ascendelements.portal.edi.x12.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An 865 to write: the seller's answer to a buyer's 860, line by line.
 *
 * @param type           BCA02: AT accepted, AK acknowledged without detail (a cancellation taken), RD rejected with detail
 * @param changeSequence BCA05, the buyer's number of the change it answers (BCH05 of the 860)
 * @param lines          POC with ACK per changed line
 * @param notes          what a person at the buyer reads: why a line, or the change, was refused (an N9 L1 loop of MSGs)
 */
public record OrderChangeAcknowledgment(String type, String poNumber, LocalDate poDate, String changeSequence, LocalDate date,
                                        List<Line> lines, List<String> notes) {

    /**
     * One answered line as the buyer asked for it.
     *
     * @param changeCode POC02 as in the 860
     * @param status     ACK01: IA accepted, IR rejected
     */
    public record Line(String lineNumber, String changeCode, BigDecimal quantity, String unitCode, String productId, String status) {
    }

    public OrderChangeAcknowledgment {
        lines = List.copyOf(lines);
        notes = notes.stream().map(MessageText::of).filter(n -> !n.isEmpty()).toList();
        if (lines.isEmpty() && !java.util.Set.of("RD", "RJ", "AK").contains(type)) {
            throw new IllegalArgumentException("An 865 that accepts a change of lines needs at least one line");
        }
    }
}
