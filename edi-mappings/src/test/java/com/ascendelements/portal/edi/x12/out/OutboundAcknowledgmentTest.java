package com.ascendelements.portal.edi.x12.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.smooks.X12Translator;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hub's 855s as the portal writes them: through the Smooks mapping of the 855, in the partner's envelope. */
class OutboundAcknowledgmentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
    private static final EnvelopeParty ECOPRO = new EnvelopeParty("ZZ", "ECOPROBMUS", "ECOPRO");
    private static final X12Translator SMOOKS = new X12Translator();
    private static final X12Delimiters STARS = new X12Delimiters('*', '>', '^', '~');

    @Test
    void writesAn855ThatTheValidatorAccepts() {
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = write(accepted(), version, STARS, true, ControlNumberSource.startingAt(42, 7, 3));
            assertThat(written.controlNumber()).isEqualTo("000000042");
            assertThat(written.text()).contains("GS*PR*ASCENDEL*ECOPRO*20261128*1015*7*X*" + version,
                    "ST*855*0003", "BAK*00*AC*ECO-4500012345*20261126", "PO1*1*40000*KG*28.5**VP*CAM-NMC811", "ACK*IR*20000*KG",
                    "CTT*2*60000", "SE*8*0003", "IEA*1*000000042");
            assertThat(new InterchangeValidator().validate(written.x12()).allIssues()).as(version + ": " + written.text()).isEmpty();
        }
    }

    @Test
    void writesAnOrderRefusalWithItsReasonThatTheValidatorAcceptsAndReadsBack() {
        PurchaseOrderAcknowledgmentMessage refusal = acknowledgment("RD", "ECO-4500099870",
                List.of(line("1", "12000", "KG", "28.5", "CAM-XYZ", "IR"), line("2", "8", "MT", null, null, "IR")),
                List.of("Order not taken: PO1 line 1: no known material among product ids [VP CAM-XYZ]~*"));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = write(refusal, version, STARS, true, ControlNumberSource.startingAt(44, 9, 5));
            // the reason without the characters that are delimiters here or elsewhere (:, [, ], ~ and * are left out)
            assertThat(written.text()).contains("BAK*00*RD*ECO-4500099870*20261126", "N9*L1*NOTES",
                    "MSG*Order not taken PO1 line 1 no known material among product ids VP CAM-XYZ~", "PO1*1*12000*KG*28.5**VP*CAM-XYZ",
                    "ACK*IR*12000*KG", "PO1*2*8*MT~", "CTT*2");
            assertThat(new InterchangeValidator().validate(written.x12()).allIssues()).as(version + ": " + written.text()).isEmpty();
            PurchaseOrderAcknowledgmentMessage readBack = SMOOKS.read(written.x12(), PurchaseOrderAcknowledgmentMessage.class).get(0);
            assertThat(readBack.getNotes()).containsExactly("Order not taken PO1 line 1 no known material among product ids VP CAM-XYZ");
            assertThat(readBack.getLines()).extracting(AcknowledgedLine::getLineNumber).containsExactly("1", "2");
        }
        // an order without lines is refused as a whole: BAK and the note, nothing to count
        OutboundInterchange whole = write(acknowledgment("RJ", "ECO-1", List.of(), List.of("Order not taken, no PO1 lines")),
                "004010", STARS, false, ControlNumberSource.startingAt(45, 10, 6));
        assertThat(whole.text()).contains("BAK*00*RJ*ECO-1*20261126~N9*L1*NOTES~MSG*Order not taken, no PO1 lines~SE*5*0006~");
        assertThat(new InterchangeValidator().validate(whole.x12()).allIssues()).isEmpty();
    }

    @Test
    void usesThePartnersDelimiters() {
        OutboundInterchange written = write(accepted(), "005010", new X12Delimiters('|', ':', '^', '\n'), false,
                ControlNumberSource.startingAt(1, 1, 1));
        assertThat(written.text()).contains("BAK|00|AC|ECO-4500012345|20261126\n");
        assertThat(new InterchangeValidator().validate(written.x12()).isClean()).isTrue();
    }

    private static OutboundInterchange write(PurchaseOrderAcknowledgmentMessage ack, String version, X12Delimiters delimiters,
                                             boolean lineBreaks, ControlNumberSource numbers) {
        return new OutboundEnvelope(HUB, ECOPRO, version, delimiters, lineBreaks, numbers).write(SMOOKS, "855", ack, CLOCK);
    }

    private static PurchaseOrderAcknowledgmentMessage accepted() {
        return acknowledgment("AC", "ECO-4500012345", List.of(line("1", "40000.0000", "KG", "28.5000", "CAM-NMC811", "IA"),
                line("2", "20000", "KG", "28.5", "CAM-NMC811", "IR")), List.of());
    }

    private static PurchaseOrderAcknowledgmentMessage acknowledgment(String type, String poNumber, List<AcknowledgedLine> lines,
                                                                     List<String> notes) {
        PurchaseOrderAcknowledgmentMessage ack = new PurchaseOrderAcknowledgmentMessage();
        ack.setAcknowledgmentTypeCode(type);
        ack.setPurchaseOrderNumber(poNumber);
        ack.setOrderDate(LocalDate.of(2026, 11, 26));
        ack.setLines(lines);
        ack.setNotes(notes);
        return ack;
    }

    private static AcknowledgedLine line(String number, String quantity, String unit, String price, String productId, String status) {
        AcknowledgedLine line = new AcknowledgedLine();
        line.setLineNumber(number);
        line.setQuantity(new BigDecimal(quantity));
        line.setUnitCode(unit);
        line.setUnitPrice(price == null ? null : new BigDecimal(price));
        if (productId != null) {
            line.getProductIds().add(new ProductId("VP", productId));
        }
        LineAcknowledgment ack = new LineAcknowledgment();
        ack.setStatusCode(status);
        ack.setQuantity(line.getQuantity());
        ack.setUnitCode(unit);
        line.getAcknowledgments().add(ack);
        return line;
    }
}
