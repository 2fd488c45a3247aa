package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Files that use the standard's segments, loops and codes beyond what our own partners send (issue 10, item 3) are
 * accepted in 004010 and 005010, while a segment the set does not define is still reported. The samples in
 * x12/standard were written for these tests.
 */
class StandardSchemaTest {

    private static final String PO = "standard/850-004010-header-amt-loop-and-standard-segments.x12";
    private static final String ACK = "standard/855-004010-bak-reference-and-date.x12";

    private final InterchangeValidator validator = new InterchangeValidator();

    @Test
    void everySupportedSetHasASchemaInEverySupportedVersion() {
        for (String set : TransactionSchemas.SUPPORTED_SETS) {
            for (String version : TransactionSchemas.SUPPORTED_VERSIONS) {
                assertThat(TransactionSchemas.find(set, version)).as(set + " " + version).isPresent();
            }
        }
        assertThat(TransactionSchemas.find("850", "004010VICS")).containsSame(TransactionSchemas.find("850", "004010").orElseThrow());
        assertThat(TransactionSchemas.find("830", "004010")).isEmpty();
        assertThat(TransactionSchemas.find("850", "003050")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {ACK, PO, "standard/810-004010-standard-segments.x12", "standard/856-004010-standard-segments.x12"})
    void standardSegmentsAndLoopsAreAcceptedIn004010(String sample) {
        X12ValidationReport report = validator.validate(X12Samples.bytes(sample));

        assertThat(report.allIssues()).isEmpty();
        assertThat(acknowledgments(report)).contains("AK5*A~", "AK9*A*1*1*1~");
    }

    @ParameterizedTest
    @ValueSource(strings = {ACK, PO, "standard/810-004010-standard-segments.x12", "standard/856-004010-standard-segments.x12"})
    void standardSegmentsAndLoopsAreAcceptedIn005010(String sample) {
        String text = X12Samples.text(sample).replace("*U*00401*", "*^*00501*").replace("*X*004010~", "*X*005010~");

        X12ValidationReport report = validator.validate(X12Samples.of(text));

        assertThat(report.allIssues()).isEmpty();
    }

    @Test
    void everySampleOfTheProjectOutsideInvalidIsStandard() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/x12"))) {
            samples = files.filter(p -> p.toString().matches(".*\\.(x12|edi)")).filter(p -> !p.toString().contains("invalid")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThan(15);
        for (Path sample : samples) {
            assertThat(validator.validate(Files.readAllBytes(sample)).allIssues()).as(sample.toString()).isEmpty();
        }
    }

    @Test
    void bak08IsAReferenceAndBak09TheAcknowledgmentDate() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(ACK, "*SKBA-SO-77120*20241105*SA~", "*SKBA-SO-77120*20241135*SA~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(ElementErrorCode.INVALID_DATE);
        assertThat(issue.location().segmentId()).isEqualTo("BAK");
        assertThat(issue.location().elementPosition()).isEqualTo(9);
        assertThat(issue.location().elementReference()).isEqualTo("373");
        assertThat(acknowledgments(report)).contains("AK3*BAK*2**8~AK4*9*373*8*20241135~");
    }

    @Test
    void eachVersionHasItsOwnElementsAndLengths() {
        String reference = "REF*VR*" + "V".repeat(40) + "~";
        String text = X12Samples.text(ACK).replace("REF*VR*SKBA-V-0042~", reference)
                .replace("N1*SE*SK BATTERY AMERICA*92*SKBA~", "N1*SE*SK BATTERY AMERICA*92*SKBA~\nN4*COMMERCE*GA*30529*US***GA~")
                .replace("SE*20*6110001~", "SE*21*6110001~");

        X12ValidationReport in004010 = validator.validate(X12Samples.of(text));
        X12ValidationReport in005010 = validator.validate(X12Samples.of(text.replace("*U*00401*", "*^*00501*").replace("*X*004010~", "*X*005010~")));

        // REF02 (127) is AN 1/30 in 004010 and 1/50 in 005010; N407 exists in 005010 only
        assertThat(in004010.allIssues()).extracting(X12Issue::code, i -> i.location().segmentId())
                .containsExactlyInAnyOrder(tuple(ElementErrorCode.TOO_LONG, "REF"), tuple(ElementErrorCode.TOO_MANY_ELEMENTS, "N4"));
        assertThat(in005010.allIssues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"54", "16", "13", "22", "5C", "RH"})
    void standardPurposeCodesAreAccepted(String code) {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "BEG*00*SA*", "BEG*" + code + "*SA*"));

        assertThat(report.allIssues()).isEmpty();
    }

    @Test
    void aPurposeCodeOutsideTheStandardIsStillRefused() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "BEG*00*SA*", "BEG*9Z*SA*"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(ElementErrorCode.INVALID_CODE_VALUE);
        assertThat(issue.location().elementReference()).isEqualTo("353");
    }

    @Test
    void aSegmentTheSetDoesNotDefineIsStillReported() {
        X12ValidationReport report = validator.validate(withSegmentAfter(PO, "CUR*BY*USD~\n", "ZZX*PARTNER*DATA~\n"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(SegmentErrorCode.NOT_IN_TRANSACTION_SET);
        assertThat(issue.location().segmentId()).isEqualTo("ZZX");
        assertThat(issue.location().segmentPosition()).isEqualTo(4);
        assertThat(acknowledgments(report)).contains("AK3*ZZX*4**6~");
    }

    @Test
    void aSegmentOfAnotherSetIsStillUnexpected() {
        X12ValidationReport report = validator.validate(withSegmentAfter(PO, "CUR*BY*USD~\n", "BSN*00*1*20241104*1200~\n"));

        assertThat(report.allIssues()).extracting(X12Issue::code).contains(SegmentErrorCode.UNEXPECTED_SEGMENT);
        assertThat(acknowledgments(report)).contains("AK3*BSN*4**2~").doesNotContain("AK5*A~");
    }

    @Test
    void aStandardSegmentOutOfItsPositionIsReported() {
        // BEG must open the 850: a second BEG after the header AMT loop cannot be placed anywhere
        X12ValidationReport report = validator.validate(withSegmentAfter(PO, "MSG*DELIVERY TO RECEIVING DOCK 3 ONLY~\n",
                "BEG*00*SA*EPB-PO-24031**20241104~\n"));

        assertThat(report.allIssues()).isNotEmpty();
        assertThat(acknowledgments(report)).contains("AK3*BEG*").doesNotContain("AK5*A~");
    }

    private static X12Issue only(X12ValidationReport report) {
        assertThat(report.allIssues()).hasSize(1);
        return report.allIssues().get(0);
    }

    /** @return the sample with {@code segment} inserted after {@code after} and SE01 counting it */
    private static byte[] withSegmentAfter(String sample, String after, String segment) {
        String text = X12Samples.text(sample);
        int at = text.indexOf(after);
        assertThat(at).as(after + " in " + sample).isPositive();
        text = text.substring(0, at + after.length()) + segment + text.substring(at + after.length());
        java.util.regex.Matcher se = java.util.regex.Pattern.compile("SE\\*(\\d+)\\*").matcher(text);
        assertThat(se.find()).isTrue();
        text = text.substring(0, se.start(1)) + (Integer.parseInt(se.group(1)) + 1) + text.substring(se.end(1));
        return X12Samples.of(text);
    }

    private static String acknowledgments(X12ValidationReport report) {
        AcknowledgmentWriter writer = new AcknowledgmentWriter(
                new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, false),
                Clock.fixed(Instant.parse("2024-11-20T09:00:00Z"), ZoneOffset.UTC));
        return writer.acknowledgeAll(report, ControlNumberSource.startingAt(900, 90, 1)).stream().map(Acknowledgment::text)
                .collect(Collectors.joining());
    }
}
