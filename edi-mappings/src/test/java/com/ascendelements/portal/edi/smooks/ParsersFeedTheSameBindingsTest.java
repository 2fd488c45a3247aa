package com.ascendelements.portal.edi.smooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.edi.message.FunctionalAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.translation.X12TranslationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Smooks bindings are the one mapping of each set; what feeds them is either StAEDI's event stream laid out as the
 * DFDL schemas ({@link X12EventReader}, what the portal runs) or the DFDL parser. Both give the same DTOs, property by
 * property (the golden-file dump), on every sample of the sets, and on each sample rewritten with other delimiters; a
 * set that does not translate is named with the segment where it failed.
 */
class ParsersFeedTheSameBindingsTest {

    private static final Path SAMPLES = Paths.get("src/test/resources/x12");
    private static final X12Translator EVENTS = new X12Translator();
    private static final X12Translator DFDL = new X12Translator(SmooksInstanceCache.shared(), Clock.systemUTC(),
            SmooksInstanceCache.Parser.DFDL);

    static Stream<Arguments> samples() throws IOException {
        return Stream.of("850", "855", "856", "810", "997").flatMap(set -> {
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
    void staediEventsFeedTheBindingsWhatTheDfdlParserFeeds(String set, Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<? extends X12Message> dfdl = DFDL.read(content, type(set));
        if (file.startsWith(SAMPLES.resolve(set))) {
            assertThat(dfdl).as("every sample of the set holds the set").isNotEmpty();
        }
        assertThat(MessageDump.dump(EVENTS.read(content, type(set)))).as(file.toString()).isEqualTo(MessageDump.dump(dfdl));
    }

    @ParameterizedTest(name = "{0} in {1}, other delimiters")
    @MethodSource("samples")
    void readsTheSameWithOtherDelimiters(String set, Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Assumptions.assumeTrue(text.startsWith("ISA*") && text.indexOf('|') < 0, "the rewrite below assumes * and ~");
        // '|' between elements, each segment on its own line without terminator character
        byte[] rewritten = text.replace("\r", "").replace("~\n", "\n").replace('~', '\n').replace('*', '|')
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MessageDump.dump(EVENTS.read(rewritten, type(set)))).as(file.toString())
                .isEqualTo(MessageDump.dump(DFDL.read(Files.readAllBytes(file), type(set))));
    }

    @Test
    void aSetWithoutItsSeIsNamedAndTheSetsAfterItAreRead() throws IOException {
        String text = new String(Files.readAllBytes(SAMPLES.resolve("850/ecopro-850-004010.edi")), StandardCharsets.ISO_8859_1);
        String st = text.substring(text.indexOf("ST*850*0001"), text.indexOf("GE*"));
        String second = st.replace("ST*850*0001", "ST*850*0002").replace("SE*23*0001", "SE*23*0002");
        String withoutSe = text.replace(st, st.substring(0, st.indexOf("SE*23*0001")) + second);
        List<X12Message> read = new ArrayList<>();
        List<X12TranslationException> refused = new ArrayList<>();
        EVENTS.readEach(withoutSe.getBytes(StandardCharsets.ISO_8859_1), "850"::equals, read::add, refused::add);
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.transactionSetCode()).isEqualTo("850");
            assertThat(e.setControlNumber()).isEqualTo("0001");
            assertThat(e.groupControlNumber()).isEqualTo("101");
            assertThat(e.getMessage()).contains("transaction set 850, segment 23 (GE): the set before it has no SE");
        });
        assertThat(read).extracting(X12Message::getControlNumber).containsExactly("0002");
    }

    @Test
    void aSetWithoutItsBeginningSegmentOrWithAValueItsBindingCannotTakeIsNamedWithTheSegment() {
        String isa = "ISA*00*          *00*          *ZZ*ECOPROBM       *ZZ*ASCENDEL       *261120*0930*U*00401*000000101*0*P*>~"
                + "GS*PO*ECOPROBM*ASCENDEL*20261120*0930*101*X*004010~";
        String noBeg = isa + "ST*850*0001~PO1*1*20*TO*18500**VP*X~CTT*1~SE*4*0001~GE*1*101~IEA*1*000000101~";
        String badDate = isa + "ST*850*0002~BEG*00*SA*PO-1**20261340~PO1*1*20*TO*18500**VP*X~CTT*1~SE*5*0002~GE*1*101~IEA*1*000000101~";
        List<X12TranslationException> refused = new ArrayList<>();
        EVENTS.readEach(noBeg.getBytes(StandardCharsets.US_ASCII), code -> true, m -> { }, refused::add);
        EVENTS.readEach(badDate.getBytes(StandardCharsets.US_ASCII), code -> true, m -> { }, refused::add);
        assertThat(refused).extracting(X12TranslationException::getMessage).satisfiesExactly(
                noBegMessage -> assertThat(noBegMessage).contains("segment 2 (PO1): the set must begin with BEG after ST"),
                badDateMessage -> assertThat(badDateMessage).contains("segment 2 (BEG)"));
    }

    @Test
    void readsEverySetOfAFileWhateverElseItHoldsWhenSomeoneIsToldOfWhatDoesNotTranslate() throws IOException {
        String good = new String(Files.readAllBytes(SAMPLES.resolve("850/ecopro-850-004010.edi")), StandardCharsets.ISO_8859_1);
        String withoutIea = good.replace("000000101", "000000102").replace("ST*850*0001", "ST*850*0002")
                .replace("SE*23*0001", "SE*23*0002").substring(0, good.indexOf("IEA*"));
        // junk between interchanges, an interchange without IEA, junk after the last: the validator reports them
        byte[] file = (good + "NOT X12 AT ALL\n" + withoutIea + good.replace("000000101", "000000103")
                .replace("ST*850*0001", "ST*850*0003").replace("SE*23*0001", "SE*23*0003") + "\u001A trailer")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<X12Message> read = new ArrayList<>();
        EVENTS.readEach(file, "850"::equals, read::add, e -> { throw e; });
        assertThat(read).extracting(X12Message::getControlNumber).containsExactly("0001", "0002", "0003");
        // without someone to tell, the first broken envelope ends the reading, as before
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EVENTS.read(file))
                .isInstanceOf(X12TranslationException.class);
    }

    @Test
    void linksShipNoticeLevelsToTheirParentsAndKeepsHazmat() throws IOException {
        ShipNoticeMessage notice = EVENTS.read(Files.readAllBytes(SAMPLES.resolve("856/skba-856-to-ascend-005010.edi")),
                ShipNoticeMessage.class).get(0);
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
            case "997" -> FunctionalAcknowledgmentMessage.class;
            default -> InvoiceMessage.class;
        };
    }
}
