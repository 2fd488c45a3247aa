package com.ascendelements.portal.edi.x12;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validation result of one transaction set (ST..SE), the content of one AK2..AK5 block of a 997.
 *
 * @param identifier           ST01, e.g. "850"
 * @param controlNumber        ST02
 * @param implementationReference ST03 (005010), or {@code null}
 * @param segmentCount         segments actually received from ST to SE inclusive
 * @param declaredSegmentCount SE01 as received, or {@code null} when SE is missing or SE01 is not a number
 * @param issues               transaction, segment and element issues, in the order found
 */
public record TransactionSetReport(String identifier, String controlNumber, String implementationReference,
                                   int segmentCount, Integer declaredSegmentCount, List<X12Issue> issues) {

    /** Copies the issue list. */
    public TransactionSetReport {
        issues = List.copyOf(issues);
    }

    /** @return AK501: R when any issue is not tolerated, E when only tolerated issues were noted, else A */
    public AcknowledgmentCode ackCode() {
        if (issues.stream().anyMatch(i -> !i.tolerated())) {
            return AcknowledgmentCode.R;
        }
        return issues.isEmpty() ? AcknowledgmentCode.A : AcknowledgmentCode.E;
    }

    /** @return AK502..AK506 codes: transaction-level codes, plus 5 when segments or elements are in error */
    public List<TransactionSetErrorCode> errorCodes() {
        Set<TransactionSetErrorCode> codes = new LinkedHashSet<>();
        for (X12Issue issue : issues) {
            if (issue.code() instanceof TransactionSetErrorCode code) {
                codes.add(code);
            } else if (issue.level() == IssueLevel.SEGMENT || issue.level() == IssueLevel.ELEMENT) {
                codes.add(TransactionSetErrorCode.SEGMENTS_IN_ERROR);
            }
        }
        return List.copyOf(codes);
    }
}
