package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.ascendelements.portal.edi.x12.EnvelopeDeviation.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Strict by default; a deviation the partner profile allows is noted with its X12 code instead of rejecting. */
class EnvelopeDeviationTest {

    private final AcknowledgmentWriter writer = new AcknowledgmentWriter(
            new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, false),
            Clock.fixed(Instant.parse("2024-11-04T09:00:00Z"), ZoneOffset.UTC));

    static Stream<Arguments> deviations() {
        String v4 = StaediErrorEventTest.file("004010");
        String v5 = StaediErrorEventTest.file("005010");
        return Stream.of(
                Arguments.of(ISA11_U_AS_REPETITION_SEPARATOR, v5.replace("*^*00501*", "*U*00501*"), "TA1*000004711*241104*0815*E*024~"),
                Arguments.of(GS04_SIX_DIGIT_DATE, v4.replace("ASCENDEL*20241104*", "ASCENDEL*241104*"), "TA1*000004711*241104*0815*E*024~"),
                Arguments.of(IEA02_UNPADDED, v4.replace("IEA*1*000004711~", "IEA*1*4711~"), "TA1*000004711*241104*0815*E*001~"),
                Arguments.of(ISA12_UNSUPPORTED_VERSION, v4.replace("*U*00401*", "*U*00040*"), "TA1*000004711*241104*0815*E*003~"),
                Arguments.of(SET_IN_OTHER_FUNCTIONAL_GROUP, v4.replace("GS*PO*", "GS*IN*"), "AK2*850*0003~AK5*E*6~"));
    }

    private String acknowledgments(X12ValidationReport report) {
        return writer.acknowledgeAll(report, ControlNumberSource.startingAt(900, 90, 1)).stream()
                .map(Acknowledgment::text).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviations")
    void strictRejectsAllowedNotes(EnvelopeDeviation deviation, String file, String note) {
        X12ValidationReport strict = new InterchangeValidator().validate(X12Samples.of(file));
        assertThat(strict.isAccepted()).isFalse();

        Set<EnvelopeDeviation> others = EnumSet.complementOf(EnumSet.of(deviation));
        assertThat(new InterchangeValidator(true, others).validate(X12Samples.of(file)).isAccepted())
                .as("only the named deviation is allowed").isFalse();

        X12ValidationReport lenient = new InterchangeValidator(true, EnumSet.of(deviation)).validate(X12Samples.of(file));
        assertThat(lenient.isAccepted()).isTrue();
        assertThat(lenient.allIssues()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.tolerated()).isTrue();
            assertThat(issue.detail()).contains("allowed for this partner: " + deviation.description());
        });
        assertThat(lenient.interchanges().get(0).groups().get(0).transactionSets()).hasSize(3)
                .allSatisfy(set -> assertThat(set.ackCode().accepted()).isTrue());
        assertThat(acknowledgments(lenient)).contains(note);
        assertThat(IssueSummary.text(lenient.allIssues(), 5)).contains("allowed for this partner");
    }
}
