package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates the envelope and syntax of a received X12 file (one or more interchanges, each with its own delimiters)
 * with StAEDI: ISA field widths and values, ISA13=IEA02, GS06=GE02, ST02=SE02, IEA01/GE01/SE01 counts, and the
 * transaction sets 850, 855, 856, 810 and 997 in versions 004010 and 005010 against the gateway's schemas
 * (mandatory segments and elements, lengths, code values). An interchange control number that repeats within the
 * file is reported (TA105 025); duplicates across files need the caller's history of received ISA13 per sender.
 *
 * <p>Bad input never throws: every problem becomes an {@link X12Issue} with its location and its TA1/997 code.
 * Instances are immutable and thread-safe.
 */
public final class InterchangeValidator {

    private final boolean tolerateUnknownSegments;

    /** A validator that notes unknown but well-formed segments (AK501 E) rather than rejecting the set. */
    public InterchangeValidator() {
        this(true);
    }

    /**
     * @param tolerateUnknownSegments whether a well-formed segment that the transaction set does not define is only
     *                                noted (AK304 6 with AK501 E) instead of rejecting the set (AK501 R)
     */
    public InterchangeValidator(boolean tolerateUnknownSegments) {
        this.tolerateUnknownSegments = tolerateUnknownSegments;
    }

    /**
     * @param file raw bytes of a received file; {@code null} is treated as empty
     * @return the report of every interchange in the file
     */
    public X12ValidationReport validate(byte[] file) {
        InterchangeSplitter.Split split;
        try {
            split = InterchangeSplitter.split(file);
        } catch (RuntimeException e) {
            X12Issue issue = new X12Issue(IssueLevel.FILE, InterchangeNoteCode.INVALID_CONTENT,
                    X12ErrorLocation.ofInterchange(0, -1, null, -1), "unreadable file: " + e, null, false);
            return new X12ValidationReport(List.of(), List.of(issue));
        }
        List<InterchangeReport> interchanges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (InterchangeSplitter.RawInterchange raw : split.interchanges()) {
            InterchangeReport report = new InterchangeScanner(raw, tolerateUnknownSegments).scan();
            if (!seen.add(report.senderQualifier() + '/' + report.senderId() + '/' + report.controlNumber())) {
                report = report.withIssue(X12Issue.of(InterchangeNoteCode.DUPLICATE_CONTROL_NUMBER,
                        X12ErrorLocation.ofInterchange(report.index(), 1, "ISA", 13),
                        "interchange control number " + report.controlNumber() + " of " + report.senderId()
                                + " occurs twice in the file"));
            }
            interchanges.add(report);
        }
        return new X12ValidationReport(interchanges, split.fileIssues());
    }
}
