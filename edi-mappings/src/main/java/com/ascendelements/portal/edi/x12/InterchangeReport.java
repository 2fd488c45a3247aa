package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation result of one interchange (ISA..IEA) of a file.
 *
 * @param index                  0-based position of the interchange in the file
 * @param senderQualifier        ISA05
 * @param senderId               ISA06, trimmed
 * @param receiverQualifier      ISA07
 * @param receiverId             ISA08, trimmed
 * @param date                   ISA09 (YYMMDD)
 * @param time                   ISA10 (HHMM)
 * @param controlVersion         ISA12, e.g. "00401"
 * @param controlNumber          ISA13
 * @param acknowledgmentRequested ISA14 = 1
 * @param usageIndicator         ISA15: P production, T test, I information
 * @param delimiters             delimiters declared by the ISA
 * @param groups                 functional groups in the interchange
 * @param issues                 interchange-level issues (TA105)
 */
public record InterchangeReport(int index, String senderQualifier, String senderId, String receiverQualifier,
                                String receiverId, String date, String time, String controlVersion,
                                String controlNumber, boolean acknowledgmentRequested, String usageIndicator,
                                X12Delimiters delimiters, List<FunctionalGroupReport> groups, List<X12Issue> issues) {

    /** Copies the lists. */
    public InterchangeReport {
        groups = List.copyOf(groups);
        issues = List.copyOf(issues);
    }

    /** @return TA104: R when the envelope has an error that is not tolerated, E when errors were only noted, else A */
    public AcknowledgmentCode ackCode() {
        if (issues.stream().anyMatch(i -> !i.tolerated())) {
            return AcknowledgmentCode.R;
        }
        return issues.isEmpty() ? AcknowledgmentCode.A : AcknowledgmentCode.E;
    }

    /** @return TA105: the code of the first interchange issue, or 000 */
    public InterchangeNoteCode noteCode() {
        return issues.stream().map(X12Issue::code).filter(InterchangeNoteCode.class::isInstance)
                .map(InterchangeNoteCode.class::cast).findFirst().orElse(InterchangeNoteCode.NO_ERROR);
    }

    /** @return whether a TA1 must be sent: requested by ISA14 or the envelope itself is broken */
    public boolean requiresTa1() {
        return acknowledgmentRequested || !issues.isEmpty();
    }

    /** @return every issue of the interchange, its groups and transaction sets */
    public List<X12Issue> allIssues() {
        List<X12Issue> all = new ArrayList<>(issues);
        for (FunctionalGroupReport group : groups) {
            all.addAll(group.issues());
            group.transactionSets().forEach(t -> all.addAll(t.issues()));
        }
        return all;
    }

    /** @return a copy with one more interchange issue */
    InterchangeReport withIssue(X12Issue issue) {
        List<X12Issue> more = new ArrayList<>(issues);
        more.add(issue);
        return new InterchangeReport(index, senderQualifier, senderId, receiverQualifier, receiverId, date, time, controlVersion,
                controlNumber, acknowledgmentRequested, usageIndicator, delimiters, groups, more);
    }

    /** @return whether the version is 00402 or later, where ISA11 is a repetition separator */
    public boolean hasRepetitionSeparatorVersion() {
        return IsaHeader.versionNumber(controlVersion) >= 402;
    }
}
