package com.ascendelements.portal.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.ReceivedItem;
import com.ascendelements.portal.edi.message.ReceivingAdviceMessage;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.DocumentWriter;
import com.ascendelements.portal.edi.x12.out.EnvelopeParty;
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

/** The 861 Receiving Advice: written by the hub, read from partners, in 004010 and 005010, against the set's schema. */
class ReceivingAdviceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);
    private static final EnvelopeParty HUB = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
    private static final EnvelopeParty SUPPLIER = new EnvelopeParty("ZZ", "SKBATTERYAM", "SKBA");

    @Test
    void anAdviceTheHubWritesIsValidAndReadsBackTheSameInBothVersions() {
        for (String version : List.of("004010", "005010")) {
            OutboundInterchange written = new DocumentWriter(CLOCK).write(advice(),
                    new OutboundEnvelope(HUB, SUPPLIER, version, new X12Delimiters('*', '>', '^', '~'), true, ControlNumberSource.startingAt(51, 9, 5)));
            assertThat(written.text()).contains("GS*RC*ASCENDEL*SKBA*20261128*1015*9*X*" + version, "ST*861*0005",
                    "BRA*RCV-77*20261128*00*1", "REF*SI*SHP-SKBA-1001", "DTM*050*20261127", "PRF*PO-2026-0042",
                    // 9,800 kg received, 200 kg in question rejected (08), out of 10,000 shipped
                    "RCD*1*9800*KG***200*KG*08", "LIN*1*VP*BSC-CELL*LT*LOT-A1", "REF*BM*TRUCK-1", "REF*ZZ**Wet and leaking cells",
                    "MEA*WT*N*10450*KG", "MEA*TR*ZZ*6.22*P1",
                    "CTT*1*9800", "SE*15*0005");
            X12ValidationReport report = new InterchangeValidator().validate(written.x12());
            assertThat(report.allIssues()).as(version + ": " + written.text()).isEmpty();

            ReceivingAdviceMessage read = new ReceivingAdviceReader().read(written.x12()).get(0);
            assertThat(read.getReference()).isEqualTo("RCV-77");
            assertThat(read.getDate()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(read.getTypeCode()).isEqualTo("1");
            assertThat(read.getReferences()).extracting(Reference::getQualifier, Reference::getValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SI", "SHP-SKBA-1001"));
            assertThat(read.getPurchaseOrderNumbers()).containsExactly("PO-2026-0042");
            assertThat(read.getLineItemCount()).isEqualTo(1);
            ReceivedItem item = read.getItems().get(0);
            assertThat(item.getQuantityReceived()).isEqualByComparingTo("9800");
            assertThat(item.getUnitCode()).isEqualTo("KG");
            assertThat(item.getQuantitiesInQuestion()).singleElement().satisfies(q -> {
                assertThat(q.getQuantity()).isEqualByComparingTo("200");
                assertThat(q.getConditionCode()).isEqualTo("08");
            });
            assertThat(item.getLineNumber()).isEqualTo("1");
            assertThat(item.getProductIds()).extracting(ProductId::getQualifier, ProductId::getId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("VP", "BSC-CELL"), org.assertj.core.groups.Tuple.tuple("LT", "LOT-A1"));
            assertThat(item.getReferences()).extracting(Reference::getQualifier).containsExactly("BM", "ZZ");
            assertThat(item.getDates()).extracting(DateReference::getDate).containsExactly(LocalDate.of(2026, 11, 27));
            assertThat(item.getMeasurements()).extracting(Measurement::getReferenceCode, Measurement::getUnitCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("WT", "KG"), org.assertj.core.groups.Tuple.tuple("TR", "P1"));
        }
    }

    /**
     * A customer's 861 as other systems write it: N1 loops with their REF in the heading, a TD5, composite units
     * (KG>1), returned and questioned quantities, and the loops nested in RCD (LM/LQ, SLN with NM1, N1 with REF). It
     * validates, and what the nested loops carry is not taken for the item's.
     */
    @Test
    void aPartnersAdviceWithEveryNestedLoopValidatesAndBindsOnlyTheItemsOwnSegments() {
        for (String version : List.of("004010", "005010")) {
            String body = String.join("~\n",
                    "ST*861*0001", "BRA*ECO-GR-55*20261202*00*2*1030", "CUR*BY*USD", "REF*SI*ASC-SHP-9", "REF*BM*BOL-9",
                    "PER*RE*Dock*TE*5551234", "DTM*050*20261201", "PRF*ECO-4500012345", "TD5*O*2*ABCD",
                    "N1*ST*EcoPro BM America*92*POH", "N3*1 Plant Road", "N4*Pohang**37000*KR", "REF*DK*DOCK-4",
                    "LM*AJ", "LQ*0*X1",
                    "RCD*1*11800*KG>1*100*KG*50*KG*02*50*KG*07", "LIN*1*VP*CAM-NMC811*LT*ASC-LOT-1", "PID*F****NMC811 cathode",
                    "REF*LT*ASC-LOT-1", "DTM*050*20261201", "PRF*ECO-4500012345", "MEA*WT*N*11900*KG",
                    "LM*AJ", "LQ*0*X2", "SLN*1**I*50*KG", "NM1*QC*1*Kim", "N1*ST*Dock 4", "REF*BM*NOT-THE-ITEMS",
                    "RCD*2*200*KG", "LIN*2*VP*CAM-NMC811*LT*ASC-LOT-2",
                    "CTT*2*12000", "SE*32*0001");
            String x12 = "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261202*1030*"
                    + ("005010".equals(version) ? "^*00501" : "U*00401") + "*000000071*0*P*>~\n"
                    + "GS*RC*ECOPRO*ASCENDEL*20261202*1030*71*X*" + version + "~\n" + body + "~\nGE*1*71~\nIEA*1*000000071~\n";
            byte[] file = x12.getBytes(StandardCharsets.US_ASCII);
            X12ValidationReport report = new InterchangeValidator().validate(file);
            assertThat(report.allIssues()).as(version).isEmpty();
            assertThat(report.isAccepted()).isTrue();

            ReceivingAdviceMessage read = new ReceivingAdviceReader().read(file).get(0);
            assertThat(read.getTypeCode()).isEqualTo("2");
            assertThat(read.getReferences()).extracting(Reference::getQualifier).containsExactly("SI", "BM");
            assertThat(read.getParties()).singleElement().satisfies(p -> assertThat(p.getEntityCode()).isEqualTo("ST"));
            assertThat(read.getItems()).hasSize(2);
            ReceivedItem first = read.getItems().get(0);
            assertThat(first.getUnitCode()).isEqualTo("KG");
            assertThat(first.getQuantityReturned()).isEqualByComparingTo("100");
            assertThat(first.getQuantitiesInQuestion()).extracting(ReceivedItem.QuantityInQuestion::getConditionCode)
                    .containsExactly("02", "07");
            assertThat(first.getDescription()).isEqualTo("NMC811 cathode");
            assertThat(first.getReferences()).extracting(Reference::getValue).containsExactly("ASC-LOT-1");
            assertThat(first.getPurchaseOrderNumber()).isEqualTo("ECO-4500012345");
            assertThat(read.getItems().get(1).getQuantityReceived()).isEqualByComparingTo("200");
        }
    }

    @Test
    void anUnknownReceivingConditionAndAMissingHeadingDateAreSyntaxErrors() {
        String x12 = "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261202*1030*U*00401*000000072*0*P*>~"
                + "GS*RC*ECOPRO*ASCENDEL*20261202*1030*72*X*004010~ST*861*0001~BRA*ECO-GR-56*20261202*00*1~"
                + "RCD*1*100*KG****5*KG*99~CTT*1~SE*5*0001~GE*1*72~IEA*1*000000072~";
        X12ValidationReport report = new InterchangeValidator().validate(x12.getBytes(StandardCharsets.US_ASCII));
        assertThat(report.isAccepted()).isFalse();
        assertThat(report.allIssues()).extracting(X12Issue::toString).anySatisfy(text -> assertThat(text).contains("DTM"))
                .anySatisfy(text -> assertThat(text).contains("RCD"));
    }

    private static ReceivingAdviceMessage advice() {
        ReceivingAdviceMessage advice = new ReceivingAdviceMessage();
        advice.setReference("RCV-77");
        advice.setDate(LocalDate.of(2026, 11, 28));
        advice.setPurposeCode("00");
        advice.setTypeCode("1");
        advice.getReferences().add(new Reference("SI", "SHP-SKBA-1001"));
        advice.getDates().add(new DateReference("050", LocalDate.of(2026, 11, 27)));
        advice.getPurchaseOrderNumbers().add("PO-2026-0042");
        ReceivedItem item = new ReceivedItem();
        item.setAssignedId("1");
        item.setQuantityReceived(new BigDecimal("9800"));
        item.setUnitCode("KG");
        item.getQuantitiesInQuestion().add(new ReceivedItem.QuantityInQuestion(new BigDecimal("200"), "KG", "08"));
        item.setLineNumber("1");
        item.getProductIds().add(new ProductId("VP", "BSC-CELL"));
        item.getProductIds().add(new ProductId("LT", "LOT-A1"));
        item.getReferences().add(new Reference("BM", "TRUCK-1"));
        Reference reason = new Reference("ZZ", null);
        reason.setDescription("Wet and leaking cells");
        item.getReferences().add(reason);
        item.getDates().add(new DateReference("050", LocalDate.of(2026, 11, 27)));
        item.setPurchaseOrderNumber("PO-2026-0042");
        item.getMeasurements().add(measurement("WT", "N", "10450", "KG"));
        item.getMeasurements().add(measurement("TR", "ZZ", "6.22", "P1"));
        advice.setItems(List.of(item));
        return advice;
    }

    private static Measurement measurement(String reference, String qualifier, String value, String unit) {
        Measurement m = new Measurement();
        m.setReferenceCode(reference);
        m.setQualifier(qualifier);
        m.setValue(new BigDecimal(value));
        m.setUnitCode(unit);
        return m;
    }
}
