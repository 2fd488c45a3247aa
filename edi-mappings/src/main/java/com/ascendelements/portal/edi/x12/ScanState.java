package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * What the scan of one interchange knows so far: the open functional group and transaction set, the finished groups
 * and the issues, with the helpers that file an issue at the right level.
 */
final class ScanState {

    /** Upper bound of issues kept per interchange, so that a garbage file cannot exhaust memory. */
    static final int MAX_ISSUES = 500;

    /** Mutable state of the open functional group. */
    static final class GroupState {
        final String[] gs = new String[9];
        Integer declaredCount;
        final TransactionSetList sets = new TransactionSetList();
        final List<X12Issue> issues = new ArrayList<>();
        final ControlNumberSet controlNumbers = new ControlNumberSet();
        boolean versionReported;
    }

    /** Mutable state of the open transaction set. */
    static final class TransactionState {
        String identifier;
        String controlNumber;
        String implementationReference;
        int startPosition;
        int segmentCount;
        Integer declaredCount;
        boolean schemaAllowed;
        boolean closed;
        final List<X12Issue> issues = new ArrayList<>();
    }

    final InterchangeSplitter.RawInterchange raw;
    final List<X12Issue> interchangeIssues = new ArrayList<>();
    final List<FunctionalGroupReport> groups = new ArrayList<>();
    /** GS06 values of the interchange, to find one used twice. */
    final java.util.Set<String> groupControlNumbers = new java.util.HashSet<>();
    /** GS element errors wait until GS08 tells whether the version is supported at all. */
    final List<Runnable> pendingGroupHeaderIssues = new ArrayList<>();
    GroupState group;
    TransactionState transaction;
    String segmentTag;
    private int issueCount;

    /** The envelope deviations the sender's profile allows: their issues are tolerated. */
    final java.util.Set<EnvelopeDeviation> allowed;

    ScanState(InterchangeSplitter.RawInterchange raw, java.util.Set<EnvelopeDeviation> allowed) {
        this.raw = raw;
        this.allowed = allowed;
    }

    /** @return whether the deviation is allowed here (the issue is then noted, tolerated) */
    boolean allows(EnvelopeDeviation deviation) {
        return allowed.contains(deviation);
    }

    /** @return the detail of an issue that an allowed deviation tolerates */
    static String allowedDetail(String detail, EnvelopeDeviation deviation) {
        return detail + " (allowed for this partner: " + deviation.description() + ")";
    }

    /** @return whether a transaction set is open and its SE not yet read */
    boolean inTransaction() {
        return transaction != null && !transaction.closed;
    }

    String groupControlNumber() {
        return group == null ? null : group.gs[6];
    }

    /** @return the position of an interchange segment within the open transaction set (ST = 1) */
    int positionInTransaction(int interchangePosition) {
        return interchangePosition > 0 ? interchangePosition - transaction.startPosition + 1 : -1;
    }

    void addInterchangeIssue(InterchangeNoteCode code, int segmentPosition, String tag, int element, String detail) {
        add(interchangeIssues, X12Issue.of(code, X12ErrorLocation.ofInterchange(raw.index(), segmentPosition, tag, element), detail));
    }

    /** Files an interchange issue that an allowed deviation tolerates (TA104 E, its code in TA105). */
    void addToleratedInterchangeIssue(InterchangeNoteCode code, int segmentPosition, String tag, int element, String detail,
                                      EnvelopeDeviation deviation) {
        add(interchangeIssues, new X12Issue(code.level(), code, X12ErrorLocation.ofInterchange(raw.index(), segmentPosition, tag, element),
                allowedDetail(detail, deviation), null, true));
    }

    void addGroupIssue(FunctionalGroupErrorCode code, String tag, int element, String detail) {
        if (group == null) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE, -1, tag, element, detail + " (outside a functional group)");
            return;
        }
        X12ErrorLocation where = new X12ErrorLocation(raw.index(), groupControlNumber(), null, -1, tag, element, -1, -1, null);
        add(group.issues, X12Issue.of(code, where, detail));
    }

    void addTransactionIssue(TransactionSetErrorCode code, String tag, int element, String detail) {
        addTransactionIssue(code, tag, element, detail, null);
    }

    /** @param deviation the allowed deviation that tolerates the issue (AK501 E), or {@code null} */
    void addTransactionIssue(TransactionSetErrorCode code, String tag, int element, String detail, EnvelopeDeviation deviation) {
        if (transaction == null) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, -1, tag, element, detail + " (outside a transaction set)");
            return;
        }
        X12ErrorLocation where = new X12ErrorLocation(raw.index(), groupControlNumber(), transaction.controlNumber,
                "ST".equals(tag) ? 1 : transaction.segmentCount, tag, element, -1, -1, null);
        add(transaction.issues, deviation == null ? X12Issue.of(code, where, detail)
                : new X12Issue(code.level(), code, where, allowedDetail(detail, deviation), null, true));
    }

    /**
     * Keeps the issue while the interchange is under the cap. Past the cap, a set, group or interchange still keeps
     * the issue its acknowledgment code depends on: its first issue, and its first one that is not tolerated (so at
     * most two more each), so that a broken set is never acknowledged as accepted.
     */
    void add(List<X12Issue> target, X12Issue issue) {
        if (issueCount < MAX_ISSUES || target.isEmpty() || !issue.tolerated() && target.stream().allMatch(X12Issue::tolerated)) {
            target.add(issue);
        }
        issueCount++;
    }
}
