package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.FunctionalAcknowledgmentMessage;
import com.ascendelements.portal.edi.smooks.X12Translator;
import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads partners' 997s with the Smooks mapping of the 997; the 997s our own writer produces serve as a partner's, since
 * they pass validation.
 */
class FunctionalAcknowledgmentReadingTest {

    private static final X12Translator SMOOKS = new X12Translator();
    private final InterchangeValidator validator = new InterchangeValidator();

    private static List<FunctionalAcknowledgment> read(byte[] file) {
        return SMOOKS.read(file, FunctionalAcknowledgmentMessage.class).stream().map(FunctionalAcknowledgment::of).toList();
    }

    private byte[] acknowledgmentOf(String sample, boolean functionalAcknowledgments) {
        X12ValidationReport report = validator.validate(X12Samples.bytes(sample));
        AcknowledgmentWriter writer = new AcknowledgmentWriter(
                new AcknowledgmentSender("ZZ", "ECOPROBMUS", "ECOPRO", X12Delimiters.DEFAULT_004010, true));
        List<Acknowledgment> acks = writer.acknowledgeAll(report, ControlNumberSource.startingAt(1, 1, 1), functionalAcknowledgments);
        return acks.isEmpty() ? new byte[0] : acks.get(0).x12();
    }

    @Test
    void readsAnAcceptingAcknowledgment() {
        byte[] ack = acknowledgmentOf("valid/850-ecopro-004010.x12", true);
        assertThat(validator.validate(ack).isAccepted()).isTrue();

        assertThat(read(ack)).singleElement().satisfies(group -> {
            assertThat(group.functionalId()).isEqualTo("PO");
            assertThat(group.groupControlNumber()).isEqualTo("4711");
            assertThat(group.code()).isEqualTo("A");
            assertThat(group.setsIncluded()).isEqualTo(2);
            assertThat(group.setsAccepted()).isEqualTo(2);
            assertThat(group.transactionSets()).extracting(FunctionalAcknowledgment.TransactionSet::controlNumber)
                    .containsExactly("0001", "0002");
            assertThat(group.summary()).isEqualTo("A");
        });
    }

    @Test
    void keepsThePartnersErrorCodesOfARejection() {
        byte[] ack = acknowledgmentOf("invalid/856-unknown-segment-and-bad-codes.x12", true);

        List<FunctionalAcknowledgment> groups = read(ack);

        assertThat(groups).isNotEmpty();
        FunctionalAcknowledgment group = groups.get(0);
        assertThat(group.functionalId()).isEqualTo("SH");
        assertThat(group.code()).isIn("R", "E", "P");
        assertThat(group.transactionSets()).anySatisfy(set -> assertThat(set.errors()).anyMatch(e -> e.startsWith("AK3") || e.startsWith("AK4")));
        assertThat(group.summary()).contains("856");
    }

    @Test
    void aTa1AloneHasNoFunctionalAcknowledgment() {
        byte[] ta1Only = acknowledgmentOf("valid/850-ecopro-004010.x12", false);

        assertThat(new String(ta1Only, StandardCharsets.ISO_8859_1)).contains("TA1*").doesNotContain("AK1");
        assertThat(read(ta1Only)).isEmpty();
    }

    @Test
    void otherTransactionSetsAreNotAcknowledgments() {
        assertThat(read(X12Samples.bytes("valid/850-ecopro-004010.x12"))).isEmpty();
    }

    @Test
    void readsEachElementErrorWithTheSegmentReportedBeforeItAndEveryCode() {
        String x12 = "ISA*00*          *00*          *ZZ*ECOPROBM       *ZZ*ASCENDELEM     *261121*1405*U*00401*000000601*0*P*>~"
                + "GS*FA*ECOPROBM*ASCENDELEM*20261121*1405*601*X*004010~ST*997*6001~AK1*PR*55~"
                + "AK2*855*0001~AK3*N1*5**8~AK4*2*93*7*ASCEND ELEMENTS INC~AK3*PO1*9~AK4*3*355*7~AK5*R*5*2~"
                + "AK2*855*0002~AK5*A~AK9*P*2*2*1*5~SE*12*6001~GE*1*601~IEA*1*000000601~";
        assertThat(validator.validate(x12.getBytes(StandardCharsets.US_ASCII)).isAccepted()).isTrue();

        FunctionalAcknowledgment ack = read(x12.getBytes(StandardCharsets.US_ASCII)).get(0);

        assertThat(ack.functionalId()).isEqualTo("PR");
        assertThat(ack.groupControlNumber()).isEqualTo("55");
        assertThat(ack.code()).isEqualTo("P");
        assertThat(ack.setsIncluded()).isEqualTo(2);
        assertThat(ack.setsReceived()).isEqualTo(2);
        assertThat(ack.setsAccepted()).isEqualTo(1);
        assertThat(ack.groupErrors()).containsExactly("5");
        assertThat(ack.transactionSets()).hasSize(2);
        assertThat(ack.transactionSets().get(0).errors()).containsExactly("AK3 N1 segment 5 code 8", "AK4 N1 element 2 code 7",
                "AK3 PO1 segment 9", "AK4 PO1 element 3 code 7", "AK5 5", "AK5 2");
        assertThat(ack.transactionSets().get(1).code()).isEqualTo("A");
        assertThat(ack.transactionSets().get(1).errors()).isEmpty();
        assertThat(ack.summary()).isEqualTo("P: AK9 5; 855 0001 R (AK3 N1 segment 5 code 8, AK4 N1 element 2 code 7, "
                + "AK3 PO1 segment 9, AK4 PO1 element 3 code 7, AK5 5, AK5 2)");
    }

    @Test
    void readsA005010AcknowledgmentWhoseElementErrorsNameTheComponent() throws java.io.IOException {
        byte[] x12 = java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("src/test/resources/x12/997/skba-997-005010.edi"));
        assertThat(validator.validate(x12).isAccepted()).isTrue();

        FunctionalAcknowledgment ack = read(x12).get(0);

        assertThat(ack.functionalId()).isEqualTo("PO");
        assertThat(ack.code()).isEqualTo("R");
        assertThat(ack.transactionSets()).singleElement().satisfies(set -> {
            assertThat(set.setId()).isEqualTo("850");
            assertThat(set.controlNumber()).isEqualTo("0003");
            assertThat(set.code()).isEqualTo("R");
            assertThat(set.errors()).containsExactly("AK3 PO1 segment 4 code 8", "AK4 PO1 element 3:1 code 7",
                    "AK4 PO1 element 4 code 6", "AK5 5");
        });
    }

    @Test
    void aSetWithoutItsVerdictIsLeftOutABadCountIsNoCountAndA997WithoutAk9IsRefused() {
        String x12 = "ISA*00*          *00*          *ZZ*ECOPROBM       *ZZ*ASCENDELEM     *261121*1405*U*00401*000000602*0*P*>~"
                + "GS*FA*ECOPROBM*ASCENDELEM*20261121*1405*602*X*004010~ST*997*6002~AK1*PR*56~"
                + "AK2*855*0001~AK3*N1*5**8~AK2*855*0002~AK5*A~AK9*A*2*X*1~SE*9*6002~"
                + "ST*997*6003~AK1*PR*57~AK2*855*0003~AK5*A~SE*5*6003~GE*2*602~IEA*1*000000602~";

        List<FunctionalAcknowledgmentMessage> messages = SMOOKS.read(x12.getBytes(StandardCharsets.US_ASCII),
                FunctionalAcknowledgmentMessage.class);

        FunctionalAcknowledgment first = FunctionalAcknowledgment.of(messages.get(0));
        assertThat(first.transactionSets()).extracting(FunctionalAcknowledgment.TransactionSet::controlNumber).containsExactly("0002");
        assertThat(first.setsIncluded()).isEqualTo(2);
        assertThat(first.setsReceived()).isNull();
        assertThat(first.setsAccepted()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FunctionalAcknowledgment.of(messages.get(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6003").hasMessageContaining("no AK9");
    }
}
