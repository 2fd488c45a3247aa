package com.ascendelements.portal.edi.x12.ack;

import com.ascendelements.portal.edi.x12.ElementErrorCode;
import com.ascendelements.portal.edi.x12.FunctionalGroupErrorCode;
import com.ascendelements.portal.edi.x12.FunctionalGroupReport;
import com.ascendelements.portal.edi.x12.IssueLevel;
import com.ascendelements.portal.edi.x12.SegmentErrorCode;
import com.ascendelements.portal.edi.x12.TransactionSetErrorCode;
import com.ascendelements.portal.edi.x12.TransactionSetReport;
import com.ascendelements.portal.edi.x12.X12Issue;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the ST..SE of one 997 for one inbound functional group. */
final class FunctionalAckBuilder {

    private static final int MAX_ELEMENT_ERRORS_PER_SEGMENT = 99;

    private final EDIStreamWriter writer;
    private final boolean version5010;
    private int segments;

    FunctionalAckBuilder(EDIStreamWriter writer, String version) {
        this.writer = writer;
        this.version5010 = version.startsWith("005010");
    }

    /** @return the GS08 of the 997: the inbound group's version when supported, else by the interchange version */
    static String ackVersion(String inboundVersion, boolean repetitionVersion) {
        if (inboundVersion != null && inboundVersion.length() >= 6) {
            String base = inboundVersion.substring(0, 6);
            if (base.equals("004010") || base.equals("005010")) {
                return base;
            }
        }
        return repetitionVersion ? "005010" : "004010";
    }

    /**
     * @return {@code value} when it has an acceptable length and only letters, digits, spaces, '.', '-' and '_' (so it
     *         can never clash with our delimiters), else {@code fallback}
     */
    static String safe(String value, int min, int max, String fallback) {
        if (isSafe(value, min, max)) {
            return value;
        }
        String trimmed = fallback == null ? null : fallback.trim();
        return isSafe(trimmed, min, max) ? trimmed : "UNKNOWN";
    }

    private static boolean isSafe(String value, int min, int max) {
        return value != null && value.length() >= min && value.length() <= max && !value.isBlank()
                && value.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_'));
    }

    /** @return number of segments written (ST..SE) */
    int write997(FunctionalGroupReport group, String controlNumber) throws EDIStreamException {
        segment("ST").writeElement("997").writeElement(controlNumber);
        end();
        segment("AK1").writeElement(safe(group.functionalIdentifier(), 2, 2, "ZZ")).writeElement(digits(group.controlNumber(), "0"));
        if (version5010 && isSafe(group.version(), 1, 12)) {
            writer.writeElement(group.version());
        }
        end();
        int received = 0;
        for (TransactionSetReport set : group.transactionSets()) {
            received++;
            writeTransactionSetResponse(set);
        }
        segment("AK9").writeElement(group.ackCode().name())
                .writeElement(String.valueOf(group.declaredTransactionCount() == null ? received : group.declaredTransactionCount()))
                .writeElement(String.valueOf(received))
                .writeElement(String.valueOf(group.acceptedCount()));
        List<FunctionalGroupErrorCode> codes = group.errorCodes();
        for (int i = 0; i < Math.min(5, codes.size()); i++) {
            writer.writeElement(codes.get(i).code());
        }
        end();
        segment("SE").writeElement(String.valueOf(segments)).writeElement(controlNumber);
        end();
        return segments;
    }

    private void writeTransactionSetResponse(TransactionSetReport set) throws EDIStreamException {
        segment("AK2").writeElement(safe(set.identifier(), 3, 3, "000")).writeElement(safe(set.controlNumber(), 4, 9, "0000"));
        if (version5010 && isSafe(set.implementationReference(), 1, 35)) {
            writer.writeElement(set.implementationReference());
        }
        end();
        for (List<X12Issue> segmentIssues : bySegment(set.issues()).values()) {
            writeSegmentNote(segmentIssues);
        }
        segment("AK5").writeElement(set.ackCode().name());
        List<TransactionSetErrorCode> codes = set.errorCodes();
        for (int i = 0; i < Math.min(5, codes.size()); i++) {
            writer.writeElement(codes.get(i).code());
        }
        end();
    }

    private static Map<String, List<X12Issue>> bySegment(List<X12Issue> issues) {
        Map<String, List<X12Issue>> bySegment = new LinkedHashMap<>();
        for (X12Issue issue : issues) {
            if ((issue.level() == IssueLevel.SEGMENT || issue.level() == IssueLevel.ELEMENT) && issue.location().segmentPosition() > 0) {
                String key = issue.location().segmentPosition() + "/" + issue.location().segmentId();
                bySegment.computeIfAbsent(key, k -> new ArrayList<>()).add(issue);
            }
        }
        return bySegment;
    }

    private void writeSegmentNote(List<X12Issue> issues) throws EDIStreamException {
        X12Issue first = issues.get(0);
        SegmentErrorCode code = issues.stream().map(X12Issue::code).filter(SegmentErrorCode.class::isInstance)
                .map(SegmentErrorCode.class::cast).findFirst().orElse(SegmentErrorCode.HAS_DATA_ELEMENT_ERRORS);
        String segmentId = first.location().segmentId();
        segment("AK3").writeElement(segmentId != null && segmentId.matches("[A-Z0-9]{2,3}") ? segmentId : "ZZZ")
                .writeElement(String.valueOf(first.location().segmentPosition()))
                .writeEmptyElement()
                .writeElement(code.code());
        end();
        int written = 0;
        for (X12Issue issue : issues) {
            if (issue.code() instanceof ElementErrorCode elementCode && issue.location().elementPosition() > 0
                    && written++ < MAX_ELEMENT_ERRORS_PER_SEGMENT) {
                writeElementNote(issue, elementCode);
            }
        }
    }

    private void writeElementNote(X12Issue issue, ElementErrorCode code) throws EDIStreamException {
        segment("AK4");
        writer.writeStartElement().startComponent().writeElementData(String.valueOf(Math.min(99, issue.location().elementPosition()))).endComponent();
        if (issue.location().componentPosition() > 0) {
            writer.startComponent().writeElementData(String.valueOf(Math.min(99, issue.location().componentPosition()))).endComponent();
        }
        writer.endElement();
        String reference = issue.location().elementReference();
        if (reference != null) {
            writer.writeElement(reference);
        } else {
            writer.writeEmptyElement();
        }
        writer.writeElement(code.code());
        String bad = cleanBadData(issue.badData());
        if (bad != null) {
            writer.writeElement(bad);
        }
        end();
    }

    /** AK404 must not contain delimiters: keep letters, digits, spaces, '.', '-' and '_'. */
    private static String cleanBadData(String data) {
        if (data == null) {
            return null;
        }
        String cleaned = data.replaceAll("[^A-Za-z0-9 ._-]", "").trim();
        return cleaned.isEmpty() ? null : cleaned.substring(0, Math.min(99, cleaned.length()));
    }

    private static String digits(String value, String fallback) {
        return value != null && value.matches("\\d{1,9}") ? value : fallback;
    }

    private EDIStreamWriter segment(String tag) throws EDIStreamException {
        segments++;
        return writer.writeStartSegment(tag);
    }

    private void end() throws EDIStreamException {
        writer.writeEndSegment();
    }
}
