package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of broken input gives a precise issue, located, with the TA1/997 codes that go back to the partner. */
class MalformedInterchangeTest {

    private static final String PO = "valid/850-ecopro-004010.x12";

    private final InterchangeValidator validator = new InterchangeValidator();
    private final AcknowledgmentWriter writer = new AcknowledgmentWriter(
            new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", X12Delimiters.DEFAULT_004010, false),
            Clock.fixed(Instant.parse("2024-11-04T09:00:00Z"), ZoneOffset.UTC));

    private String acknowledgments(X12ValidationReport report) {
        List<Acknowledgment> acks = writer.acknowledgeAll(report, ControlNumberSource.startingAt(900, 90, 1));
        return acks.stream().map(Acknowledgment::text).collect(Collectors.joining());
    }

    private static X12Issue only(X12ValidationReport report) {
        assertThat(report.allIssues()).hasSize(1);
        return report.allIssues().get(0);
    }

    @Test
    void wrongSegmentCountInSe01() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "SE*26*0001~", "SE*25*0001~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(TransactionSetErrorCode.SEGMENT_COUNT_MISMATCH);
        assertThat(issue.location()).isEqualTo(new X12ErrorLocation(0, "4711", "0001", 26, "SE", 1, -1, -1, null));
        assertThat(issue.detail()).contains("'25'", "actual 26");
        assertThat(acknowledgments(report)).contains("AK2*850*0001~AK5*R*4~AK2*850*0002~AK5*A~AK9*P*2*2*1~");
    }

    @Test
    void transactionControlNumberMismatch() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "SE*9*0002~", "SE*9*0003~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(TransactionSetErrorCode.CONTROL_NUMBER_MISMATCH);
        assertThat(issue.location()).isEqualTo(new X12ErrorLocation(0, "4711", "0002", 9, "SE", 2, -1, -1, null));
        assertThat(acknowledgments(report)).contains("AK2*850*0002~AK5*R*3~AK9*P*2*2*1~");
    }

    @Test
    void groupControlNumberMismatch() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "GE*2*4711~", "GE*2*4712~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(FunctionalGroupErrorCode.CONTROL_NUMBER_MISMATCH);
        assertThat(issue.location().groupControlNumber()).isEqualTo("4711");
        assertThat(issue.location().segmentId()).isEqualTo("GE");
        assertThat(issue.location().elementPosition()).isEqualTo(2);
        assertThat(acknowledgments(report)).contains("AK1*PO*4711~", "AK9*R*2*2*2*4~");
    }

    @Test
    void groupTransactionCountMismatch() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "GE*2*4711~", "GE*3*4711~"));

        assertThat(only(report).code()).isEqualTo(FunctionalGroupErrorCode.TRANSACTION_COUNT_MISMATCH);
        assertThat(acknowledgments(report)).contains("AK9*R*3*2*2*5~");
    }

    @Test
    void interchangeControlNumberMismatchRejectsWithTa1Only() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "IEA*1*000004711~", "IEA*1*000004710~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(InterchangeNoteCode.CONTROL_NUMBER_MISMATCH);
        assertThat(issue.location()).isEqualTo(X12ErrorLocation.ofInterchange(0, 39, "IEA", 2));
        assertThat(report.interchanges().get(0).ackCode()).isEqualTo(AcknowledgmentCode.R);
        String ack = acknowledgments(report);
        assertThat(ack).contains("TA1*000004711*241104*0815*R*001~IEA*0*000000900~").doesNotContain("ST*997");
    }

    @Test
    void interchangeGroupCountMismatch() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "IEA*1*", "IEA*2*"));

        assertThat(only(report).code()).isEqualTo(InterchangeNoteCode.INVALID_GROUP_COUNT);
        assertThat(acknowledgments(report)).contains("TA1*000004711*241104*0815*R*021~");
    }

    @Test
    void truncatedFileWithoutIea() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("invalid/850-truncated-no-iea.x12"));

        assertThat(report.allIssues()).extracting(X12Issue::code).containsExactly(
                InterchangeNoteCode.PREMATURE_END_OF_FILE, FunctionalGroupErrorCode.TRAILER_MISSING,
                TransactionSetErrorCode.TRAILER_MISSING);
        assertThat(report.allIssues().get(0).detail()).contains("ends inside segment 'DTM*00'");
        assertThat(report.interchanges().get(0).groups().get(0).transactionSets().get(0).segmentCount()).isEqualTo(23);
        assertThat(acknowledgments(report)).contains("TA1*000004711*241104*0815*R*023~").doesNotContain("ST*997");
    }

    @Test
    void isaFieldOfWrongWidth() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("invalid/850-isa-sender-id-too-short.x12"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(InterchangeNoteCode.INVALID_SENDER_ID);
        assertThat(issue.location()).isEqualTo(X12ErrorLocation.ofInterchange(0, 1, "ISA", 6));
        assertThat(issue.detail()).contains("14 characters, expected 15");
        assertThat(report.interchanges().get(0).senderId()).isEqualTo("ECOPROBM");
        assertThat(acknowledgments(report)).contains("*ZZ*ECOPROBM       *241104*0900*U*00401*000000900*0*P*>~TA1*000004711*241104*0815*R*006~");
    }

    @Test
    void isaValuesOutOfRange() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "*241104*0815*U*00401*000004711*1*P*",
                "*241344*2515*U*00401*00000471A*2*X*"));

        assertThat(report.allIssues()).extracting(X12Issue::code, i -> i.location().elementPosition()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InterchangeNoteCode.INVALID_ACKNOWLEDGMENT_REQUESTED, 14),
                org.assertj.core.groups.Tuple.tuple(InterchangeNoteCode.INVALID_TEST_INDICATOR, 15),
                org.assertj.core.groups.Tuple.tuple(InterchangeNoteCode.INVALID_CONTROL_NUMBER, 13),
                org.assertj.core.groups.Tuple.tuple(InterchangeNoteCode.INVALID_DATE, 9),
                org.assertj.core.groups.Tuple.tuple(InterchangeNoteCode.INVALID_TIME, 10),
                org.assertj.core.groups.Tuple.tuple(InterchangeNoteCode.CONTROL_NUMBER_MISMATCH, 2));
        assertThat(acknowledgments(report)).contains("TA1*000000000*241104*0900*R*019~");
    }

    @Test
    void unknownSegmentIsNotedNotRejected() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "CUR*BY*USD~", "ZZZ*1*2~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(SegmentErrorCode.NOT_IN_TRANSACTION_SET);
        assertThat(issue.tolerated()).isTrue();
        assertThat(issue.location()).isEqualTo(new X12ErrorLocation(0, "4711", "0001", 3, "ZZZ", -1, -1, -1, null));
        assertThat(acknowledgments(report)).contains("AK2*850*0001~AK3*ZZZ*3**6~AK5*E*5~", "AK9*E*2*2*2~");
    }

    @Test
    void missingMandatoryElementBeg03() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "BEG*00*SA*EP-PO-2024-1187**", "BEG*00*SA***"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(ElementErrorCode.MANDATORY_ELEMENT_MISSING);
        assertThat(issue.location()).isEqualTo(new X12ErrorLocation(0, "4711", "0001", 2, "BEG", 3, -1, 1, "324"));
        assertThat(acknowledgments(report)).contains("AK2*850*0001~AK3*BEG*2**8~AK4*3*324*1~AK5*R*5~");
    }

    @Test
    void invalidCodeValue() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "BEG*00*SA*EP-PO-2024-1187", "BEG*99*SA*EP-PO-2024-1187"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(ElementErrorCode.INVALID_CODE_VALUE);
        assertThat(issue.badData()).isEqualTo("99");
        assertThat(issue.location().elementReference()).isEqualTo("353");
        assertThat(acknowledgments(report)).contains("AK3*BEG*2**8~AK4*1*353*7*99~AK5*R*5~");
    }

    @Test
    void elementTooLongAndBadDate() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "DTM*002*20241201~", "DTM*002*20241301*123456789~"));

        assertThat(report.allIssues()).extracting(X12Issue::code, i -> i.location().elementPosition())
                .contains(org.assertj.core.groups.Tuple.tuple(ElementErrorCode.INVALID_DATE, 2),
                        org.assertj.core.groups.Tuple.tuple(ElementErrorCode.TOO_LONG, 3));
        assertThat(acknowledgments(report)).contains("AK3*DTM*7**8~AK4*2*373*8*20241301~AK4*3*337*5*123456789~");
    }

    @Test
    void missingMandatorySegment() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO,
                "PO1*1*12000*KG*31.00**VP*CAM-NCM811*BP*EP-CAM-811~\nPID*F****Cathode active material NCM811~\nCTT*1~\nSE*9*0002~",
                "CTT*1~\nSE*7*0002~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(SegmentErrorCode.MANDATORY_SEGMENT_MISSING);
        assertThat(issue.location().segmentId()).isEqualTo("PO1");
        assertThat(acknowledgments(report)).contains("AK2*850*0002~AK3*PO1*", "**3~AK5*R*5~");
    }

    @Test
    void hazmatAsnWithUnknownSegmentAndWrongHierarchyCode() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("invalid/856-unknown-segment-and-bad-codes.x12"));

        assertThat(report.allIssues()).extracting(X12Issue::code, i -> i.location().segmentPosition(), i -> i.location().segmentId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SegmentErrorCode.NOT_IN_TRANSACTION_SET, 5, "ZZX"),
                        org.assertj.core.groups.Tuple.tuple(ElementErrorCode.INVALID_CODE_VALUE, 8, "HL"));
        assertThat(acknowledgments(report)).contains("TA1*000000319*241107*0900*A*000~",
                "AK2*856*3190001~AK3*ZZX*5**6~AK3*HL*8**8~AK4*3*735*7*K~AK5*R*5~AK9*R*1*1*0~");
    }

    @Test
    void duplicateTransactionControlNumberInGroup() {
        byte[] file = X12Samples.mutated(PO, "ST*850*0002~", "ST*850*0001~");
        file = X12Samples.of(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).replace("SE*9*0002~", "SE*9*0001~"));

        X12Issue issue = only(validator.validate(file));
        assertThat(issue.code()).isEqualTo(TransactionSetErrorCode.CONTROL_NUMBER_NOT_UNIQUE);
        assertThat(acknowledgments(validator.validate(file))).contains("AK5*R*23~");
    }

    @Test
    void unsupportedTransactionSetAndVersion() {
        X12ValidationReport unsupportedSet = validator.validate(X12Samples.mutated(PO, "ST*850*0002~", "ST*940*0002~"));
        assertThat(only(unsupportedSet).code()).isEqualTo(TransactionSetErrorCode.NOT_SUPPORTED);
        assertThat(acknowledgments(unsupportedSet)).contains("AK2*940*0002~AK5*R*1~");

        X12ValidationReport unsupportedVersion = validator.validate(X12Samples.mutated(PO, "*X*004010~", "*X*003060~"));
        assertThat(only(unsupportedVersion).code()).isEqualTo(FunctionalGroupErrorCode.VERSION_NOT_SUPPORTED);
        assertThat(acknowledgments(unsupportedVersion)).contains("AK9*R*2*2*2*2~");
    }

    @Test
    void transactionSetInTheWrongFunctionalGroup() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "GS*PO*", "GS*IN*"));

        assertThat(report.allIssues()).extracting(X12Issue::code)
                .containsOnly(TransactionSetErrorCode.INVALID_IDENTIFIER);
        assertThat(acknowledgments(report)).contains("AK1*IN*4711~", "AK5*R*6~", "AK9*R*2*2*0~");
    }

    @Test
    void repetitionSeparatorInANonRepeatingElement() {
        X12ValidationReport report = validator.validate(X12Samples.mutated("valid/850-ecopro-005010-bom.x12",
                "pCAM NCM811 recycled", "pCAM NCM811^recycled"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(ElementErrorCode.TOO_MANY_REPETITIONS);
        assertThat(issue.location().segmentId()).isEqualTo("PID");
        assertThat(acknowledgments(report)).contains("AK1*PO*4800*005010~", "AK3*PID*7**8~AK4*5*352*12*recycled~AK5*R*5~");
    }

    @Test
    void binaryGarbage() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("invalid/binary-garbage.bin"));

        assertThat(report.interchanges()).isEmpty();
        assertThat(report.fileIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.level()).isEqualTo(IssueLevel.FILE);
            assertThat(issue.code()).isEqualTo(InterchangeNoteCode.INVALID_CONTENT);
            assertThat(issue.detail()).startsWith("no ISA interchange header found at offset 0");
        });
        assertThat(acknowledgments(report)).isEmpty();
        assertThat(report.isAccepted()).isFalse();
    }

    @Test
    void emptyFileAndNull() {
        assertThat(validator.validate(X12Samples.bytes("invalid/empty.x12")).fileIssues()).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("file is empty"))
                .extracting(X12Issue::code).isEqualTo(InterchangeNoteCode.PREMATURE_END_OF_FILE);
        assertThat(validator.validate((byte[]) null).fileIssues()).hasSize(1);
        assertThat(validator.validate(X12Samples.of(" \r\n\t")).fileIssues()).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("file holds only whitespace"));
    }

    @Test
    void textThatMerelyMentionsIsa() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("invalid/mentions-isa.txt"));

        assertThat(report.interchanges()).isEmpty();
        assertThat(report.fileIssues()).extracting(X12Issue::code).containsExactly(
                InterchangeNoteCode.INVALID_CONTENT, InterchangeNoteCode.INVALID_ELEMENT_SEPARATOR);
        assertThat(validator.validate(X12Samples.of("ISA")).fileIssues()).singleElement()
                .extracting(X12Issue::code).isEqualTo(InterchangeNoteCode.PREMATURE_END_OF_FILE);
        assertThat(validator.validate(X12Samples.of("ISA*00*")).fileIssues()).singleElement()
                .extracting(X12Issue::code).isEqualTo(InterchangeNoteCode.PREMATURE_END_OF_FILE);
    }

    @Test
    void garbageBetweenInterchangesIsReportedAndBothInterchangesAreRead() {
        String po = X12Samples.text(PO);
        X12ValidationReport report = validator.validate(X12Samples.of(po + "--- boundary ---\n" + po.replace("000004711", "000004712")));

        assertThat(report.interchanges()).hasSize(2);
        assertThat(report.fileIssues()).singleElement().satisfies(i -> assertThat(i.detail()).contains("--- boundary ---"));
    }

    @Test
    void missingIeaFollowedByAnotherInterchange() {
        String po = X12Samples.text(PO);
        String withoutIea = po.substring(0, po.indexOf("IEA*"));
        X12ValidationReport report = validator.validate(X12Samples.of(withoutIea + po.replace("000004711", "000004712")));

        assertThat(report.interchanges()).extracting(InterchangeReport::controlNumber).containsExactly("000004711", "000004712");
        assertThat(report.interchanges().get(0).issues()).extracting(X12Issue::code)
                .containsExactly(InterchangeNoteCode.PREMATURE_END_OF_FILE);
        assertThat(report.interchanges().get(1).issues()).isEmpty();
    }

    @Test
    void segmentTerminatorMissingAfterIsa16() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "*P*>~", "*P*~"));

        assertThat(report.interchanges()).isEmpty();
        assertThat(report.fileIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR);
            assertThat(issue.detail()).contains("ISA16");
        });
    }

    @Test
    void missingSeBeforeTheNextSt() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "SE*26*0001~\n", ""));

        TransactionSetReport first = report.interchanges().get(0).groups().get(0).transactionSets().get(0);
        assertThat(first.errorCodes()).contains(TransactionSetErrorCode.TRAILER_MISSING);
        assertThat(first.ackCode()).isEqualTo(AcknowledgmentCode.R);
        assertThat(report.interchanges().get(0).groups().get(0).errorCodes())
                .containsExactly(FunctionalGroupErrorCode.TRANSACTION_COUNT_MISMATCH);
        assertThat(acknowledgments(report)).contains("AK5*R*2*5*4*3~", "AK9*R*2*1*0*5~");
    }

    @Test
    void missingGe() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "GE*2*4711~\n", ""));

        assertThat(only(report).code()).isEqualTo(FunctionalGroupErrorCode.TRAILER_MISSING);
        assertThat(acknowledgments(report)).contains("AK9*R*2*2*2*3~");
    }

    @Test
    void transactionSetsWithoutFunctionalGroup() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO,
                "GS*PO*ECOPROBM*ASCENDEL*20241104*0815*4711*X*004010~\n", ""));

        assertThat(report.interchanges().get(0).noteCode()).isEqualTo(InterchangeNoteCode.INVALID_CONTROL_STRUCTURE);
        assertThat(report.interchanges().get(0).issues()).extracting(i -> i.location().segmentId(), i -> i.location().segmentPosition())
                .startsWith(org.assertj.core.groups.Tuple.tuple("ST", 2), org.assertj.core.groups.Tuple.tuple("ST", 28));
        assertThat(acknowledgments(report)).contains("TA1*000004711*241104*0815*R*022~IEA*0*");
    }

    @Test
    void malformedSegmentTagIsUnrecognizedAndTheRestIsStillValidated() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "CUR*BY*USD~", "CURX*BY*USD~"));

        X12Issue issue = only(report);
        assertThat(issue.code()).isEqualTo(SegmentErrorCode.UNRECOGNIZED_SEGMENT_ID);
        assertThat(issue.tolerated()).isFalse();
        assertThat(issue.location()).isEqualTo(new X12ErrorLocation(0, "4711", "0001", 3, "CURX", -1, -1, -1, null));
        assertThat(acknowledgments(report)).contains("AK2*850*0001~AK3*ZZZ*3**1~AK5*R*5~AK2*850*0002~AK5*A~");
    }

    @Test
    void segmentBetweenTransactionSetsBreaksTheControlStructure() {
        X12ValidationReport report = validator.validate(X12Samples.mutated(PO, "SE*9*0002~\n", "SE*9*0002~\nREF*XX*1~\n"));

        assertThat(only(report).code()).isEqualTo(InterchangeNoteCode.INVALID_CONTENT);
        assertThat(only(report).location().segmentId()).isEqualTo("REF");
        assertThat(report.interchanges().get(0).groups().get(0).transactionSets()).allMatch(t -> t.issues().isEmpty());
    }

    @Test
    void sameInterchangeTwiceInOneFile() {
        String po = X12Samples.text(PO);
        X12ValidationReport report = validator.validate(X12Samples.of(po + po));

        assertThat(report.interchanges().get(0).issues()).isEmpty();
        assertThat(report.interchanges().get(1).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(InterchangeNoteCode.DUPLICATE_CONTROL_NUMBER);
            assertThat(issue.location()).isEqualTo(X12ErrorLocation.ofInterchange(1, 1, "ISA", 13));
        });
        assertThat(acknowledgments(report)).contains("TA1*000004711*241104*0815*R*025~IEA*0*000000901~");
    }
}
