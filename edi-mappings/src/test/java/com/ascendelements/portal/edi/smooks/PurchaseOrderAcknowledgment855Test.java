package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.InterchangeEnvelope;
import com.ascendelements.portal.edi.message.LineAcknowledgment;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes 855 acknowledgments for the EcoPro 850 in the partner's version and delimiters (golden .edi files),
 * reads them back (golden .expected.txt) and writes them again unchanged.
 */
class PurchaseOrderAcknowledgment855Test {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:45:00Z"), ZoneOffset.UTC);
    private static final X12Reader READER = new X12Reader();
    private static final X12Writer WRITER = new X12Writer(SmooksInstanceCache.shared(), CLOCK);
    private static final X12Delimiters ECOPRO_4010 = new X12Delimiters('*', '>', null, '~');
    private static final X12Delimiters PARTNER_5010 = new X12Delimiters('|', ':', '^', '~');

    static List<Path> samples() throws IOException {
        return GoldenFiles.samples("855");
    }

    @Test
    void writesAcknowledgmentOfEcoProOrderIn4010() throws IOException {
        byte[] written = WRITER.write(acknowledgmentOfEcoProOrder("004010"), ECOPRO_4010, true);
        GoldenFiles.assertMatchesGolden(new String(written, StandardCharsets.UTF_8),
                GoldenFiles.ROOT.resolve("855/ascend-855-to-ecopro-004010.edi"));
    }

    @Test
    void writesAcknowledgmentIn5010WithOtherDelimitersOnOneLine() throws IOException {
        byte[] written = WRITER.write(acknowledgmentOfEcoProOrder("005010"), PARTNER_5010, false);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).startsWith("ISA|00|          |00|          |ZZ|ASCENDELEM     |ZZ|ECOPROBM       |261120|1545|^|00501|000000501|0|P|:~GS|PR|");
        assertThat(text).doesNotContain("\n");
        GoldenFiles.assertMatchesGolden(text, GoldenFiles.ROOT.resolve("855/ascend-855-to-ecopro-005010.edi"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsWrittenAcknowledgmentAsInGoldenFileAndWritesItAgainUnchanged(Path sample) throws IOException {
        byte[] original = Files.readAllBytes(sample);
        List<X12Message> messages = READER.read(original);
        GoldenFiles.assertMatchesGolden(MessageDump.dump(messages), GoldenFiles.goldenFor(sample, ".expected.txt"));

        byte[] rewritten = WRITER.write(messages.get(0), X12Delimiters.detect(original).orElseThrow(),
                GoldenFiles.lineBreakAfterIsa(original));
        assertThat(new String(rewritten, StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void computesSegmentCountAndTotals() throws IOException {
        List<X12Message> messages = READER.read(WRITER.write(acknowledgmentOfEcoProOrder("004010"), ECOPRO_4010, true));
        PurchaseOrderAcknowledgmentMessage ack = (PurchaseOrderAcknowledgmentMessage) messages.get(0);
        assertThat(ack.getSegmentCount()).isEqualTo("16");
        assertThat(ack.getLineItemCount()).isEqualTo(2);
        assertThat(ack.getHashTotal()).isEqualByComparingTo("25.5");
        assertThat(ack.getLines().get(1).getAcknowledgments()).extracting(LineAcknowledgment::getStatusCode)
                .containsExactly("IA", "IB");
    }

    @Test
    void refusesMessageWithoutControlNumbers() {
        PurchaseOrderAcknowledgmentMessage ack = acknowledgmentOfEcoProOrder("004010");
        ack.getInterchange().setControlNumber(null);
        assertThatThrownBy(() -> WRITER.write(ack, ECOPRO_4010, true))
                .isInstanceOf(X12TranslationException.class).hasMessageContaining("ISA13");
    }

    @Test
    void refusesValueContainingADelimiter() {
        PurchaseOrderAcknowledgmentMessage ack = acknowledgmentOfEcoProOrder("004010");
        ack.getParties().get(0).setName("ECOPRO*BM");
        assertThatThrownBy(() -> WRITER.write(ack, ECOPRO_4010, true))
                .isInstanceOf(X12TranslationException.class).hasMessageContaining("N102 contains the delimiter '*'");
    }

    /** The 855 Ascend sends for EcoPro's 850 EPB-PO-24017: line 1 accepted, line 2 partly back-ordered. */
    static PurchaseOrderAcknowledgmentMessage acknowledgmentOfEcoProOrder(String version) {
        PurchaseOrderMessage order;
        try {
            order = (PurchaseOrderMessage) READER.read(Files.readAllBytes(
                    GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi"))).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PurchaseOrderAcknowledgmentMessage ack = new PurchaseOrderAcknowledgmentMessage();
        ack.setTransactionSetCode("855");
        ack.setControlNumber("5001");
        ack.setInterchange(envelope());
        ack.setGroup(group(version));
        ack.setAcknowledgmentTypeCode("AC");
        ack.setPurchaseOrderNumber(order.getPurchaseOrderNumber());
        ack.setOrderDate(order.getOrderDate());
        ack.setSellerOrderNumber("AE-SO-88120");
        ack.setAcknowledgmentDate(LocalDate.of(2026, 11, 20));
        ack.setCurrencyCode(order.getCurrencyCode());
        ack.setParties(order.getParties());
        for (PurchaseOrderLine orderLine : order.getLines()) {
            AcknowledgedLine line = new AcknowledgedLine();
            line.setLineNumber(orderLine.getLineNumber());
            line.setQuantity(orderLine.getQuantity());
            line.setUnitCode(orderLine.getUnitCode());
            line.setUnitPrice(orderLine.getUnitPrice());
            line.setProductIds(orderLine.getProductIds());
            ack.getLines().add(line);
        }
        LineAcknowledgment accepted = new LineAcknowledgment("IA", new BigDecimal("20"), "TO");
        accepted.setDateQualifier("068");
        accepted.setDate(LocalDate.of(2026, 12, 10));
        ack.getLines().get(0).getAcknowledgments().add(accepted);
        ack.getLines().get(1).getAcknowledgments().add(new LineAcknowledgment("IA", new BigDecimal("4"), "TO"));
        LineAcknowledgment backOrdered = new LineAcknowledgment("IB", new BigDecimal("1.5"), "TO");
        backOrdered.setDateQualifier("068");
        backOrdered.setDate(LocalDate.of(2027, 2, 1));
        ack.getLines().get(1).getAcknowledgments().add(backOrdered);
        return ack;
    }

    private static InterchangeEnvelope envelope() {
        InterchangeEnvelope envelope = new InterchangeEnvelope();
        envelope.setSenderQualifier("ZZ");
        envelope.setSenderId("ASCENDELEM");
        envelope.setReceiverQualifier("ZZ");
        envelope.setReceiverId("ECOPROBM");
        envelope.setControlNumber("501");
        return envelope;
    }

    private static FunctionalGroupEnvelope group(String version) {
        FunctionalGroupEnvelope group = new FunctionalGroupEnvelope();
        group.setFunctionalIdentifier("PR");
        group.setApplicationSender("ASCENDELEM");
        group.setApplicationReceiver("ECOPROBM");
        group.setControlNumber("501");
        group.setVersion(version);
        return group;
    }
}
