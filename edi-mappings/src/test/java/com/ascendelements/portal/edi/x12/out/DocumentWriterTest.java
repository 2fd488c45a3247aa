package com.ascendelements.portal.edi.x12.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
    private static final EnvelopeParty ECOPRO = new EnvelopeParty("ZZ", "ECOPROBMUS", "ECOPRO");

    @Test
    void writesAn824NamingARefusedDocumentByItsGroupAndSetControlNumbers() {
        ApplicationAdvice advice = new ApplicationAdvice("REJECT-856-SKBA-SH-1", LocalDate.of(2026, 11, 28), List.of(
                new ApplicationAdvice.Item("TR", "SI", "SKBA-SH-1", "856", null, "ZZZ", "Ship notice SKBA-SH-1 exists already", "8552", "0001")));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(advice,
                    new OutboundEnvelope(HUB, ECOPRO, version, new X12Delimiters('*', '>', '^', '~'), false, ControlNumberSource.startingAt(46, 11, 7)));
            assertThat(written.text()).contains("OTI*TR*SI*SKBA-SH-1*****8552*0001*856~TED*ZZZ*Ship notice SKBA-SH-1 exists already~");
            assertThat(new InterchangeValidator().validate(written.x12()).allIssues()).as(version + ": " + written.text()).isEmpty();
        }
        // a reason longer than TED02's 60 characters: its start there, the whole of it in NTEs of 80
        String reason = "861 ECO-GR-000009862 for shipment AE-SH-9861 not applied Lot PCW-LOT-9 is not on ship notice AE-SH-9861";
        OutboundInterchange long824 = new DocumentWriter(CLOCK).write(new ApplicationAdvice("REJECT-861-ECO-GR-000009862", LocalDate.of(2026, 11, 28),
                List.of(new ApplicationAdvice.Item("TR", "RV", "ECO-GR-000009862", "861", null, "ZZZ", reason, "9862", "0001"))),
                        new OutboundEnvelope(HUB, ECOPRO, "004010", new X12Delimiters('*', '>', '^', '~'), false, ControlNumberSource.startingAt(47, 12, 8)));
        assertThat(long824.text()).contains("TED*ZZZ*" + reason.substring(0, 60).strip() + "~NTE*GEN*" + reason.substring(0, 80) + "~NTE*GEN*"
                + reason.substring(80) + "~");
        assertThat(new InterchangeValidator().validate(long824.x12()).allIssues()).isEmpty();
    }

    @Test
    void writesAn824RejectingAnInvoiceThatTheValidatorAccepts() {
        ApplicationAdvice advice = new ApplicationAdvice("824-SKBA-INV-7", LocalDate.of(2026, 11, 28), List.of(
                new ApplicationAdvice.Item("TR", "IV", "SKBA-INV-7", "810", LocalDate.of(2026, 11, 27), "ZZZ",
                        "Price 3.50 USD per kg against 3.10 on contract")));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(advice,
                    new OutboundEnvelope(HUB, ECOPRO, version, new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(43, 8, 4)));
            assertThat(written.text()).contains("GS*AG*ASCENDEL*ECOPRO*20261128*1015*8*X*" + version, "ST*824*0004",
                    "BGN*00*824-SKBA-INV-7*20261128", "OTI*TR*IV*SKBA-INV-7*******810", "DTM*003*20261127",
                    "TED*ZZZ*Price 3.50 USD per kg against 3.10 on contract", "SE*6*0004");
            X12ValidationReport report = new InterchangeValidator().validate(written.x12());
            assertThat(report.allIssues()).as(version + ": " + written.text()).isEmpty();
        }
    }
}
