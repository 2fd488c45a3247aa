package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.FunctionalAcknowledgmentMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a partner's 997 says of one of our functional groups (one AK1 ... AK9).
 *
 * @param functionalId       AK1-01, the functional identifier of our group (e.g. PR)
 * @param groupControlNumber AK1-02, our GS06
 * @param code               AK9-01: A, E, P, R (or M, W, X)
 * @param setsIncluded       AK9-02
 * @param setsReceived       AK9-03
 * @param setsAccepted       AK9-04
 * @param groupErrors        AK9-05..09, the group's error codes
 * @param transactionSets    one per AK2, with its AK5 code and the AK3/AK4/AK5 error codes
 */
public record FunctionalAcknowledgment(String functionalId, String groupControlNumber, String code, Integer setsIncluded,
                                       Integer setsReceived, Integer setsAccepted, List<String> groupErrors,
                                       List<TransactionSet> transactionSets) {

    public FunctionalAcknowledgment {
        groupErrors = List.copyOf(groupErrors);
        transactionSets = List.copyOf(transactionSets);
    }

    /**
     * One AK2 loop.
     *
     * @param setId          AK2-01
     * @param controlNumber  AK2-02, our ST02
     * @param code           AK5-01
     * @param errors         readable error codes: "AK3 N1 segment 5 code 8", "AK4 element 2 code 7", "AK5 5"
     */
    public record TransactionSet(String setId, String controlNumber, String code, List<String> errors) {
        public TransactionSet {
            errors = List.copyOf(errors);
        }
    }

    /**
     * What a 997 says, as the Smooks mapping of the 997 read it: its AK3 and AK4 as readable codes ("AK3 N1 segment 5
     * code 8", "AK4 N1 element 2 code 7", the segment of an AK4 being the AK3's before it), its AK5 and AK9 codes. An AK2
     * loop without its AK5 verdict says nothing of the set and is left out; a count that is no number is no count.
     *
     * @throws IllegalArgumentException when the 997 has no AK9 verdict: it says nothing of the group
     */
    public static FunctionalAcknowledgment of(FunctionalAcknowledgmentMessage message) {
        if (text(message.getCode()) == null) {
            throw new IllegalArgumentException("the 997 with control number " + message.getControlNumber() + " for group "
                    + message.getGroupControlNumber() + " has no AK9 verdict");
        }
        List<TransactionSet> sets = new ArrayList<>();
        for (FunctionalAcknowledgmentMessage.AcknowledgedSet set : message.getSets()) {
            if (text(set.getCode()) == null) {
                continue;
            }
            List<String> errors = new ArrayList<>();
            String segment = null;
            for (FunctionalAcknowledgmentMessage.ReportedError error : set.getErrors()) {
                if (error instanceof FunctionalAcknowledgmentMessage.SegmentError ak3) {
                    segment = text(ak3.getSegmentId());
                    errors.add("AK3 " + segment + " segment " + text(ak3.getPosition())
                            + (text(ak3.getCode()) == null ? "" : " code " + text(ak3.getCode())));
                } else if (error instanceof FunctionalAcknowledgmentMessage.ElementError ak4) {
                    errors.add("AK4 " + (segment == null ? "" : segment + " ") + "element " + text(ak4.getPosition())
                            + (text(ak4.getCode()) == null ? "" : " code " + text(ak4.getCode())));
                }
            }
            codes(set.getSetErrors()).forEach(code -> errors.add("AK5 " + code));
            sets.add(new TransactionSet(text(set.getSetId()), text(set.getControlNumber()), text(set.getCode()), errors));
        }
        return new FunctionalAcknowledgment(text(message.getFunctionalId()), text(message.getGroupControlNumber()),
                text(message.getCode()), count(message.getSetsIncluded()), count(message.getSetsReceived()),
                count(message.getSetsAccepted()), codes(message.getGroupErrors()), sets);
    }

    private static Integer count(String value) {
        String text = text(value);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static List<String> codes(List<String> values) {
        return values.stream().map(FunctionalAcknowledgment::text).filter(java.util.Objects::nonNull).toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The partner's words in one line, for people: "R: AK9 5; 855 0001 R (AK3 N1 segment 5 code 8, AK5 5)". */
    public String summary() {
        StringBuilder text = new StringBuilder(code == null ? "?" : code);
        if (!groupErrors.isEmpty()) {
            text.append(": AK9 ").append(String.join(" ", groupErrors));
        }
        for (TransactionSet set : transactionSets) {
            if (set.errors().isEmpty() && "A".equals(set.code())) {
                continue;
            }
            text.append("; ").append(set.setId()).append(' ').append(set.controlNumber()).append(' ').append(set.code());
            if (!set.errors().isEmpty()) {
                text.append(" (").append(String.join(", ", set.errors())).append(')');
            }
        }
        return text.toString();
    }
}
