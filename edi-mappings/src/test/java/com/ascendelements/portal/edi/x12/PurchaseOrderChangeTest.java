package com.ascendelements.portal.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.ascendelements.portal.edi.message.ChangedLine;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.DocumentWriter;
import com.ascendelements.portal.edi.x12.out.EnvelopeParty;
import com.ascendelements.portal.edi.x12.out.OrderChangeAcknowledgment;
import com.ascendelements.portal.edi.x12.out.OutboundEnvelope;
import com.ascendelements.portal.edi.x12.out.OutboundInterchange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 860 (a buyer changes its order) and the 865 (the seller answers it), in 004010 and 005010, against their schemas. */
class PurchaseOrderChangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:15:00Z"), ZoneOffset.UTC);
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
    private static final EnvelopeParty SUPPLIER = new EnvelopeParty("ZZ", "SKBATTERYAM", "SKBA");

    @Test
    void aChangeTheHubWritesIsValidAndReadsBackTheSameInBothVersions() {
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(change(),
                    new OutboundEnvelope(HUB, SUPPLIER, version, new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(51, 9, 5)));
            assertThat(written.text()).contains("GS*PC*ASCENDEL*SKBA*20261207*1015*9*X*" + version, "ST*860*0005",
                    "BCH*04*SA*PO-2026-0042**2*20261201*****20261207", "CUR*BY*USD", "N1*BY*Ascend Elements*92*ASCEND",
                    // line 1 goes from 20 t to 25 t, line 2 keeps its quantity and ships later
                    "POC*1*QI*25**MT***VP*BSC-CELL", "PID*F****Battery cells", "DTM*002*20261220",
                    "POC*2*CA*5**MT***VP*BSC-MOD", "DTM*010*20261215", "CTT*2*30", "SE*11*0005");
            X12ValidationReport report = new InterchangeValidator().validate(written.x12());
            assertThat(report.allIssues()).as(version + ": " + written.text()).isEmpty();

            PurchaseOrderChangeMessage read = new PurchaseOrderChangeReader().read(written.x12()).get(0);
            assertThat(read.getPurposeCode()).isEqualTo("04");
            assertThat(read.getPurchaseOrderNumber()).isEqualTo("PO-2026-0042");
            assertThat(read.getChangeSequence()).isEqualTo("2");
            assertThat(read.getOrderDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(read.getChangeDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(read.getCurrencyCode()).isEqualTo("USD");
            assertThat(read.getParties()).extracting(Party::getEntityCode, Party::getId).containsExactly(tuple("BY", "ASCEND"));
            assertThat(read.getLineItemCount()).isEqualTo(2);
            assertThat(read.getHashTotal()).isEqualByComparingTo("30");
            assertThat(read.getLines()).extracting(ChangedLine::getLineNumber, ChangedLine::getChangeCode, ChangedLine::getUnitCode)
                    .containsExactly(tuple("1", "QI", "MT"), tuple("2", "CA", "MT"));
            ChangedLine first = read.getLines().get(0);
            assertThat(first.getQuantity()).isEqualByComparingTo("25");
            assertThat(first.getProductIds()).extracting(ProductId::getQualifier, ProductId::getId).containsExactly(tuple("VP", "BSC-CELL"));
            assertThat(first.getDescription()).isEqualTo("Battery cells");
            assertThat(first.getDates()).extracting(DateReference::getQualifier, DateReference::getDate)
                    .containsExactly(tuple("002", LocalDate.of(2026, 12, 20)));
        }
    }

    /** A customer's 860 as other systems write it: a composite unit (MT>1), a cancellation of one line, N9 notes, a REF. */
    @Test
    void aPartnersChangeWithACompositeUnitValidatesAndReads() {
        String x12 = "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261207*1030*U*00401*000000081*0*P*>~\n"
                + "GS*PC*ECOPRO*ASCENDEL*20261207*1030*81*X*004010~\nST*860*0001~\nBCH*04*SA*ECO-4500012345**3*20261201~\n"
                + "REF*CT*CT-ECO-2026~\nN9*L1*NOTES~\nMSG*Plant shutdown moved~\nPOC*1*QD*8*8*MT>1*14500**BP*CAM-NMC811~\n"
                + "DTM*002*20261222~\nPOC*2*DI~\nCTT*2*8~\nSE*10*0001~\nGE*1*81~\nIEA*1*000000081~\n";
        byte[] file = x12.getBytes(StandardCharsets.US_ASCII);
        X12ValidationReport report = new InterchangeValidator().validate(file);
        assertThat(report.allIssues()).isEmpty();
        PurchaseOrderChangeMessage read = new PurchaseOrderChangeReader().read(file).get(0);
        assertThat(read.getReferences()).singleElement().satisfies(r -> assertThat(r.getValue()).isEqualTo("CT-ECO-2026"));
        assertThat(read.getLines()).extracting(ChangedLine::getLineNumber, ChangedLine::getChangeCode, ChangedLine::getUnitCode)
                .containsExactly(tuple("1", "QD", "MT"), tuple("2", "DI", null));
        assertThat(read.getLines().get(0).getUnitPrice()).isEqualByComparingTo("14500");
        assertThat(read.getLines().get(0).getProductIds()).extracting(ProductId::getId).containsExactly("CAM-NMC811");
    }

    @Test
    void aChangeWithoutItsPurchaseOrderDateIsASyntaxError() {
        String x12 = "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261207*1030*U*00401*000000082*0*P*>~"
                + "GS*PC*ECOPRO*ASCENDEL*20261207*1030*82*X*004010~ST*860*0001~BCH*04*SA*ECO-4500012345~POC*1*QI*9**MT~"
                + "SE*4*0001~GE*1*82~IEA*1*000000082~";
        X12ValidationReport report = new InterchangeValidator().validate(x12.getBytes(StandardCharsets.US_ASCII));
        assertThat(report.isAccepted()).isFalse();
        assertThat(report.allIssues()).extracting(X12Issue::toString).anySatisfy(text -> assertThat(text).contains("BCH"));
    }

    @Test
    void anAnswerTheHubWritesIsValidInBothVersions() {
        OrderChangeAcknowledgment ack = new OrderChangeAcknowledgment("RD", "ECO-4500012345", LocalDate.of(2026, 12, 1), "3",
                LocalDate.of(2026, 12, 7), List.of(
                new OrderChangeAcknowledgment.Line("1", "QI", new BigDecimal("30"), "MT", "CAM-NMC811", "IR"),
                new OrderChangeAcknowledgment.Line("2", "CA", new BigDecimal("5"), "MT", null, "IR")),
                List.of("line 1: 30 t is more than contract CT-ECO-2026 allows*", "line 2: not applied, another line was refused"));
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(ack,
                    new OutboundEnvelope(HUB, SUPPLIER, version, new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(51, 9, 5)));
            assertThat(written.text()).contains("GS*CA*ASCENDEL*SKBA*20261207*1015*9*X*" + version, "ST*865*0005",
                    "BCA*00*RD*ECO-4500012345**3*20261201****20261207", "N9*L1*NOTES",
                    "MSG*line 1 30 t is more than contract CT-ECO-2026 allows~",  // no colon, and the delimiter in the reason is not written
                    "POC*1*QI*30**MT***VP*CAM-NMC811", "ACK*IR*30*MT", "POC*2*CA*5**MT", "ACK*IR*5*MT", "CTT*2", "SE*11*0005");
            assertThat(new InterchangeValidator().validate(written.x12()).allIssues()).as(version + ": " + written.text()).isEmpty();

            // and reads back as a supplier's 865 is read
            com.ascendelements.portal.edi.message.PurchaseOrderChangeAcknowledgmentMessage read =
                    new PurchaseOrderChangeAcknowledgmentReader().read(written.x12()).get(0);
            assertThat(read.getAcknowledgmentTypeCode()).isEqualTo("RD");
            assertThat(read.getPurchaseOrderNumber()).isEqualTo("ECO-4500012345");
            assertThat(read.getChangeSequence()).isEqualTo("3");
            assertThat(read.getAcknowledgmentDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(read.getNotes()).containsExactly("line 1 30 t is more than contract CT-ECO-2026 allows",
                    "line 2 not applied, another line was refused");
            assertThat(read.getLines()).extracting(ChangedLine::getLineNumber, ChangedLine::getChangeCode).containsExactly(tuple("1", "QI"),
                    tuple("2", "CA"));
            assertThat(read.getLines().get(0).getAcknowledgments()).singleElement().satisfies(a -> {
                assertThat(a.getStatusCode()).isEqualTo("IR");
                assertThat(a.getQuantity()).isEqualByComparingTo("30");
            });
        }
    }

    private static PurchaseOrderChangeMessage change() {
        PurchaseOrderChangeMessage change = new PurchaseOrderChangeMessage();
        change.setPurchaseOrderNumber("PO-2026-0042");
        change.setChangeSequence("2");
        change.setOrderDate(LocalDate.of(2026, 12, 1));
        change.setChangeDate(LocalDate.of(2026, 12, 7));
        change.setCurrencyCode("USD");
        Party buyer = new Party();
        buyer.setEntityCode("BY");
        buyer.setName("Ascend Elements");
        buyer.setIdQualifier("92");
        buyer.setId("ASCEND");
        change.getParties().add(buyer);
        change.getLines().add(line("1", "QI", "25", "BSC-CELL", "Battery cells", new DateReference("002", LocalDate.of(2026, 12, 20))));
        change.getLines().add(line("2", "CA", "5", "BSC-MOD", null, new DateReference("010", LocalDate.of(2026, 12, 15))));
        return change;
    }

    private static ChangedLine line(String number, String code, String quantity, String product, String description, DateReference date) {
        ChangedLine line = new ChangedLine();
        line.setLineNumber(number);
        line.setChangeCode(code);
        line.setQuantity(new BigDecimal(quantity));
        line.setUnitCode("MT");
        line.getProductIds().add(new ProductId("VP", product));
        line.setDescription(description);
        line.getDates().add(date);
        return line;
    }
}
