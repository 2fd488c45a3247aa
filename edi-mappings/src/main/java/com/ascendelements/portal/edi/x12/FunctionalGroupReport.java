package com.ascendelements.portal.edi.x12;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validation result of one functional group (GS..GE), the content of one 997.
 *
 * @param functionalIdentifier     GS01, e.g. "PO", "SH", "IN", "FA"
 * @param applicationSender        GS02
 * @param applicationReceiver      GS03
 * @param controlNumber            GS06
 * @param version                  GS08, e.g. "004010"
 * @param declaredTransactionCount GE01 as received, or {@code null}
 * @param transactionSets          the transaction sets in the group, each of them (the 997 names every one); from the
 *                                 validator, sets without issues are packed and their reports made again on access
 * @param issues                   group-level issues (AK905)
 */
public record FunctionalGroupReport(String functionalIdentifier, String applicationSender, String applicationReceiver,
                                    String controlNumber, String version, Integer declaredTransactionCount,
                                    List<TransactionSetReport> transactionSets, List<X12Issue> issues) {

    /** Copies the lists (the validator's compact list of transaction sets is kept as it is: nobody can change it). */
    public FunctionalGroupReport {
        transactionSets = transactionSets instanceof TransactionSetList ? transactionSets : List.copyOf(transactionSets);
        issues = List.copyOf(issues);
    }

    /** @return whether this group carries functional acknowledgments (GS01 = FA), which are never acknowledged */
    public boolean isFunctionalAcknowledgment() {
        return "FA".equals(functionalIdentifier);
    }

    /** @return number of transaction sets accepted (AK501 A or E) */
    public int acceptedCount() {
        return (int) transactionSets.stream().filter(t -> t.ackCode().accepted()).count();
    }

    /** @return AK901: R on group errors or when no set is accepted, P when some are, E/A otherwise */
    public AcknowledgmentCode ackCode() {
        if (issues.stream().anyMatch(i -> !i.tolerated())) {
            return AcknowledgmentCode.R;
        }
        int accepted = acceptedCount();
        if (!transactionSets.isEmpty() && accepted == 0) {
            return AcknowledgmentCode.R;
        }
        if (accepted < transactionSets.size()) {
            return AcknowledgmentCode.P;
        }
        boolean noted = !issues.isEmpty() || transactionSets.stream().anyMatch(t -> t.ackCode() == AcknowledgmentCode.E);
        return noted ? AcknowledgmentCode.E : AcknowledgmentCode.A;
    }

    /** @return AK905..AK909 codes */
    public List<FunctionalGroupErrorCode> errorCodes() {
        Set<FunctionalGroupErrorCode> codes = new LinkedHashSet<>();
        for (X12Issue issue : issues) {
            if (issue.code() instanceof FunctionalGroupErrorCode code) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
