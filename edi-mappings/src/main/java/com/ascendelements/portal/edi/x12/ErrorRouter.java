package com.ascendelements.portal.edi.x12;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

/**
 * Files each StAEDI validation error at its level: IEA errors as TA105 codes, GS/GE errors as AK905 codes, ST/SE
 * errors as AK502 codes, errors in the body of a transaction set as AK304/AK403 issues located within the set.
 */
final class ErrorRouter {

    private final ScanState state;
    private final boolean tolerateUnknownSegments;

    ErrorRouter(ScanState state, boolean tolerateUnknownSegments) {
        this.state = state;
        this.tolerateUnknownSegments = tolerateUnknownSegments;
    }

    void route(EDIStreamReader reader, EDIStreamEvent event, Location location) {
        EDIStreamValidationError error = reader.getErrorType();
        String tag = location.getSegmentTag() != null ? location.getSegmentTag() : state.segmentTag;
        int element = location.getElementPosition();
        String text = textOf(reader);
        if (event == EDIStreamEvent.SEGMENT_ERROR && text != null && !text.isEmpty()) {
            tag = text;
        }
        if ("ISA".equals(tag)) {
            return; // the ISA is checked field by field by IsaHeader
        }
        String malformedTag = state.raw.malformedTags().get(location.getSegmentPosition());
        if (malformedTag != null) {
            if (event == EDIStreamEvent.SEGMENT_ERROR) {
                malformedSegment(location, malformedTag);
            }
            return;
        }
        if (event == EDIStreamEvent.SEGMENT_ERROR && "ST".equals(tag)) {
            if (state.inTransaction()) {
                state.addTransactionIssue(TransactionSetErrorCode.TRAILER_MISSING, "SE", -1, "a new ST starts before the SE of transaction set "
                        + state.transaction.controlNumber);
            } else {
                state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE, location.getSegmentPosition(), tag, -1,
                        describe(error, tag, -1, -1, null));
            }
            return;
        }
        String detail = describe(error, tag, element, location.getComponentPosition(), text);
        switch (tag == null ? "" : tag) {
            case "IEA" -> {
                if (element == 2 && state.allows(EnvelopeDeviation.IEA02_UNPADDED) && sameNumber(text, state.raw.header().element(13))) {
                    state.addToleratedInterchangeIssue(InterchangeNoteCode.CONTROL_NUMBER_MISMATCH, location.getSegmentPosition(), tag,
                            element, detail, EnvelopeDeviation.IEA02_UNPADDED);
                    return;
                }
                state.addInterchangeIssue(element == 2 || error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH
                    ? InterchangeNoteCode.CONTROL_NUMBER_MISMATCH
                    : element == 1 ? InterchangeNoteCode.INVALID_GROUP_COUNT : InterchangeNoteCode.INVALID_CONTENT,
                    location.getSegmentPosition(), tag, element, detail);
            }
            case "GS" -> {
                int segmentPosition = location.getSegmentPosition();
                state.pendingGroupHeaderIssues.add(() -> groupHeaderError(element, segmentPosition, detail));
            }
            case "GE" -> state.addGroupIssue(element == 1 ? FunctionalGroupErrorCode.TRANSACTION_COUNT_MISMATCH
                    : element == 2 ? FunctionalGroupErrorCode.CONTROL_NUMBER_MISMATCH : FunctionalGroupErrorCode.TRAILER_MISSING,
                    tag, element, detail);
            case "ST" -> state.addTransactionIssue(element == 2 ? TransactionSetErrorCode.INVALID_CONTROL_NUMBER
                    : TransactionSetErrorCode.INVALID_IDENTIFIER, tag, element, detail);
            case "SE" -> state.addTransactionIssue(element == 2 ? TransactionSetErrorCode.CONTROL_NUMBER_MISMATCH
                    : element == 1 ? TransactionSetErrorCode.SEGMENT_COUNT_MISMATCH : TransactionSetErrorCode.TRAILER_MISSING,
                    tag, element, detail);
            default -> bodyError(reader, event, error, tag, location, detail, text);
        }
    }

    private void malformedSegment(Location location, String malformedTag) {
        String detail = "malformed segment tag '" + X12Text.printable(malformedTag, 20) + "'";
        if (!state.inTransaction()) {
            state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, location.getSegmentPosition(), null, -1, detail + " outside a transaction set");
            return;
        }
        int position = state.positionInTransaction(location.getSegmentPosition());
        X12ErrorLocation where = new X12ErrorLocation(state.raw.index(), state.groupControlNumber(), state.transaction.controlNumber, position,
                X12Text.printable(malformedTag, 20), -1, -1, -1, null);
        state.add(state.transaction.issues, new X12Issue(IssueLevel.SEGMENT, SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID, where, detail, null, false));
    }

    private void groupHeaderError(int element, int segmentPosition, String detail) {
        if (state.group == null) {
            state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, segmentPosition, "GS", element, detail);
        } else if (element == 6) {
            state.addGroupIssue(FunctionalGroupErrorCode.CONTROL_NUMBER_SYNTAX, "GS", element, detail);
        } else if (element == 8) {
            if (!state.group.versionReported) {
                state.group.versionReported = true;
                state.addGroupIssue(FunctionalGroupErrorCode.VERSION_NOT_SUPPORTED, "GS", element, detail);
            }
        } else if (element == 1) {
            state.addGroupIssue(FunctionalGroupErrorCode.NOT_SUPPORTED, "GS", element, detail);
        } else if (element == 4 && state.allows(EnvelopeDeviation.GS04_SIX_DIGIT_DATE) && isShortDate(state.group.gs[4])) {
            state.addToleratedInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, segmentPosition, "GS", element, detail,
                    EnvelopeDeviation.GS04_SIX_DIGIT_DATE);
        } else {
            state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, segmentPosition, "GS", element, detail);
        }
    }

    /** @return whether {@code value} is a YYMMDD date */
    private static boolean isShortDate(String value) {
        if (value == null || !value.matches("\\d{6}")) {
            return false;
        }
        int month = Integer.parseInt(value.substring(2, 4));
        int day = Integer.parseInt(value.substring(4, 6));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** @return whether both are digits of the same number (IEA02 without the leading zeros of ISA13) */
    private static boolean sameNumber(String a, String b) {
        return a != null && b != null && a.matches("\\d{1,9}") && b.matches("\\d{1,9}") && Long.parseLong(a) == Long.parseLong(b);
    }

    private void bodyError(EDIStreamReader reader, EDIStreamEvent event, EDIStreamValidationError error, String tag,
                           Location location, String detail, String text) {
        if (!state.inTransaction()) {
            state.addInterchangeIssue(InterchangeNoteCode.INVALID_CONTENT, location.getSegmentPosition(), tag,
                    location.getElementPosition(), detail + " (outside a transaction set)");
            return;
        }
        int position = state.positionInTransaction(location.getSegmentPosition());
        X12ErrorLocation where = new X12ErrorLocation(state.raw.index(), state.groupControlNumber(), state.transaction.controlNumber, position, tag,
                event == EDIStreamEvent.SEGMENT_ERROR ? -1 : location.getElementPosition(),
                event == EDIStreamEvent.SEGMENT_ERROR ? -1 : location.getComponentPosition(),
                event == EDIStreamEvent.SEGMENT_ERROR ? -1 : location.getElementOccurrence(),
                event == EDIStreamEvent.SEGMENT_ERROR ? null : elementReference(reader));
        if (event == EDIStreamEvent.SEGMENT_ERROR) {
            SegmentErrorCode code = StaediErrors.segmentCode(error);
            boolean tolerated = tolerateUnknownSegments && StaediErrors.isUnknownSegment(error) && tag != null
                    && tag.matches("[A-Z][A-Z0-9]{1,2}");
            state.add(state.transaction.issues, new X12Issue(IssueLevel.SEGMENT, code, where, detail, null, tolerated));
        } else {
            String badData = text == null || text.isEmpty() ? null : X12Text.printable(text, 99);
            state.add(state.transaction.issues, new X12Issue(IssueLevel.ELEMENT, StaediErrors.elementCode(error), where, detail, badData, false));
        }
    }

    /**
     * StAEDI answers {@code hasText()} true for some error events that carry no text (a conditional or paired syntax
     * rule broken by an element that is absent), and {@code getText()} then fails: such an event has no bad data.
     */
    static String textOf(EDIStreamReader reader) {
        try {
            return reader.hasText() ? reader.getText() : null;
        } catch (RuntimeException e) {
            return null;
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
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "SE".equals(tag) && state.transaction != null) {
            b.append(" (actual ").append(state.transaction.segmentCount).append(" segments)");
        }
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "GE".equals(tag) && state.group != null) {
            b.append(" (actual ").append(state.group.sets.size()).append(" transaction sets)");
        }
        if (error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT && "IEA".equals(tag)) {
            b.append(" (actual ").append(state.groups.size()).append(" functional groups)");
        }
        return b.toString();
    }
}
