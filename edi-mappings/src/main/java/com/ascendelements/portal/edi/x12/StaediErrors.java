package com.ascendelements.portal.edi.x12;

import io.xlate.edi.stream.EDIStreamValidationError;

/** Maps StAEDI validation errors onto the X12 997 AK304 and AK403 codes. */
final class StaediErrors {

    private StaediErrors() {
    }

    static boolean isUnknownSegment(EDIStreamValidationError error) {
        return error == EDIStreamValidationError.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET
                || error == EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID;
    }

    static SegmentErrorCode segmentCode(EDIStreamValidationError error) {
        if (error == null) {
            return SegmentErrorCode.UNEXPECTED_SEGMENT;
        }
        return switch (error) {
            case UNRECOGNIZED_SEGMENT_ID -> SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID;
            case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
                    IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
                    CONDITIONAL_REQUIRED_SEGMENT_MISSING -> SegmentErrorCode.MANDATORY_SEGMENT_MISSING;
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> SegmentErrorCode.LOOP_OVER_MAXIMUM;
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> SegmentErrorCode.SEGMENT_OVER_MAXIMUM_USE;
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> SegmentErrorCode.NOT_IN_TRANSACTION_SET;
            case SEGMENT_NOT_IN_PROPER_SEQUENCE -> SegmentErrorCode.NOT_IN_PROPER_SEQUENCE;
            case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> SegmentErrorCode.HAS_DATA_ELEMENT_ERRORS;
            default -> SegmentErrorCode.UNEXPECTED_SEGMENT;
        };
    }

    static ElementErrorCode elementCode(EDIStreamValidationError error) {
        if (error == null) {
            return ElementErrorCode.INVALID_CHARACTER;
        }
        return switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING, IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING ->
                    ElementErrorCode.MANDATORY_ELEMENT_MISSING;
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> ElementErrorCode.CONDITIONAL_ELEMENT_MISSING;
            case TOO_MANY_DATA_ELEMENTS, IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT,
                    IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> ElementErrorCode.TOO_MANY_ELEMENTS;
            case DATA_ELEMENT_TOO_SHORT -> ElementErrorCode.TOO_SHORT;
            case DATA_ELEMENT_TOO_LONG -> ElementErrorCode.TOO_LONG;
            case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> ElementErrorCode.INVALID_CODE_VALUE;
            case INVALID_DATE -> ElementErrorCode.INVALID_DATE;
            case INVALID_TIME -> ElementErrorCode.INVALID_TIME;
            case EXCLUSION_CONDITION_VIOLATED -> ElementErrorCode.EXCLUSION_VIOLATED;
            case TOO_MANY_REPETITIONS, IMPLEMENTATION_TOO_FEW_REPETITIONS -> ElementErrorCode.TOO_MANY_REPETITIONS;
            case TOO_MANY_COMPONENTS -> ElementErrorCode.TOO_MANY_COMPONENTS;
            default -> ElementErrorCode.INVALID_CHARACTER;
        };
    }
}
