package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.x12.ack.Acknowledgment;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentSender;
import com.ascendelements.portal.edi.x12.ack.AcknowledgmentWriter;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads partners' 997s; the 997s our own writer produces serve as a partner's, since they pass validation. */
class FunctionalAcknowledgmentReaderTest {

    private final InterchangeValidator validator = new InterchangeValidator();
    private final FunctionalAcknowledgmentReader reader = new FunctionalAcknowledgmentReader();

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

        assertThat(reader.read(ack)).singleElement().satisfies(group -> {
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

        List<FunctionalAcknowledgment> groups = reader.read(ack);

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
        assertThat(reader.read(ta1Only)).isEmpty();
    }

    @Test
    void otherTransactionSetsAreNotAcknowledgments() {
        assertThat(reader.read(X12Samples.bytes("valid/850-ecopro-004010.x12"))).isEmpty();
    }
}
