package com.ascendelements.portal.edi.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A 997 Functional Acknowledgment a partner sends about one of our functional groups: AK1 names the group, one AK2
 * loop per transaction set it reports on (with the AK3/AK4 errors found in it and the AK5 verdict), AK9 the verdict on
 * the group.
 */
public class FunctionalAcknowledgmentMessage extends X12Message {

    private String functionalId;
    private String groupControlNumber;
    private List<AcknowledgedSet> sets = new ArrayList<>();
    private String code;
    private String setsIncluded;
    private String setsReceived;
    private String setsAccepted;
    private List<String> groupErrors = new ArrayList<>();

    /** AK101: the functional identifier of our group (PO, PR, SH, IN, ...). */
    public String getFunctionalId() {
        return functionalId;
    }

    public void setFunctionalId(String functionalId) {
        this.functionalId = functionalId;
    }

    /** AK102: our GS06. */
    public String getGroupControlNumber() {
        return groupControlNumber;
    }

    public void setGroupControlNumber(String groupControlNumber) {
        this.groupControlNumber = groupControlNumber;
    }

    /** One per AK2 loop. */
    public List<AcknowledgedSet> getSets() {
        return sets;
    }

    public void setSets(List<AcknowledgedSet> sets) {
        this.sets = sets;
    }

    /** AK901: A accepted, E accepted with errors, P partially accepted, R rejected (M, W, X in 005010). */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** AK902, as sent (a count the partner got wrong stays readable). */
    public String getSetsIncluded() {
        return setsIncluded;
    }

    public void setSetsIncluded(String setsIncluded) {
        this.setsIncluded = setsIncluded;
    }

    /** AK903. */
    public String getSetsReceived() {
        return setsReceived;
    }

    public void setSetsReceived(String setsReceived) {
        this.setsReceived = setsReceived;
    }

    /** AK904. */
    public String getSetsAccepted() {
        return setsAccepted;
    }

    public void setSetsAccepted(String setsAccepted) {
        this.setsAccepted = setsAccepted;
    }

    /** AK905..AK909: the group's error codes (X12 element 716). */
    public List<String> getGroupErrors() {
        return groupErrors;
    }

    public void setGroupErrors(List<String> groupErrors) {
        this.groupErrors = groupErrors;
    }

    /** One AK2 loop: a transaction set of our group, the errors the partner found in it and its verdict. */
    public static class AcknowledgedSet {

        private String setId;
        private String controlNumber;
        private List<ReportedError> errors = new ArrayList<>();
        private String code;
        private List<String> setErrors = new ArrayList<>();

        /** AK201: the set's identifier (850, 855, ...). */
        public String getSetId() {
            return setId;
        }

        public void setSetId(String setId) {
            this.setId = setId;
        }

        /** AK202: our ST02. */
        public String getControlNumber() {
            return controlNumber;
        }

        public void setControlNumber(String controlNumber) {
            this.controlNumber = controlNumber;
        }

        /**
         * The AK3 ({@link SegmentError}) and AK4 ({@link ElementError}) segments in the order they came: an element error
         * belongs to the segment error before it.
         */
        public List<ReportedError> getErrors() {
            return errors;
        }

        public void setErrors(List<ReportedError> errors) {
            this.errors = errors;
        }

        /** AK501: A accepted, E accepted with errors, R rejected (M, W, X in 005010). */
        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        /** AK502..AK506: the set's error codes (X12 element 718). */
        public List<String> getSetErrors() {
            return setErrors;
        }

        public void setSetErrors(List<String> setErrors) {
            this.setErrors = setErrors;
        }
    }

    /** An error the partner reports in one of our sets: an AK3 or an AK4. */
    public abstract static class ReportedError {
    }

    /** AK3: a segment of our set in error. */
    public static class SegmentError extends ReportedError {

        private String segmentId;
        private String position;
        private String loopId;
        private String code;

        /** AK301: the segment's tag. */
        public String getSegmentId() {
            return segmentId;
        }

        public void setSegmentId(String segmentId) {
            this.segmentId = segmentId;
        }

        /** AK302: its position in the set, ST being 1. */
        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        /** AK303: the loop it is in. */
        public String getLoopId() {
            return loopId;
        }

        public void setLoopId(String loopId) {
            this.loopId = loopId;
        }

        /** AK304: the error code (X12 element 720). */
        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    /** AK4: an element in error, in the segment of the AK3 before it. */
    public static class ElementError extends ReportedError {

        private String position;
        private String reference;
        private String code;
        private String badValue;

        /** AK401: the element's position in the segment (in 005010 with the component's after the separator). */
        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        /** AK402: the element's dictionary number. */
        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        /** AK403: the error code (X12 element 723). */
        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        /** AK404: a copy of the bad value. */
        public String getBadValue() {
            return badValue;
        }

        public void setBadValue(String badValue) {
            this.badValue = badValue;
        }
    }
}
