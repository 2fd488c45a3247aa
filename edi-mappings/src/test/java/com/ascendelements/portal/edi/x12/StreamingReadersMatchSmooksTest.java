package com.ascendelements.portal.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.smooks.MessageDump;
import com.ascendelements.portal.edi.smooks.X12Translator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The StAEDI readers the server runs (850, 855, 856, 810) yield the same DTOs as the Smooks translation, property by
 * property (the golden-file dump), on every sample file of those sets, and on each sample rewritten with other
 * delimiters (newline-terminated segments, another element separator).
 */
class StreamingReadersMatchSmooksTest {

    private static final Path SAMPLES = Paths.get("src/test/resources/x12");
    private static final X12Translator SMOOKS = new X12Translator();

    static Stream<Arguments> samples() throws IOException {
        return Stream.of("850", "855", "856", "810").flatMap(set -> {
            try (Stream<Path> files = Stream.concat(Files.list(SAMPLES.resolve(set)), Files.list(SAMPLES.resolve("valid")))) {
                return files.filter(f -> f.getFileName().toString().endsWith(".edi")
                                || f.getFileName().toString().endsWith(".x12")).sorted().toList().stream()
                        .map(f -> Arguments.of(set, f));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samples")
    void readsWhatTheSmooksTranslationReads(String set, Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<? extends X12Message> smooks = SMOOKS.read(content, type(set));
        if (file.startsWith(SAMPLES.resolve(set))) {
            assertThat(smooks).as("every sample of the set holds the set").isNotEmpty();
        }
        assertThat(MessageDump.dump(reader(set).apply(content))).as(file.toString()).isEqualTo(MessageDump.dump(smooks));
    }

    @ParameterizedTest(name = "{0} in {1}, other delimiters")
    @MethodSource("samples")
    void readsTheSameWithOtherDelimiters(String set, Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace("\uFEFF", "");
        if (!text.startsWith("ISA*") || text.indexOf('|') >= 0) {
            return;  // the rewrite below assumes * and ~
        }
        // '|' between elements, each segment on its own line without terminator character
        byte[] rewritten = text.replace("\r", "").replace("~\n", "\n").replace('~', '\n').replace('*', '|')
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MessageDump.dump(reader(set).apply(rewritten))).as(file.toString())
                .isEqualTo(MessageDump.dump(SMOOKS.read(Files.readAllBytes(file), type(set))));
    }

    @ParameterizedTest(name = "{0} in {1}, set by set")
    @MethodSource("samples")
    void handsOverSetBySetWhatItReadsAsAList(String set, Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<X12Message> each = new java.util.ArrayList<>();
        switch (set) {
            case "850" -> new PurchaseOrderReader().readEach(content, each::add);
            case "855" -> new PurchaseOrderAcknowledgmentReader().readEach(content, each::add);
            case "856" -> new ShipNoticeReader().readEach(content, each::add);
            default -> new InvoiceReader().readEach(content, each::add);
        }
        assertThat(MessageDump.dump(each)).as(file.toString()).isEqualTo(MessageDump.dump(reader(set).apply(content)));
    }

    @org.junit.jupiter.api.Test
    void handsOverASetWithoutItsSeAsTheListDoes() throws IOException {
        String text = new String(Files.readAllBytes(SAMPLES.resolve("856/skba-856-to-ascend-005010.edi")), StandardCharsets.ISO_8859_1);
        int se = text.indexOf("SE" + text.charAt(3));  // SE, whatever the element separator
        byte[] withoutSe = (text.substring(0, se) + text.substring(text.indexOf("GE" + text.charAt(3), se)))
                .getBytes(StandardCharsets.ISO_8859_1);
        List<X12Message> each = new java.util.ArrayList<>();
        new ShipNoticeReader().readEach(withoutSe, each::add);
        assertThat(each).hasSize(1);
        assertThat(MessageDump.dump(each)).isEqualTo(MessageDump.dump(new ShipNoticeReader().read(withoutSe)));
    }

    @org.junit.jupiter.api.Test
    void linksShipNoticeLevelsToTheirParentsAndKeepsHazmat() throws IOException {
        ShipNoticeMessage notice = new ShipNoticeReader().read(Files.readAllBytes(SAMPLES.resolve("856/skba-856-to-ascend-005010.edi"))).get(0);
        assertThat(notice.shipment().children()).singleElement().satisfies(order -> {
            assertThat(order.getPurchaseOrderNumber()).isEqualTo("AE-SCRAP-0042");
            assertThat(order.children()).singleElement().satisfies(pack -> {
                assertThat(pack.getHazardousMaterials()).extracting(h -> h.getIdentificationNumber()).containsExactly("UN3480");
                assertThat(pack.children()).singleElement().satisfies(item ->
                        assertThat(item.getQuantityShipped()).isEqualByComparingTo("12"));
            });
        });
    }

    private static Class<? extends X12Message> type(String set) {
        return switch (set) {
            case "850" -> PurchaseOrderMessage.class;
            case "855" -> PurchaseOrderAcknowledgmentMessage.class;
            case "856" -> ShipNoticeMessage.class;
            default -> InvoiceMessage.class;
        };
    }

    private static Function<byte[], List<? extends X12Message>> reader(String set) {
        return switch (set) {
            case "850" -> new PurchaseOrderReader()::read;
            case "855" -> new PurchaseOrderAcknowledgmentReader()::read;
            case "856" -> new ShipNoticeReader()::read;
            default -> new InvoiceReader()::read;
        };
    }
}
