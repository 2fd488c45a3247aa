package com.ascendelements.portal.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams one normalized interchange through StAEDI with control-structure and transaction-schema validation and
 * turns its events into an {@link InterchangeReport}.
 */
final class InterchangeScanner {

    /** Upper bound of issues kept per interchange, so that a garbage file cannot exhaust memory. */
    static final int MAX_ISSUES = 500;

    private final InterchangeSplitter.RawInterchange raw;
    private final boolean tolerateUnknownSegments;
    private final List<X12Issue> interchangeIssues = new ArrayList<>();
    private final List<FunctionalGroupReport> groups = new ArrayList<>();
    private int issueCount;

    private GroupState group;
    private TransactionState transaction;
    private String segmentTag;
    private final String[] values = new String[20];
    private boolean interchangeEnded;
    private String readFailure;
    private final List<Runnable> pendingGroupHeaderIssues = new ArrayList<>();

    /** Mutable state of the open functional group. */
    private static final class GroupState {
        final String[] gs = new String[9];
        Integer declaredCount;
        final List<TransactionSetReport> sets = new ArrayList<>();
        final List<X12Issue> issues = new ArrayList<>();
        final Set<String> controlNumbers = new HashSet<>();
        boolean versionReported;
    }

    /** Mutable state of the open transaction set. */
    private static final class TransactionState {
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

    InterchangeScanner(InterchangeSplitter.RawInterchange raw, boolean tolerateUnknownSegments) {
        this.raw = raw;
        this.tolerateUnknownSegments = tolerateUnknownSegments;
    }

    InterchangeReport scan() {
        IsaHeader header = raw.header();
        for (IsaHeader.Problem problem : header.problems()) {
            addInterchangeIssue(problem.code(), 1, "ISA", problem.elementPosition(), problem.detail());
        }
        byte[] input = raw.normalizedText().getBytes(StandardCharsets.ISO_8859_1);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(input))) {
            while (reader.hasNext()) {
                handle(reader, reader.next());
            }
        } catch (EDIStreamException | RuntimeException | java.io.IOException e) {
            readFailure = X12Text.printable(String.valueOf(e.getMessage()), 200);
            if (raw.trailerFound()) {
                addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, -1, segmentTag, -1, "unreadable content: " + readFailure);
            }
        } catch (StackOverflowError e) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, -1, segmentTag, -1, "content too deeply nested");
        }
        closeOpenStructures();
        return new InterchangeReport(raw.index(), header.element(5), header.element(6).trim(), header.element(7),
                header.element(8).trim(), header.element(9), header.element(10), header.element(12), header.element(13),
                "1".equals(header.element(14)), header.element(15), header.delimiters(), groups, interchangeIssues);
    }

    private void handle(EDIStreamReader reader, EDIStreamEvent event) throws EDIStreamException {
        Location location = reader.getLocation();
        switch (event) {
            case START_GROUP -> group = new GroupState();
            case START_TRANSACTION -> {
                transaction = new TransactionState();
                transaction.startPosition = location.getSegmentPosition();
                transaction.schemaAllowed = true;
                if (group == null) {
                    addInterchangeIssue(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE, location.getSegmentPosition(), "ST", -1,
                            "transaction set outside a functional group (no GS)");
                }
            }
            case START_SEGMENT -> {
                segmentTag = reader.getText();
                java.util.Arrays.fill(values, null);
                if (transaction != null && !transaction.closed) {
                    transaction.segmentCount++;
                }
            }
            case ELEMENT_DATA -> keepEnvelopeValue(reader, location);
            case END_SEGMENT -> endSegment(reader);
            case END_TRANSACTION -> endTransaction();
            case END_GROUP -> endGroup();
            case END_INTERCHANGE -> interchangeEnded = true;
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(reader, event, location);
            default -> {
                // loops, composites and binary data need no bookkeeping
            }
        }
    }

    private void keepEnvelopeValue(EDIStreamReader reader, Location location) {
        int position = location.getElementPosition();
        if (isEnvelope(segmentTag) && position > 0 && position < values.length && location.getComponentPosition() < 2) {
            values[position] = reader.getText();
        }
    }

    private static boolean isEnvelope(String tag) {
        return "GS".equals(tag) || "GE".equals(tag) || "ST".equals(tag) || "SE".equals(tag) || "IEA".equals(tag);
    }

    private void endSegment(EDIStreamReader reader) {
        if ("GS".equals(segmentTag) && group != null) {
            System.arraycopy(values, 1, group.gs, 1, 8);
            checkGroupVersion();
            if (TransactionSchemas.isSupportedVersion(group.gs[8])) {
                pendingGroupHeaderIssues.forEach(Runnable::run);
            }
            pendingGroupHeaderIssues.clear();
        } else if ("GE".equals(segmentTag) && group != null) {
            group.declaredCount = number(values[1]);
        } else if ("ST".equals(segmentTag) && transaction != null && transaction.schemaAllowed) {
            transaction.schemaAllowed = false;
            startTransactionSchema(reader);
        } else if ("SE".equals(segmentTag) && transaction != null) {
            transaction.declaredCount = number(values[1]);
            transaction.closed = true;
        }
    }

    private void checkGroupVersion() {
        String version = group.gs[8];
        if (!TransactionSchemas.isSupportedVersion(version) && !group.versionReported) {
            group.versionReported = true;
            addGroupIssue(FunctionalGroupErrorCode.VERSION_NOT_SUPPORTED, "GS", 8,
                    "version " + X12Text.printable(String.valueOf(version), 20) + " is not supported (004010, 005010)");
        }
    }

    private void startTransactionSchema(EDIStreamReader reader) {
        transaction.identifier = values[1];
        transaction.controlNumber = values[2];
        transaction.implementationReference = values[3];
        String functionalIdentifier = group == null ? null : group.gs[1];
        String version = group == null ? null : group.gs[8];
        if (group != null && transaction.controlNumber != null && !group.controlNumbers.add(transaction.controlNumber)) {
            addTransactionIssue(TransactionSetErrorCode.CONTROL_NUMBER_NOT_UNIQUE, "ST", 2,
                    "ST02 " + transaction.controlNumber + " already used in group " + group.gs[6]);
        }
        String expectedGroup = TransactionSchemas.FUNCTIONAL_IDENTIFIERS.get(transaction.identifier);
        if (transaction.identifier == null || transaction.identifier.isEmpty()) {
            return; // reported by the control schema as ST01 missing
        }
        if (!TransactionSchemas.SUPPORTED_SETS.contains(transaction.identifier)) {
            addTransactionIssue(TransactionSetErrorCode.NOT_SUPPORTED, "ST", 1,
                    "transaction set " + X12Text.printable(String.valueOf(transaction.identifier), 10) + " is not supported");
        } else if (functionalIdentifier != null && !expectedGroup.equals(functionalIdentifier)) {
            addTransactionIssue(TransactionSetErrorCode.INVALID_IDENTIFIER, "ST", 1, "transaction set " + transaction.identifier
                    + " does not belong in a functional group " + functionalIdentifier + " (expected " + expectedGroup + ")");
        }
        try {
            TransactionSchemas.find(transaction.identifier, version).ifPresent(reader::setTransactionSchema);
        } catch (RuntimeException e) {
            addTransactionIssue(TransactionSetErrorCode.INVALID_IDENTIFIER, "ST", 1,
                    "transaction set cannot be validated here: " + X12Text.printable(String.valueOf(e.getMessage()), 100));
        }
    }

    private void endTransaction() {
        if (transaction == null) {
            return;
        }
        TransactionSetReport report = new TransactionSetReport(transaction.identifier, transaction.controlNumber,
                transaction.implementationReference, transaction.segmentCount, transaction.declaredCount, transaction.issues);
        if (group != null) {
            group.sets.add(report);
        }
        transaction = null;
    }

    private void endGroup() {
        if (group == null) {
            return;
        }
        groups.add(new FunctionalGroupReport(group.gs[1], group.gs[2], group.gs[3], group.gs[6], group.gs[8],
                group.declaredCount, group.sets, group.issues));
        group = null;
    }

    private void closeOpenStructures() {
        if (transaction != null) {
            addTransactionIssue(TransactionSetErrorCode.TRAILER_MISSING, "SE", -1,
                    "transaction set " + transaction.controlNumber + " has no SE trailer");
            endTransaction();
        }
        if (group != null) {
            addGroupIssue(FunctionalGroupErrorCode.TRAILER_MISSING, "GE", -1, "functional group " + group.gs[6] + " has no GE trailer");
            endGroup();
        }
        if (!interchangeEnded || !raw.trailerFound()) {
            addInterchangeIssue(InterchangeNoteCode.PREMATURE_END_OF_FILE, -1, "IEA", -1,
                    "interchange " + raw.header().element(13) + " has no IEA trailer"
                            + (raw.truncatedSegment() == null ? "" : "; the file ends inside segment '"
                                    + X12Text.printable(raw.truncatedSegment(), 40) + "'")
                            + (readFailure == null ? "" : " (" + readFailure + ")"));
        }
    }

    private void error(EDIStreamReader reader, EDIStreamEvent event, Location location) {
        EDIStreamValidationError error = reader.getErrorType();
        String tag = location.getSegmentTag() != null ? location.getSegmentTag() : segmentTag;
        int element = location.getElementPosition();
        String text = reader.hasText() ? reader.getText() : null;
        if (event == EDIStreamEvent.SEGMENT_ERROR && text != null && !text.isEmpty()) {
            tag = text;
        }
        if ("ISA".equals(tag)) {
            return; // the ISA is checked field by field by IsaHeader
        }
        String malformedTag = raw.malformedTags().get(location.getSegmentPosition());
        if (malformedTag != null) {
            if (event == EDIStreamEvent.SEGMENT_ERROR) {
                malformedSegment(location, malformedTag);
            }
            return;
        }
        if (event == EDIStreamEvent.SEGMENT_ERROR && "ST".equals(tag)) {
            if (transaction != null && !transaction.closed) {
                addTransactionIssue(TransactionSetErrorCode.TRAILER_MISSING, "SE", -1, "a new ST starts before the SE of transaction set "
                        + transaction.controlNumber);
            } else {
                addInterchangeIssue(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE, location.getSegmentPosition(), tag, -1,
                        describe(error, tag, -1, -1, null));
            }
            return;
        }
        String detail = describe(error, tag, element, location.getComponentPosition(), text);
        switch (tag == null ? "" : tag) {
            case "IEA" -> addInterchangeIssue(element == 2 || error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH
                    ? InterchangeNoteCode.CONTROL_NUMBER_MISMATCH
                    : element == 1 ? InterchangeNoteCode.INVALID_GROUP_COUNT : InterchangeNoteCode.INVALID_CONTENT,
                    location.getSegmentPosition(), tag, element, detail);
            case "GS" -> {
                int segmentPosition = location.getSegmentPosition();
                pendingGroupHeaderIssues.add(() -> groupHeaderError(element, segmentPosition, detail));
            }
            case "GE" -> addGroupIssue(element == 1 ? FunctionalGroupErrorCode.TRANSACTION_COUNT_MISMATCH
                    : element == 2 ? FunctionalGroupErrorCode.CONTROL_NUMBER_MISMATCH : FunctionalGroupErrorCode.TRAILER_MISSING,
                    tag, element, detail);
            case "ST" -> addTransactionIssue(element == 2 ? TransactionSetErrorCode.INVALID_CONTROL_NUMBER
                    : TransactionSetErrorCode.INVALID_IDENTIFIER, tag, element, detail);
            case "SE" -> addTransactionIssue(element == 2 ? TransactionSetErrorCode.CONTROL_NUMBER_MISMATCH
                    : element == 1 ? TransactionSetErrorCode.SEGMENT_COUNT_MISMATCH : TransactionSetErrorCode.TRAILER_MISSING,
                    tag, element, detail);
            default -> bodyError(reader, event, error, tag, location, detail, text);
        }
    }

    private void malformedSegment(Location location, String malformedTag) {
        String detail = "malformed segment tag '" + X12Text.printable(malformedTag, 20) + "'";
        if (transaction == null || transaction.closed) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, location.getSegmentPosition(), null, -1, detail + " outside a transaction set");
            return;
        }
        int position = location.getSegmentPosition() - transaction.startPosition + 1;
        X12ErrorLocation where = new X12ErrorLocation(raw.index(), groupControlNumber(), transaction.controlNumber, position,
                X12Text.printable(malformedTag, 20), -1, -1, -1, null);
        add(transaction.issues, new X12Issue(IssueLevel.SEGMENT, SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID, where, detail, null, false));
    }

    private void groupHeaderError(int element, int segmentPosition, String detail) {
        if (group == null) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, segmentPosition, "GS", element, detail);
        } else if (element == 6) {
            addGroupIssue(FunctionalGroupErrorCode.CONTROL_NUMBER_SYNTAX, "GS", element, detail);
        } else if (element == 8) {
            if (!group.versionReported) {
                group.versionReported = true;
                addGroupIssue(FunctionalGroupErrorCode.VERSION_NOT_SUPPORTED, "GS", element, detail);
            }
        } else if (element == 1) {
            addGroupIssue(FunctionalGroupErrorCode.NOT_SUPPORTED, "GS", element, detail);
        } else {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, segmentPosition, "GS", element, detail);
        }
    }

    private void bodyError(EDIStreamReader reader, EDIStreamEvent event, EDIStreamValidationError error, String tag,
                           Location location, String detail, String text) {
        if (transaction == null || transaction.closed) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, location.getSegmentPosition(), tag,
                    location.getElementPosition(), detail + " (outside a transaction set)");
            return;
        }
        int position = location.getSegmentPosition() > 0 ? location.getSegmentPosition() - transaction.startPosition + 1 : -1;
        X12ErrorLocation where = new X12ErrorLocation(raw.index(), groupControlNumber(), transaction.controlNumber, position, tag,
                event == EDIStreamEvent.SEGMENT_ERROR ? -1 : location.getElementPosition(),
                event == EDIStreamEvent.SEGMENT_ERROR ? -1 : location.getComponentPosition(),
                event == EDIStreamEvent.SEGMENT_ERROR ? -1 : location.getElementOccurrence(),
                event == EDIStreamEvent.SEGMENT_ERROR ? null : elementReference(reader));
        if (event == EDIStreamEvent.SEGMENT_ERROR) {
            SegmentErrorCode code = StaediErrors.segmentCode(error);
            boolean tolerated = tolerateUnknownSegments && StaediErrors.isUnknownSegment(error) && tag != null
                    && tag.matches("[A-Z][A-Z0-9]{1,2}");
            add(transaction.issues, new X12Issue(IssueLevel.SEGMENT, code, where, detail, null, tolerated));
        } else {
            String badData = text == null || text.isEmpty() ? null : X12Text.printable(text, 99);
            add(transaction.issues, new X12Issue(IssueLevel.ELEMENT, StaediErrors.elementCode(error), where, detail, badData, false));
        }
    }

    private static String elementReference(EDIStreamReader reader) {
        String reference = reader.getReferenceCode();
        if (reference == null) {
            return null;
        }
        String number = reference.startsWith("E") ? reference.substring(1) : reference;
        if (number.endsWith("x")) {
            number = number.substring(0, number.length() - 1);
        }
        return number.matches("\\d{1,4}") ? number : null;
    }

    private String describe(EDIStreamValidationError error, String tag, int element, int component, String text) {
        StringBuilder b = new StringBuilder(error == null ? "syntax error" : error.name().toLowerCase().replace('_', ' '));
        if (tag != null) {
            b.append(" in ").append(tag);
            if (element > 0) {
                b.append(String.format("%02d", element));
                if (component > 0) {
                    b.append('-').append(String.format("%02d", component));
                }
            }
        }
        if (text != null && !text.isEmpty() && !text.equals(tag)) {
            b.append(": '").append(X12Text.printable(text, 60)).append('\'');
        }
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "SE".equals(tag) && transaction != null) {
            b.append(" (actual ").append(transaction.segmentCount).append(" segments)");
        }
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "GE".equals(tag) && group != null) {
            b.append(" (actual ").append(group.sets.size()).append(" transaction sets)");
        }
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "IEA".equals(tag)) {
            b.append(" (actual ").append(groups.size()).append(" functional groups)");
        }
        return b.toString();
    }

    private String groupControlNumber() {
        return group == null ? null : group.gs[6];
    }

    private void addInterchangeIssue(InterchangeNoteCode code, int segmentPosition, String tag, int element, String detail) {
        add(interchangeIssues, X12Issue.of(code, X12ErrorLocation.ofInterchange(raw.index(), segmentPosition, tag, element), detail));
    }

    private void addGroupIssue(FunctionalGroupErrorCode code, String tag, int element, String detail) {
        if (group == null) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE, -1, tag, element, detail + " (outside a functional group)");
            return;
        }
        X12ErrorLocation where = new X12ErrorLocation(raw.index(), groupControlNumber(), null, -1, tag, element, -1, -1, null);
        add(group.issues, X12Issue.of(code, where, detail));
    }

    private void addTransactionIssue(TransactionSetErrorCode code, String tag, int element, String detail) {
        if (transaction == null) {
            addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, -1, tag, element, detail + " (outside a transaction set)");
            return;
        }
        X12ErrorLocation where = new X12ErrorLocation(raw.index(), groupControlNumber(), transaction.controlNumber,
                "ST".equals(tag) ? 1 : transaction.segmentCount, tag, element, -1, -1, null);
        add(transaction.issues, X12Issue.of(code, where, detail));
    }

    private void add(List<X12Issue> target, X12Issue issue) {
        if (issueCount < MAX_ISSUES) {
            target.add(issue);
        }
        issueCount++;
    }

    private static Integer number(String value) {
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
