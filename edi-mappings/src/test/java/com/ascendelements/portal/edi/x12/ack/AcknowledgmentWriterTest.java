package com.ascendelements.portal.edi.x12.ack;

import com.ascendelements.portal.edi.x12.AcknowledgmentCode;
import com.ascendelements.portal.edi.x12.InterchangeReport;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12Samples;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcknowledgmentWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-04T09:05:00Z"), ZoneOffset.UTC);

    private final InterchangeValidator validator = new InterchangeValidator();

    private static AcknowledgmentWriter writer(X12Delimiters delimiters, boolean lineBreaks) {
        return new AcknowledgmentWriter(new AcknowledgmentSender("ZZ", "ASCENDELEMENTS", "ASCENDEL", delimiters, lineBreaks), CLOCK);
    }

    private List<Acknowledgment> acknowledge(String sample, X12Delimiters delimiters, boolean lineBreaks) {
        X12ValidationReport report = validator.validate(X12Samples.bytes(sample));
        return writer(delimiters, lineBreaks).acknowledgeAll(report, ControlNumberSource.startingAt(501, 71, 1));
    }

    @Test
    void writesTa1And997ForPurchaseOrders() {
        List<Acknowledgment> acks = acknowledge("valid/850-ecopro-004010.x12", X12Delimiters.DEFAULT_004010, true);

        assertThat(acks).singleElement().satisfies(ack -> {
            assertThat(ack.interchangeControlNumber()).isEqualTo("000000501");
            assertThat(ack.inboundControlNumber()).isEqualTo("000004711");
            assertThat(ack.containsTa1()).isTrue();
            assertThat(ack.acknowledgedGroups()).containsExactly("4711");
            assertThat(ack.text()).isEqualTo("""
                    ISA*00*          *00*          *ZZ*ASCENDELEMENTS *ZZ*ECOPROBM       *241104*0905*U*00401*000000501*0*P*>~
                    TA1*000004711*241104*0815*A*000~
                    GS*FA*ASCENDEL*ECOPROBM*20241104*0905*71*X*004010~
                    ST*997*0001~
                    AK1*PO*4711~
                    AK2*850*0001~
                    AK5*A~
                    AK2*850*0002~
                    AK5*A~
                    AK9*A*2*2*2~
                    SE*8*0001~
                    GE*1*71~
                    IEA*1*000000501~
                    """);
        });
    }

    @Test
    void noTa1WhenNotRequestedAndEnvelopeIsClean() {
        List<Acknowledgment> acks = acknowledge("valid/850-ecopro-newlines.x12", X12Delimiters.DEFAULT_004010, false);

        assertThat(acks).singleElement().satisfies(ack -> {
            assertThat(ack.containsTa1()).isFalse();
            assertThat(ack.text()).doesNotContain("TA1").contains("AK1*PO*4712~AK2*850*1001~AK5*A~AK9*A*1*1*1~");
        });
    }

    @Test
    void neverAcknowledgesA997Group() {
        List<Acknowledgment> acks = acknowledge("valid/multi-interchange.x12", X12Delimiters.DEFAULT_004010, false);

        assertThat(acks).singleElement().satisfies(ack -> {
            assertThat(ack.inboundControlNumber()).isEqualTo("000004901");
            assertThat(ack.acknowledgedGroups()).containsExactly("4901", "4902");
            assertThat(ack.text()).contains("GS*FA*ASCENDEL*ECOPROBM*20241104*0905*71*X*004010~ST*997*0001~AK1*PO*4901~",
                    "GS*FA*ASCENDEL*ECOPROBM*20241104*0905*72*X*004010~ST*997*0002~AK1*PR*4902~AK2*855*0001~AK5*A~"
                            + "AK2*855*0002~AK5*A~AK9*A*2*2*2~SE*8*0002~GE*1*72~IEA*2*000000501~");
        });
    }

    @Test
    void a997GroupStillGetsATa1WhenRequested() {
        byte[] fa = X12Samples.of(X12Samples.text("valid/multi-interchange.x12").split("IEA\\*2\\*000004901~\n")[1]
                .replace("*000004902*0*P*", "*000004902*1*P*"));
        X12ValidationReport report = validator.validate(fa);

        List<Acknowledgment> acks = writer(X12Delimiters.DEFAULT_004010, false).acknowledgeAll(report, ControlNumberSource.startingAt(1, 1, 1));

        assertThat(acks).singleElement().satisfies(ack -> {
            assertThat(ack.text()).contains("TA1*000004902*241108*0705*A*000~IEA*0*000000001~").doesNotContain("997");
            assertThat(ack.acknowledgedGroups()).isEmpty();
        });
    }

    @Test
    void answersIn005010WithTheCallersDelimiters() {
        X12Delimiters ours = new X12Delimiters('|', ':', null, '\n');
        List<Acknowledgment> acks = acknowledge("valid/850-ecopro-005010-bom.x12", ours, true);

        assertThat(acks).singleElement().satisfies(ack -> assertThat(ack.text()).isEqualTo("""
                ISA|00|          |00|          |ZZ|ASCENDELEMENTS |ZZ|ECOPROBM       |241104|0905|^|00501|000000501|0|P|:
                GS|FA|ASCENDEL|ECOPROBM|20241104|0905|71|X|005010
                ST|997|0001
                AK1|PO|4800|005010
                AK2|850|0001
                AK5|A
                AK9|A|1|1|1
                SE|6|0001
                GE|1|71
                IEA|1|000000501
                """));
    }

    @Test
    void controlNumbersAreDrawnPerInterchangeGroupAndSet() {
        String po = X12Samples.text("valid/850-ecopro-004010.x12");
        X12ValidationReport report = validator.validate(X12Samples.of(po + po.replace("000004711", "000004712")));

        List<Acknowledgment> acks = writer(X12Delimiters.DEFAULT_004010, false).acknowledgeAll(report, ControlNumberSource.startingAt(7, 8, 9));

        assertThat(acks).extracting(Acknowledgment::interchangeControlNumber).containsExactly("000000007", "000000008");
        assertThat(acks.get(0).text()).contains("GS*FA*ASCENDEL*ECOPROBM*20241104*0905*8*X*004010~ST*997*0009~");
        assertThat(acks.get(1).text()).contains("GS*FA*ASCENDEL*ECOPROBM*20241104*0905*9*X*004010~ST*997*0010~");
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid/850-ecopro-004010.x12", "valid/850-ecopro-newlines.x12", "valid/850-ecopro-005010-bom.x12",
        "valid/856-skba-crlf.x12", "valid/810-ascend-invoice.x12", "valid/multi-interchange.x12",
        "invalid/850-truncated-no-iea.x12", "invalid/850-isa-sender-id-too-short.x12",
        "invalid/856-unknown-segment-and-bad-codes.x12"})
    void acknowledgmentsReadBackCleanWithStaediValidation(String sample) throws Exception {
        for (X12Delimiters delimiters : List.of(X12Delimiters.DEFAULT_004010, X12Delimiters.DEFAULT_005010,
                new X12Delimiters('|', '>', '^', '\n'))) {
            for (Acknowledgment ack : acknowledge(sample, delimiters, true)) {
                X12ValidationReport readBack = validator.validate(ack.x12());
                assertThat(readBack.allIssues()).as(ack.text()).isEmpty();
                assertThat(readBack.interchanges()).singleElement().extracting(InterchangeReport::ackCode)
                        .isEqualTo(AcknowledgmentCode.A);
                assertThat(staediErrors(ack.x12())).as(ack.text()).isEmpty();
            }
        }
    }

    @Test
    void rejectedTransactionSetsAreCountedInAk9() {
        byte[] file = X12Samples.mutated("valid/850-ecopro-004010.x12", "BEG*00*SA*EP-PO-2024-1188", "BEG*9Z*SA*EP-PO-2024-1188");
        X12ValidationReport report = validator.validate(file);

        String text = writer(X12Delimiters.DEFAULT_004010, false).acknowledgeAll(report, ControlNumberSource.startingAt(1, 1, 1))
                .get(0).text();

        assertThat(text).contains("AK2*850*0002~AK3*BEG*2**8~AK4*1*353*7*9Z~AK5*R*5~AK9*P*2*2*1~");
        assertThat(validator.validate(X12Samples.of(text)).allIssues()).isEmpty();
    }

    @Test
    void senderIdentityIsChecked() {
        assertThatThrownBy(() -> new AcknowledgmentSender("Z", "ASCEND", "ASCEND", X12Delimiters.DEFAULT_004010, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AcknowledgmentSender("ZZ", "ASCENDELEMENTS-GEORGIA", "ASCEND", X12Delimiters.DEFAULT_004010, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads with a plain StAEDI reader (control structure validation and our 997 schema) and collects error events. */
    private static List<String> staediErrors(byte[] x12) throws Exception {
        List<String> errors = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        String version = new String(x12, java.nio.charset.StandardCharsets.ISO_8859_1).contains("005010") ? "005010" : "004010";
        io.xlate.edi.schema.Schema schema997 = com.ascendelements.portal.edi.x12.TransactionSchemas.find("997", version).orElseThrow();
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(x12))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_TRANSACTION) {
                    reader.setTransactionSchema(schema997);
                }
                if (event.isError()) {
                    errors.add(event + " " + reader.getErrorType() + " " + reader.getLocation().getSegmentTag());
                }
            }
        }
        return errors;
    }
}
