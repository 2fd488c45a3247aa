package com.ascendelements.portal.edi.x12;

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
