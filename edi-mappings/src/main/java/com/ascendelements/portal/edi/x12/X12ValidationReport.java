package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation result of a whole received file, which may hold several interchanges.
 *
 * @param interchanges the interchanges found, in file order
 * @param fileIssues   problems outside any readable interchange: empty file, no ISA, unreadable ISA, data between
 *                     interchanges. These cannot be acknowledged (there is no control number to refer to). Tolerated
 *                     ones are notes for people (e.g. {@link ReceptionNote#HARD_WRAPPED}) that do not refuse the file.
 */
public record X12ValidationReport(List<InterchangeReport> interchanges, List<X12Issue> fileIssues) {

    /** Copies the lists. */
    public X12ValidationReport {
        interchanges = List.copyOf(interchanges);
        fileIssues = List.copyOf(fileIssues);
    }

    /** @return whether the file has no issue at all (tolerated ones included) */
    public boolean isClean() {
        return allIssues().isEmpty();
    }

    /**
     * @return whether every interchange, group and transaction set is accepted (A or E) and nothing is outside but
     *         tolerated notes
     */
    public boolean isAccepted() {
        return !interchanges.isEmpty() && fileIssues.stream().allMatch(X12Issue::tolerated) && interchanges.stream().allMatch(i -> i.ackCode().accepted()
                && i.groups().stream().allMatch(g -> g.ackCode() == AcknowledgmentCode.A || g.ackCode() == AcknowledgmentCode.E));
    }

    /**
     * A finding the validator cannot make alone because it needs the gateway's history, e.g. an interchange control
     * number that an earlier file of the same sender used already (TA105 025).
     *
     * @param interchangeIndex 0-based index of the interchange in the file
     * @param issue            an interchange-level issue
     * @return a copy of the report with the issue added to that interchange
     */
    public X12ValidationReport withInterchangeIssue(int interchangeIndex, X12Issue issue) {
        List<InterchangeReport> changed = new ArrayList<>(interchanges);
        changed.set(interchangeIndex, changed.get(interchangeIndex).withIssue(issue));
        return new X12ValidationReport(changed, fileIssues);
    }

    /** @return every issue in file order: file issues first, then per interchange */
    public List<X12Issue> allIssues() {
        List<X12Issue> all = new ArrayList<>(fileIssues);
        interchanges.forEach(i -> all.addAll(i.allIssues()));
        return all;
    }
}
