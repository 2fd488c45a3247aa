package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A GS06 used twice in one interchange is a group-level fault (AK905), the first group stays accepted. */
class DuplicateGroupControlNumberTest {

    private final AcknowledgmentWriter writer = new AcknowledgmentWriter(
            new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, false),
            Clock.fixed(Instant.parse("2024-11-04T09:00:00Z"), ZoneOffset.UTC));

    private static String group(String controlNumber, String version, String po) {
        return "GS*PO*ECOPROBM*ASCENDEL*20241104*0815*" + controlNumber + "*X*" + version + "~\n"
                + "ST*850*0001~\nBEG*00*SA*" + po + "**20241104~\nPO1*1*5*KG*14.20**VP*P-2~\nCTT*1~\nSE*5*0001~\n"
                + "GE*1*" + controlNumber + "~\n";
    }

    private static String interchange(String version, String... groups) {
        return "ISA*00*          *00*          *ZZ*ECOPROBM       *ZZ*ASCENDELEMENTS *241104*0815*"
                + (version.startsWith("005") ? "^*00501" : "U*00401") + "*000000812*0*P*>~\n"
                + String.join("", groups) + "IEA*" + groups.length + "*000000812~\n";
    }

    private String acknowledgments(X12ValidationReport report) {
        return writer.acknowledgeAll(report, ControlNumberSource.startingAt(900, 90, 1)).stream()
                .map(Acknowledgment::text).collect(Collectors.joining());
    }

    @Test
    void duplicateGroupControlNumberIn005010IsCode19() {
        X12ValidationReport report = new InterchangeValidator().validate(X12Samples.of(interchange("005010",
                group("77", "005010", "PO-1"), group("78", "005010", "PO-2"), group("77", "005010", "PO-3"))));

        assertThat(report.allIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(FunctionalGroupErrorCode.CONTROL_NUMBER_NOT_UNIQUE);
            assertThat(issue.code().code()).isEqualTo("19");
            assertThat(issue.location().groupControlNumber()).isEqualTo("77");
            assertThat(issue.detail()).contains("group control number 77 occurs twice in interchange 000000812");
        });
        assertThat(report.interchanges().get(0).groups()).extracting(FunctionalGroupReport::ackCode)
                .containsExactly(AcknowledgmentCode.A, AcknowledgmentCode.A, AcknowledgmentCode.R);
        assertThat(report.interchanges().get(0).issues()).isEmpty();
        String acks = acknowledgments(report);
        assertThat(acks).contains("AK1*PO*77*005010~AK2*850*0001~AK5*A~AK9*A*1*1*1~")
                .contains("AK1*PO*77*005010~AK2*850*0001~AK5*A~AK9*R*1*1*1*19~").doesNotContain("TA1");
    }

    /** 004010 has no code for it (its 19 is a security segment code): 6, the group control number is not valid here. */
    @Test
    void duplicateGroupControlNumberIn004010IsCode6() {
        X12ValidationReport report = new InterchangeValidator().validate(X12Samples.of(interchange("004010",
                group("77", "004010", "PO-1"), group("77", "004010", "PO-2"))));

        assertThat(report.allIssues()).singleElement().satisfies(issue ->
                assertThat(issue.code()).isEqualTo(FunctionalGroupErrorCode.CONTROL_NUMBER_SYNTAX));
        assertThat(acknowledgments(report)).contains("AK9*A*1*1*1~").contains("AK9*R*1*1*1*6~");
    }

    @Test
    void sameGroupControlNumberInTwoInterchangesIsFine() {
        String file = interchange("004010", group("77", "004010", "PO-1"))
                + interchange("004010", group("77", "004010", "PO-2")).replace("000000812", "000000813");
        assertThat(new InterchangeValidator().validate(X12Samples.of(file)).allIssues()).isEmpty();
    }
}
