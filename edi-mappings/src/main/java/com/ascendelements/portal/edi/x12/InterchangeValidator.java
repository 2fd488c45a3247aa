package com.ascendelements.portal.edi.x12;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    private final Set<EnvelopeDeviation> allowedDeviations;

    /** A validator that notes unknown but well-formed segments (AK501 E) rather than rejecting the set. */
    public InterchangeValidator() {
        this(true);
    }

    /**
     * @param tolerateUnknownSegments whether a well-formed segment that the transaction set does not define is only
     *                                noted (AK304 6 with AK501 E) instead of rejecting the set (AK501 R)
     */
    public InterchangeValidator(boolean tolerateUnknownSegments) {
        this(tolerateUnknownSegments, Set.of());
    }

    /**
     * @param tolerateUnknownSegments see {@link #InterchangeValidator(boolean)}
     * @param allowedDeviations       envelope deviations of the sender that are noted (tolerated, with their X12 code)
     *                                instead of rejecting; empty is strict
     */
    public InterchangeValidator(boolean tolerateUnknownSegments, Set<EnvelopeDeviation> allowedDeviations) {
        this.tolerateUnknownSegments = tolerateUnknownSegments;
        this.allowedDeviations = allowedDeviations.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(allowedDeviations);
    }

    /** @return a validator like this one that allows {@code deviations} */
    public InterchangeValidator allowing(Set<EnvelopeDeviation> deviations) {
        return new InterchangeValidator(tolerateUnknownSegments, deviations);
    }

    /**
     * @param file raw bytes of a received file; {@code null} is treated as empty
     * @return the report of every interchange in the file
     */
    public X12ValidationReport validate(byte[] file) {
        return validate(new ByteArrayInputStream(file == null ? new byte[0] : file));
    }

    /**
     * Validates a file as it is read: memory is bounded by the largest segment plus the report, which keeps per
     * transaction set only what its AK2/AK5 needs (see {@link FunctionalGroupReport#transactionSets()}). The stream is
     * read to its end and not closed.
     *
     * @param file a received file
     * @return the report of every interchange in the file
     * @throws java.io.UncheckedIOException when reading the stream fails
     */
    public X12ValidationReport validate(InputStream file) {
        InterchangeSplitter.Interchanges split = InterchangeSplitter.stream(file);
        List<InterchangeReport> interchanges = new ArrayList<>();
        List<X12Issue> fileIssues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            InterchangeSplitter.RawInterchange raw;
            while ((raw = split.next()) != null) {
                InterchangeReport report = new InterchangeScanner(raw, tolerateUnknownSegments, allowedDeviations).scan();
                if (raw.wrapped() && fileIssues.stream().noneMatch(i -> i.code() == ReceptionNote.HARD_WRAPPED)) {
                    fileIssues.add(new X12Issue(IssueLevel.FILE, ReceptionNote.HARD_WRAPPED,
                            X12ErrorLocation.ofInterchange(raw.index(), 1, "ISA", -1), "the file is hard-wrapped (line breaks inside "
                            + "the ISA or inside segments, first in interchange " + report.controlNumber() + "): the lines were joined",
                            null, true));
                }
                if (!seen.add(report.senderQualifier() + '/' + report.senderId() + '/' + report.controlNumber())) {
                    report = report.withIssue(X12Issue.of(InterchangeNoteCode.DUPLICATE_CONTROL_NUMBER,
                            X12ErrorLocation.ofInterchange(report.index(), 1, "ISA", 13),
                            "interchange control number " + report.controlNumber() + " of " + report.senderId()
                                    + " occurs twice in the file"));
                }
                interchanges.add(report);
            }
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            fileIssues.add(new X12Issue(IssueLevel.FILE, InterchangeNoteCode.INVALID_CONTENT,
                    X12ErrorLocation.ofInterchange(interchanges.size(), -1, null, -1), "unreadable file: " + e, null, false));
        }
        fileIssues.addAll(0, split.fileIssues());
        return new X12ValidationReport(interchanges, fileIssues);
    }
}
