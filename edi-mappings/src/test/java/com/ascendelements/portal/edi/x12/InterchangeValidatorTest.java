package com.ascendelements.portal.edi.x12;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Well-formed partner files, in every layout partners send, validate without issues. */
class InterchangeValidatorTest {

    private final InterchangeValidator validator = new InterchangeValidator();

    @ParameterizedTest
    @ValueSource(strings = {"850-ecopro-004010.x12", "850-ecopro-newlines.x12", "850-ecopro-005010-bom.x12",
        "856-skba-crlf.x12", "810-ascend-invoice.x12", "multi-interchange.x12"})
    void validSamplesAreClean(String sample) {
        X12ValidationReport report = validator.validate(X12Samples.bytes("valid/" + sample));

        assertThat(report.allIssues()).isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(report.isAccepted()).isTrue();
    }

    @Test
    void reportsEnvelopeOfEcoProPurchaseOrders() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("valid/850-ecopro-004010.x12"));

        InterchangeReport interchange = report.interchanges().get(0);
        assertThat(interchange.index()).isZero();
        assertThat(interchange.senderQualifier()).isEqualTo("ZZ");
        assertThat(interchange.senderId()).isEqualTo("ECOPROBM");
        assertThat(interchange.receiverQualifier()).isEqualTo("ZZ");
        assertThat(interchange.receiverId()).isEqualTo("ASCENDELEMENTS");
        assertThat(interchange.controlNumber()).isEqualTo("000004711");
        assertThat(interchange.acknowledgmentRequested()).isTrue();
        assertThat(interchange.usageIndicator()).isEqualTo("P");
        assertThat(interchange.controlVersion()).isEqualTo("00401");
        assertThat(interchange.delimiters()).isEqualTo(X12Delimiters.DEFAULT_004010);
        assertThat(interchange.ackCode()).isEqualTo(AcknowledgmentCode.A);
        assertThat(interchange.noteCode()).isEqualTo(InterchangeNoteCode.NO_ERROR);

        FunctionalGroupReport group = interchange.groups().get(0);
        assertThat(group.functionalIdentifier()).isEqualTo("PO");
        assertThat(group.applicationSender()).isEqualTo("ECOPROBM");
        assertThat(group.applicationReceiver()).isEqualTo("ASCENDEL");
        assertThat(group.controlNumber()).isEqualTo("4711");
        assertThat(group.version()).isEqualTo("004010");
        assertThat(group.declaredTransactionCount()).isEqualTo(2);
        assertThat(group.ackCode()).isEqualTo(AcknowledgmentCode.A);

        assertThat(group.transactionSets()).extracting(TransactionSetReport::identifier, TransactionSetReport::controlNumber,
                        TransactionSetReport::segmentCount, TransactionSetReport::declaredSegmentCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("850", "0001", 26, 26),
                        org.assertj.core.groups.Tuple.tuple("850", "0002", 9, 9));
    }

    @Test
    void shipNoticeWithHazmatLotsAndCrlf() {
        InterchangeReport interchange = validator.validate(X12Samples.bytes("valid/856-skba-crlf.x12")).interchanges().get(0);

        assertThat(interchange.senderId()).isEqualTo("SKBA-COMMERCE");
        assertThat(interchange.groups().get(0).functionalIdentifier()).isEqualTo("SH");
        TransactionSetReport asn = interchange.groups().get(0).transactionSets().get(0);
        assertThat(asn.identifier()).isEqualTo("856");
        assertThat(asn.controlNumber()).isEqualTo("3180001");
        assertThat(asn.segmentCount()).isEqualTo(30);
        assertThat(asn.ackCode()).isEqualTo(AcknowledgmentCode.A);
    }

    @Test
    void version5010WithPipeAndCaretBehindBomAndIndentation() {
        InterchangeReport interchange = validator.validate(X12Samples.bytes("valid/850-ecopro-005010-bom.x12")).interchanges().get(0);

        assertThat(interchange.controlVersion()).isEqualTo("00501");
        assertThat(interchange.delimiters().repetition()).isEqualTo('^');
        assertThat(interchange.groups().get(0).version()).isEqualTo("005010");
        assertThat(interchange.groups().get(0).transactionSets()).singleElement()
                .satisfies(t -> assertThat(t.segmentCount()).isEqualTo(9));
    }

    @Test
    void severalInterchangesAndGroupsInOneFile() {
        X12ValidationReport report = validator.validate(X12Samples.bytes("valid/multi-interchange.x12"));

        assertThat(report.interchanges()).extracting(InterchangeReport::index, InterchangeReport::controlNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "000004901"), org.assertj.core.groups.Tuple.tuple(1, "000004902"));
        assertThat(report.interchanges().get(0).groups()).extracting(FunctionalGroupReport::functionalIdentifier,
                FunctionalGroupReport::controlNumber).containsExactly(org.assertj.core.groups.Tuple.tuple("PO", "4901"),
                org.assertj.core.groups.Tuple.tuple("PR", "4902"));
        assertThat(report.interchanges().get(0).groups().get(1).transactionSets()).hasSize(2);
        assertThat(report.interchanges().get(1).groups().get(0).isFunctionalAcknowledgment()).isTrue();
    }

    @Test
    void interchangesWithDifferentDelimitersInOneFile() {
        String file = X12Samples.text("valid/850-ecopro-newlines.x12") + X12Samples.text("valid/850-ecopro-005010-bom.x12").substring(3)
                + X12Samples.text("valid/856-skba-crlf.x12");

        X12ValidationReport report = validator.validate(X12Samples.of(file));

        assertThat(report.allIssues()).isEmpty();
        assertThat(report.interchanges()).extracting(i -> i.delimiters().element(), i -> i.delimiters().segment())
                .containsExactly(org.assertj.core.groups.Tuple.tuple('*', '\n'), org.assertj.core.groups.Tuple.tuple('|', '~'),
                        org.assertj.core.groups.Tuple.tuple('*', '~'));
    }

    @Test
    void hardWrappedLinesAreJoined() {
        String text = X12Samples.text("valid/850-ecopro-004010.x12").replace("~\n", "~");
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < text.length(); i += 80) {
            wrapped.append(text, i, Math.min(text.length(), i + 80)).append("\r\n");
        }

        X12ValidationReport report = validator.validate(X12Samples.of(wrapped.toString()));

        assertThat(report.allIssues()).singleElement().satisfies(note -> assertThat(note.code()).isEqualTo(ReceptionNote.HARD_WRAPPED));
        assertThat(report.isAccepted()).isTrue();
        assertThat(report.interchanges().get(0).groups().get(0).transactionSets()).hasSize(2);
    }

    @Test
    void lastSegmentWithoutTerminatorAtEndOfFileIsAccepted() {
        String text = X12Samples.text("valid/810-ascend-invoice.x12").stripTrailing();
        String withoutLastTerminator = text.substring(0, text.length() - 1);

        assertThat(validator.validate(X12Samples.of(withoutLastTerminator)).allIssues()).isEmpty();
    }

    @Test
    void unknownSegmentsRejectTheSetWhenNotTolerated() {
        byte[] file = X12Samples.mutated("valid/850-ecopro-004010.x12", "CUR*BY*USD~", "ZZZ*1~");

        assertThat(new InterchangeValidator(false).validate(file).interchanges().get(0).groups().get(0).transactionSets().get(0)
                .ackCode()).isEqualTo(AcknowledgmentCode.R);
        assertThat(validator.validate(file).interchanges().get(0).groups().get(0).transactionSets().get(0)
                .ackCode()).isEqualTo(AcknowledgmentCode.E);
    }

    @Test
    void largeFileIsValidatedInStreamingTime() {
        String po = X12Samples.text("valid/850-ecopro-004010.x12");
        String header = po.substring(0, po.indexOf("ST*850*0001~"));
        String body = po.substring(po.indexOf("ST*850*0001~"), po.indexOf("ST*850*0002~"));
        StringBuilder file = new StringBuilder(header);
        int sets = 1000;
        for (int i = 1; i <= sets; i++) {
            String number = String.format("%05d", i);
            file.append(body.replace("ST*850*0001~", "ST*850*" + number + "~").replace("SE*26*0001~", "SE*26*" + number + "~"));
        }
        file.append("GE*").append(sets).append("*4711~\nIEA*1*000004711~\n");

        long start = System.nanoTime();
        X12ValidationReport report = validator.validate(X12Samples.of(file.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.allIssues()).isEmpty();
        assertThat(report.interchanges().get(0).groups().get(0).transactionSets()).hasSize(sets);
        assertThat(millis).as("%d KB in %d ms", file.length() / 1024, millis).isLessThan(15_000);
    }
}
