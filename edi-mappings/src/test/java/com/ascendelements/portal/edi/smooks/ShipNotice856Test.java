package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.InterchangeEnvelope;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reads the 856 samples (golden files), writes the Ascend one back unchanged, writes one built in code. */
class ShipNotice856Test {

    private static final X12Reader READER = new X12Reader();
    private static final X12Writer WRITER = new X12Writer();

    static List<Path> samples() throws IOException {
        return GoldenFiles.samples("856");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsSampleAsInGoldenFile(Path sample) throws IOException {
        List<X12Message> messages = READER.read(Files.readAllBytes(sample));
        GoldenFiles.assertMatchesGolden(MessageDump.dump(messages), GoldenFiles.goldenFor(sample, ".expected.txt"));
    }

    @Test
    void buildsTheHierarchyShipmentOrderPackItem() throws IOException {
        ShipNoticeMessage notice = read("856/skba-856-to-ascend-005010.edi");
        HierarchicalLevel shipment = notice.shipment();
        assertThat(shipment.getCarriers().get(0).getCarrierCode()).isEqualTo("SAIA");
        HierarchicalLevel order = shipment.children().get(0);
        assertThat(order.getPurchaseOrderNumber()).isEqualTo("AE-SCRAP-0042");
        HierarchicalLevel pack = order.children().get(0);
        assertThat(pack.getHazardousMaterials().get(0).getIdentificationNumber()).isEqualTo("UN3480");
        HierarchicalLevel item = pack.children().get(0);
        assertThat(item.getQuantityShipped()).isEqualByComparingTo("12");
        assertThat(item.getProductIds()).extracting(ProductId::getQualifier).containsExactly("BP", "VP");
        assertThat(item.children()).isEmpty();
    }

    @Test
    void writesShipNoticesBackUnchanged() throws IOException {
        assertWrittenBackUnchanged("856/ascend-856-to-ecopro-004010.edi");
        assertWrittenBackUnchanged("856/skba-856-to-ascend-005010.edi");
    }

    private static void assertWrittenBackUnchanged(String file) throws IOException {
        Path sample = GoldenFiles.ROOT.resolve(file);
        byte[] original = Files.readAllBytes(sample);
        ShipNoticeMessage notice = read(file);
        byte[] written = WRITER.write(notice, X12Delimiters.detect(original).orElseThrow(), GoldenFiles.lineBreakAfterIsa(original));
        // the same segments and values; the line break after each is ours (LF, as every document the portal writes)
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void writesShipNoticeBuiltInCodeAndReadsItBack() {
        ShipNoticeMessage notice = new ShipNoticeMessage();
        notice.setTransactionSetCode("856");
        notice.setControlNumber("8002");
        notice.setInterchange(envelope());
        notice.setGroup(group());
        notice.setShipmentId("AE-SHP-26-1220-01");
        notice.setShipmentDate(LocalDate.of(2026, 12, 20));
        HierarchicalLevel shipment = level(null, "S");
        HierarchicalLevel order = level("1", "O");
        order.setPurchaseOrderNumber("EPB-PO-24017");
        HierarchicalLevel item = level("2", "I");
        item.setLineNumber("2");
        item.getProductIds().add(new ProductId("VP", "LCO-BATTGRADE"));
        item.setQuantityShipped(new BigDecimal("5.50"));
        item.setQuantityUnitCode("TO");
        notice.getLevels().addAll(List.of(shipment, order, item));

        byte[] written = WRITER.write(notice, new X12Delimiters('*', '>', null, '~'), false);

        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).contains("~HL*1**S*1~HL*2*1*O*1~PRF*EPB-PO-24017~HL*3*2*I*0~LIN*2*VP*LCO-BATTGRADE~SN1**5.5*TO~CTT*3~SE*10*8002~");
        ShipNoticeMessage readBack = (ShipNoticeMessage) READER.read(written).get(0);
        assertThat(readBack.levels("I")).singleElement()
                .satisfies(l -> assertThat(l.getQuantityShipped()).isEqualByComparingTo("5.5"));
    }

    @Test
    void refusesLevelWhoseParentComesLater() {
        ShipNoticeMessage notice = new ShipNoticeMessage();
        notice.setTransactionSetCode("856");
        notice.setControlNumber("8003");
        notice.setInterchange(envelope());
        notice.setGroup(group());
        notice.getLevels().add(level("2", "O"));
        notice.getLevels().add(level(null, "S"));
        assertThatThrownBy(() -> WRITER.write(notice, new X12Delimiters('*', '>', '^', '~'), true))
                .isInstanceOf(X12TranslationException.class).hasMessageContaining("not an earlier level");
    }

    private static HierarchicalLevel level(String parentId, String code) {
        HierarchicalLevel level = new HierarchicalLevel();
        level.setParentId(parentId);
        level.setLevelCode(code);
        return level;
    }

    private static ShipNoticeMessage read(String file) throws IOException {
        return (ShipNoticeMessage) READER.read(Files.readAllBytes(GoldenFiles.ROOT.resolve(file))).get(0);
    }

    private static InterchangeEnvelope envelope() {
        InterchangeEnvelope envelope = new InterchangeEnvelope();
        envelope.setSenderId("ASCENDELEM");
        envelope.setReceiverId("ECOPROBM");
        envelope.setControlNumber("802");
        return envelope;
    }

    private static FunctionalGroupEnvelope group() {
        FunctionalGroupEnvelope group = new FunctionalGroupEnvelope();
        group.setFunctionalIdentifier("SH");
        group.setApplicationSender("ASCENDELEM");
        group.setApplicationReceiver("ECOPROBM");
        group.setControlNumber("802");
        group.setVersion("004010");
        return group;
    }
}
