package com.ascendelements.portal.edi.x12.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.math.BigDecimal;
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

    private final PurchaseOrderAcknowledgment ack = new PurchaseOrderAcknowledgment("AC", "ECO-4500012345", LocalDate.of(2026, 11, 26),
            List.of(new PurchaseOrderAcknowledgment.Line("1", new BigDecimal("40000.0000"), "KG", new BigDecimal("28.5000"), "CAM-NMC811", "IA"),
                    new PurchaseOrderAcknowledgment.Line("2", new BigDecimal("20000"), "KG", new BigDecimal("28.5"), "CAM-NMC811", "IR")));

    @Test
    void writesAn855ThatTheValidatorAccepts() {
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(ack, HUB, ECOPRO, version,
                    new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(42, 7, 3));
            assertThat(written.controlNumber()).isEqualTo("000000042");
            assertThat(written.text()).contains("GS*PR*ASCENDEL*ECOPRO*20261128*1015*7*X*" + version,
                    "ST*855*0003", "BAK*00*AC*ECO-4500012345*20261126", "PO1*1*40000*KG*28.5**VP*CAM-NMC811", "ACK*IR*20000*KG",
                    "CTT*2", "SE*8*0003", "IEA*1*000000042");
            X12ValidationReport report = new InterchangeValidator().validate(written.x12());
            assertThat(report.allIssues()).as(version + ": " + written.text()).isEmpty();
        }
    }

    @Test
    void writesAn824NamingARefusedDocumentByItsGroupAndSetControlNumbers() {
        ApplicationAdvice advice = new ApplicationAdvice("REJECT-856-SKBA-SH-1", LocalDate.of(2026, 11, 28), List.of(
                new ApplicationAdvice.Item("TR", "SI", "SKBA-SH-1", "856", null, "ZZZ", "Ship notice SKBA-SH-1 exists already", "8552", "0001")));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(advice, HUB, ECOPRO, version,
                    new X12Delimiters('*', '>', '^', '~'), false, ControlNumberSource.startingAt(46, 11, 7));
            assertThat(written.text()).contains("OTI*TR*SI*SKBA-SH-1*****8552*0001*856~TED*ZZZ*Ship notice SKBA-SH-1 exists already~");
            assertThat(new InterchangeValidator().validate(written.x12()).allIssues()).as(version + ": " + written.text()).isEmpty();
        }
        // a reason longer than TED02's 60 characters: its start there, the whole of it in NTEs of 80
        String reason = "861 ECO-GR-000009862 for shipment AE-SH-9861 not applied Lot PCW-LOT-9 is not on ship notice AE-SH-9861";
        OutboundInterchange long824 = new DocumentWriter(CLOCK).write(new ApplicationAdvice("REJECT-861-ECO-GR-000009862", LocalDate.of(2026, 11, 28),
                List.of(new ApplicationAdvice.Item("TR", "RV", "ECO-GR-000009862", "861", null, "ZZZ", reason, "9862", "0001"))), HUB, ECOPRO,
                "004010", new X12Delimiters('*', '>', '^', '~'), false, ControlNumberSource.startingAt(47, 12, 8));
        assertThat(long824.text()).contains("TED*ZZZ*" + reason.substring(0, 60).strip() + "~NTE*GEN*" + reason.substring(0, 80) + "~NTE*GEN*"
                + reason.substring(80) + "~");
        assertThat(new InterchangeValidator().validate(long824.x12()).allIssues()).isEmpty();
    }

    @Test
    void writesAnOrderRefusalWithItsReasonThatTheValidatorAccepts() {
        PurchaseOrderAcknowledgment refusal = new PurchaseOrderAcknowledgment("RD", "ECO-4500099870", LocalDate.of(2026, 11, 26),
                List.of(new PurchaseOrderAcknowledgment.Line("1", new BigDecimal("12000"), "KG", new BigDecimal("28.5"), "CAM-XYZ", "IR"),
                        new PurchaseOrderAcknowledgment.Line("2", new BigDecimal("8"), "MT", null, null, "IR")),
                List.of("Order not taken: PO1 line 1: no known material among product ids [VP CAM-XYZ]~*"));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(refusal, HUB, ECOPRO, version,
                    new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(44, 9, 5));
            // the reason without the characters that are delimiters here or elsewhere (:, [, ], ~ and * are left out)
            assertThat(written.text()).contains("BAK*00*RD*ECO-4500099870*20261126", "N9*L1*NOTES",
                    "MSG*Order not taken PO1 line 1 no known material among product ids VP CAM-XYZ~", "PO1*1*12000*KG*28.5**VP*CAM-XYZ",
                    "ACK*IR*12000*KG", "PO1*2*8*MT~", "CTT*2");
            assertThat(new InterchangeValidator().validate(written.x12()).allIssues()).as(version + ": " + written.text()).isEmpty();
        }
        // an order without lines is refused as a whole: BAK and the note
        OutboundInterchange whole = new DocumentWriter(CLOCK).write(new PurchaseOrderAcknowledgment("RJ", "ECO-1", LocalDate.of(2026, 11, 26),
                List.of(), List.of("Order not taken, no PO1 lines")), HUB, ECOPRO, "004010", new X12Delimiters('*', '>', '^', '~'), false,
                ControlNumberSource.startingAt(45, 10, 6));
        assertThat(whole.text()).contains("BAK*00*RJ*ECO-1*20261126~N9*L1*NOTES~MSG*Order not taken, no PO1 lines~SE*5*0006~");
        assertThat(new InterchangeValidator().validate(whole.x12()).allIssues()).isEmpty();
    }

    @Test
    void usesThePartnersDelimiters() {
        OutboundInterchange written = new DocumentWriter(CLOCK).write(ack, HUB, ECOPRO, "005010",
                new X12Delimiters('|', ':', '^', '\n'), false, ControlNumberSource.startingAt(1, 1, 1));
        assertThat(written.text()).contains("BAK|00|AC|ECO-4500012345|20261126\n");
        assertThat(new InterchangeValidator().validate(written.x12()).isClean()).isTrue();
    }

    @Test
    void writesAn824RejectingAnInvoiceThatTheValidatorAccepts() {
        ApplicationAdvice advice = new ApplicationAdvice("824-SKBA-INV-7", LocalDate.of(2026, 11, 28), List.of(
                new ApplicationAdvice.Item("TR", "IV", "SKBA-INV-7", "810", LocalDate.of(2026, 11, 27), "ZZZ",
                        "Price 3.50 USD per kg against 3.10 on contract")));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(advice, HUB, ECOPRO, version,
                    new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(43, 8, 4));
            assertThat(written.text()).contains("GS*AG*ASCENDEL*ECOPRO*20261128*1015*8*X*" + version, "ST*824*0004",
                    "BGN*00*824-SKBA-INV-7*20261128", "OTI*TR*IV*SKBA-INV-7*******810", "DTM*003*20261127",
                    "TED*ZZZ*Price 3.50 USD per kg against 3.10 on contract", "SE*6*0004");
            X12ValidationReport report = new InterchangeValidator().validate(written.x12());
            assertThat(report.allIssues()).as(version + ": " + written.text()).isEmpty();
        }
    }
}
