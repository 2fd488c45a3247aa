package com.ascendelements.portal.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;


/**
 * Streams one normalized interchange through StAEDI with control-structure and transaction-schema validation and
 * turns its events into an {@link InterchangeReport}.
 */
final class InterchangeScanner {

    private final ScanState state;
    private final ErrorRouter errors;
    private final String[] values = new String[20];
    private boolean interchangeEnded;
    private String readFailure;

    InterchangeScanner(InterchangeSplitter.RawInterchange raw, boolean tolerateUnknownSegments) {
        this(raw, tolerateUnknownSegments, java.util.Set.of());
    }

    InterchangeScanner(InterchangeSplitter.RawInterchange raw, boolean tolerateUnknownSegments, java.util.Set<EnvelopeDeviation> allowed) {
        this.state = new ScanState(raw, allowed);
        this.errors = new ErrorRouter(state, tolerateUnknownSegments);
    }

    InterchangeReport scan() {
        IsaHeader header = state.raw.header();
        for (IsaHeader.Problem problem : header.problems()) {
            EnvelopeDeviation deviation = allowedDeviation(header, problem);
            if (deviation == EnvelopeDeviation.ISA12_UNSUPPORTED_VERSION) {
                state.raw.readAsControlVersion(header.delimiters().repetition() != null ? "00501" : "00401");
            }
            if (deviation != null) {
                state.addToleratedInterchangeIssue(problem.code(), 1, "ISA", problem.elementPosition(), problem.detail(), deviation);
            } else {
                state.addInterchangeIssue(problem.code(), 1, "ISA", problem.elementPosition(), problem.detail());
            }
        }
        boolean failed = false;
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(state.raw.normalizedStream())) {
            while (reader.hasNext()) {
                handle(reader, reader.next());
            }
        } catch (java.io.UncheckedIOException e) {
            throw e; // the input stream failed: not a property of the content
        } catch (EDIStreamException | RuntimeException | java.io.IOException e) {
            readFailure = X12Text.printable(String.valueOf(e.getMessage()), 200);
            failed = true;
        } catch (StackOverflowError e) {
            state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, -1, state.segmentTag, -1, "content too deeply nested");
        }
        state.raw.drain(); // the reader may stop early: the rest of the interchange tells whether its IEA is there
        if (failed && state.raw.trailerFound()) {
            state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, -1, state.segmentTag, -1, "unreadable content: " + readFailure);
        }
        closeOpenStructures();
        return new InterchangeReport(state.raw.index(), header.element(5), header.element(6).trim(), header.element(7),
                header.element(8).trim(), header.element(9), header.element(10), header.element(12), header.element(13),
                "1".equals(header.element(14)), header.element(15), header.delimiters(), state.groups, state.interchangeIssues);
    }

    /** @return the allowed deviation that an ISA problem is, or {@code null} */
    private EnvelopeDeviation allowedDeviation(IsaHeader header, IsaHeader.Problem problem) {
        if (problem.elementPosition() == 11 && problem.code() == InterchangeNoteCode.INVALID_CONTENT && "U".equals(header.element(11))
                && state.allows(EnvelopeDeviation.ISA11_U_AS_REPETITION_SEPARATOR)) {
            return EnvelopeDeviation.ISA11_U_AS_REPETITION_SEPARATOR;
        }
        if (problem.elementPosition() == 12 && (problem.code() == InterchangeNoteCode.VERSION_NOT_SUPPORTED
                || problem.code() == InterchangeNoteCode.INVALID_VERSION) && state.allows(EnvelopeDeviation.ISA12_UNSUPPORTED_VERSION)) {
            return EnvelopeDeviation.ISA12_UNSUPPORTED_VERSION;
        }
        return null;
    }

    private void handle(EDIStreamReader reader, EDIStreamEvent event) throws EDIStreamException {
        Location location = reader.getLocation();
        switch (event) {
            case START_GROUP -> state.group = new ScanState.GroupState();
            case START_TRANSACTION -> {
                state.transaction = new ScanState.TransactionState();
                state.transaction.startPosition = location.getSegmentPosition();
                state.transaction.schemaAllowed = true;
                if (state.group == null) {
                    state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE, location.getSegmentPosition(), "ST", -1,
                            "transaction set outside a functional group (no GS)");
                }
            }
            case START_SEGMENT -> {
                state.segmentTag = reader.getText();
                java.util.Arrays.fill(values, null);
                if (state.inTransaction()) {
                    state.transaction.segmentCount++;
                }
            }
            case ELEMENT_DATA -> keepEnvelopeValue(reader, location);
            case END_SEGMENT -> endSegment(reader);
            case END_TRANSACTION -> endTransaction();
            case END_GROUP -> endGroup();
            case END_INTERCHANGE -> interchangeEnded = true;
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.route(reader, event, location);
            default -> {
                // loops, composites and binary data need no bookkeeping
            }
        }
    }

    private void keepEnvelopeValue(EDIStreamReader reader, Location location) {
        int position = location.getElementPosition();
        if (isEnvelope(state.segmentTag) && position > 0 && position < values.length && location.getComponentPosition() < 2) {
            values[position] = reader.getText();
        }
    }

    private static boolean isEnvelope(String tag) {
        return "GS".equals(tag) || "GE".equals(tag) || "ST".equals(tag) || "SE".equals(tag) || "IEA".equals(tag);
    }

    private void endSegment(EDIStreamReader reader) {
        if ("GS".equals(state.segmentTag) && state.group != null) {
            System.arraycopy(values, 1, state.group.gs, 1, 8);
            checkGroupVersion();
            checkGroupControlNumberUnique();
            if (TransactionSchemas.isSupportedVersion(state.group.gs[8])) {
                state.pendingGroupHeaderIssues.forEach(Runnable::run);
            }
            state.pendingGroupHeaderIssues.clear();
        } else if ("GE".equals(state.segmentTag) && state.group != null) {
            state.group.declaredCount = number(values[1]);
        } else if ("ST".equals(state.segmentTag) && state.transaction != null && state.transaction.schemaAllowed) {
            state.transaction.schemaAllowed = false;
            startTransactionSchema(reader);
        } else if ("SE".equals(state.segmentTag) && state.transaction != null) {
            state.transaction.declaredCount = number(values[1]);
            state.transaction.closed = true;
        }
    }

    private void checkGroupVersion() {
        String version = state.group.gs[8];
        if (!TransactionSchemas.isSupportedVersion(version) && !state.group.versionReported) {
            state.group.versionReported = true;
            state.addGroupIssue(FunctionalGroupErrorCode.VERSION_NOT_SUPPORTED, "GS", 8,
                    "version " + X12Text.printable(String.valueOf(version), 20) + " is not supported (004010, 005010)");
        }
    }

    private void checkGroupControlNumberUnique() {
        String controlNumber = state.group.gs[6];
        if (controlNumber != null && !controlNumber.isEmpty() && !state.groupControlNumbers.add(controlNumber)) {
            state.addGroupIssue(FunctionalGroupErrorCode.notUnique(state.group.gs[8]), "GS", 6,
                    "group control number " + X12Text.printable(controlNumber, 20) + " occurs twice in interchange "
                            + state.raw.header().element(13));
        }
    }

    private void startTransactionSchema(EDIStreamReader reader) {
        state.transaction.identifier = values[1];
        state.transaction.controlNumber = values[2];
        state.transaction.implementationReference = values[3];
        String functionalIdentifier = state.group == null ? null : state.group.gs[1];
        String version = state.group == null ? null : state.group.gs[8];
        if (state.group != null && state.transaction.controlNumber != null && !state.group.controlNumbers.add(state.transaction.controlNumber)) {
            state.addTransactionIssue(TransactionSetErrorCode.CONTROL_NUMBER_NOT_UNIQUE, "ST", 2,
                    "ST02 " + state.transaction.controlNumber + " already used in group " + state.group.gs[6]);
        }
        String expectedGroup = TransactionSchemas.FUNCTIONAL_IDENTIFIERS.get(state.transaction.identifier);
        if (state.transaction.identifier == null || state.transaction.identifier.isEmpty()) {
            return; // reported by the control schema as ST01 missing
        }
        if (!TransactionSchemas.SUPPORTED_SETS.contains(state.transaction.identifier)) {
            state.addTransactionIssue(TransactionSetErrorCode.NOT_SUPPORTED, "ST", 1,
                    "transaction set " + X12Text.printable(String.valueOf(state.transaction.identifier), 10) + " is not supported");
        } else if (functionalIdentifier != null && !expectedGroup.equals(functionalIdentifier)) {
            state.addTransactionIssue(TransactionSetErrorCode.INVALID_IDENTIFIER, "ST", 1, "transaction set " + state.transaction.identifier
                    + " does not belong in a functional group " + functionalIdentifier + " (expected " + expectedGroup + ")",
                    state.allows(EnvelopeDeviation.SET_IN_OTHER_FUNCTIONAL_GROUP) ? EnvelopeDeviation.SET_IN_OTHER_FUNCTIONAL_GROUP : null);
        }
        try {
            TransactionSchemas.find(state.transaction.identifier, version).ifPresent(reader::setTransactionSchema);
        } catch (RuntimeException e) {
            state.addTransactionIssue(TransactionSetErrorCode.INVALID_IDENTIFIER, "ST", 1,
                    "transaction set cannot be validated here: " + X12Text.printable(String.valueOf(e.getMessage()), 100));
        }
    }

    private void endTransaction() {
        if (state.transaction == null) {
            return;
        }
        TransactionSetReport report = new TransactionSetReport(state.transaction.identifier, state.transaction.controlNumber,
                state.transaction.implementationReference, state.transaction.segmentCount, state.transaction.declaredCount, state.transaction.issues);
        if (state.group != null) {
            state.group.sets.append(report);
        }
        state.transaction = null;
    }

    private void endGroup() {
        if (state.group == null) {
            return;
        }
        state.group.sets.trim();
        state.groups.add(new FunctionalGroupReport(state.group.gs[1], state.group.gs[2], state.group.gs[3], state.group.gs[6], state.group.gs[8],
                state.group.declaredCount, state.group.sets, state.group.issues));
        state.group = null;
    }

    private void closeOpenStructures() {
        if (state.transaction != null) {
            state.addTransactionIssue(TransactionSetErrorCode.TRAILER_MISSING, "SE", -1,
                    "transaction set " + state.transaction.controlNumber + " has no SE trailer");
            endTransaction();
        }
        if (state.group != null) {
            state.addGroupIssue(FunctionalGroupErrorCode.TRAILER_MISSING, "GE", -1, "functional group " + state.group.gs[6] + " has no GE trailer");
            endGroup();
        }
        if (!interchangeEnded || !state.raw.trailerFound()) {
            state.addInterchangeIssue(InterchangeNoteCode.PREMATURE_END_OF_FILE, -1, "IEA", -1,
                    "interchange " + state.raw.header().element(13) + " has no IEA trailer"
                            + (state.raw.truncatedSegment() == null ? "" : "; the file ends inside segment '"
                                    + X12Text.printable(state.raw.truncatedSegment(), 40) + "'")
                            + (readFailure == null ? "" : " (" + readFailure + ")"));
        }
    }

    private static Integer number(String value) {
        if (value == null || value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
