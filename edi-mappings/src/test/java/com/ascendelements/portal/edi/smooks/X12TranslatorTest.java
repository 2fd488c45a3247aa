package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import com.ascendelements.portal.edi.message.FunctionalAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.UnsupportedMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade: whole files in, messages per transaction set out; messages in, bytes out. */
class X12TranslatorTest {

    private static final X12Translator TRANSLATOR = new X12Translator();

    @Test
    void groupsMessagesOfAFileByTransactionSet() throws Exception {
        Map<String, List<X12Message>> bySet = TRANSLATOR.readByTransactionSet(Files.readAllBytes(
                GoldenFiles.ROOT.resolve("850/ecopro-two-interchanges-850-997.edi")));
        assertThat(bySet.keySet()).containsExactly("850", "997");
        assertThat(bySet.get("850")).hasSize(2).allMatch(PurchaseOrderMessage.class::isInstance);
        assertThat(bySet.get("997")).singleElement().isInstanceOfSatisfying(FunctionalAcknowledgmentMessage.class, ack -> {
            assertThat(ack.getFunctionalId()).isEqualTo("PR");
            assertThat(ack.getGroupControlNumber()).isEqualTo("55");
            assertThat(ack.getCode()).isEqualTo("A");
        });
    }

    @Test
    void filtersByMessageType() throws Exception {
        List<PurchaseOrderMessage> orders = TRANSLATOR.read(Files.readAllBytes(
                GoldenFiles.ROOT.resolve("850/ecopro-two-interchanges-850-997.edi")), PurchaseOrderMessage.class);
        assertThat(orders).extracting(PurchaseOrderMessage::getPurchaseOrderNumber)
                .containsExactly("EPB-PO-24018", "EPB-PO-24011");
    }

    @Test
    void reportsTheInterchangeThatDoesNotParse() throws Exception {
        String good = Files.readString(GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi"));
        String broken = good.replace("ST*850*0001~", "ST*850*0001~XX").replace("000000101", "000000109");
        byte[] file = (good + broken.replace("SE*23*0001~", "")).getBytes(StandardCharsets.UTF_8);
        // the broken set is named: its interchange, its set and the segment where it stopped
        assertThatThrownBy(() -> TRANSLATOR.read(file))
                .isInstanceOf(X12TranslationException.class)
                .hasMessageContaining("transaction set 850 of interchange 1").hasMessageContaining("segment 2 (");
    }

    @Test
    void readsTheGoodInterchangesOfAFileWithABadOne() throws Exception {
        String good = Files.readString(GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi"));
        String broken = good.replace("SE*23*0001~", "").replace("000000101", "000000109");
        List<InterchangeReadResult> results = TRANSLATOR.readEachInterchange(
                (good + broken + good).getBytes(StandardCharsets.UTF_8));
        assertThat(results).extracting(InterchangeReadResult::isRead).containsExactly(true, false, true);
        assertThat(results.get(1).offset()).isEqualTo(good.length());
        assertThat(results.get(1).error()).hasMessageContaining("offset " + good.length());
        assertThat(results.get(2).messages()).singleElement().isInstanceOf(PurchaseOrderMessage.class);
    }

    @Test
    void readsInterchangeThatOnlyCarriesATa1() throws Exception {
        assertThat(TRANSLATOR.read(Files.readAllBytes(GoldenFiles.ROOT.resolve("common/ecopro-ta1-only-004010.edi"))))
                .isEmpty();
    }

    @Test
    void refusesToWriteSetsItCannotWrite() {
        UnsupportedMessage message = new UnsupportedMessage();
        message.setTransactionSetCode("997");
        assertThat(TRANSLATOR.canWrite("997")).isFalse();
        assertThat(TRANSLATOR.canWrite("855")).isTrue();
        assertThat(TRANSLATOR.canWrite("850")).isTrue();
        assertThat(TRANSLATOR.canWrite("810")).isTrue();
        assertThatThrownBy(() -> TRANSLATOR.write(message, new X12Delimiters('*', '>', '^', '~'), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not supported");
    }

    @Test
    void warmsUpTheReadingInstanceOfEverySetWithBindingsAndTheWriter() {
        try (SmooksInstanceCache cache = new SmooksInstanceCache()) {
            X12Translator translator = new X12Translator(cache, java.time.Clock.systemUTC());
            translator.warmUp();
            assertThat(cache.size()).as("one reading instance per set (850, 855, 856, 810, 997) and the usual partner's writer").isEqualTo(6);
            assertThat(translator.engine()).contains("Smooks", "StAEDI events", "DFDL unparser");
        }
    }
}
