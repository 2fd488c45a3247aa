package com.ascendelements.portal.edi.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.smooks.MessageDump;
import com.ascendelements.portal.edi.translation.X12TranslationException;
import com.ascendelements.portal.edi.smooks.X12Translator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionSetSplitterTest {

    private static String sample(String path) throws IOException {
        return Files.readString(Paths.get("src/test/resources/x12", path), StandardCharsets.ISO_8859_1);
    }

    private static List<TransactionSetSplitter.TransactionSet> split(String text) {
        List<TransactionSetSplitter.TransactionSet> sets = new ArrayList<>();
        TransactionSetSplitter.split(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), sets::add);
        return sets;
    }

    @Test
    void handsOverEachSetWithItsInterchangeGroupAndDelimiters() throws IOException {
        List<TransactionSetSplitter.TransactionSet> sets = split(sample("valid/multi-interchange.x12"));
        assertThat(sets).extracting(TransactionSetSplitter.TransactionSet::transactionSetCode).containsExactly("850", "855", "855", "997");
        assertThat(sets).extracting(TransactionSetSplitter.TransactionSet::interchangeIndex).containsExactly(0, 0, 0, 1);
        assertThat(sets.get(1).gs()).startsWith("GS*PR*");
        // each set alone is a valid interchange
        for (TransactionSetSplitter.TransactionSet set : sets) {
            assertThat(new InterchangeValidator().validate(set.asInterchange().getBytes(StandardCharsets.ISO_8859_1)).isAccepted())
                    .as(set.asInterchange()).isTrue();
        }
    }

    @Test
    void toleratesByteOrderMarkLineBreaksAndNewlineTerminators() throws IOException {
        assertThat(split(sample("valid/850-ecopro-005010-bom.x12"))).singleElement()
                .satisfies(set -> assertThat(set.delimiters().repetition()).isEqualTo('^'));
        assertThat(split(sample("valid/850-ecopro-newlines.x12"))).singleElement()
                .satisfies(set -> assertThat(set.delimiters().newlineTerminated()).isTrue());
        assertThat(split(sample("valid/856-skba-crlf.x12"))).singleElement()
                .satisfies(set -> assertThat(set.segments()).allSatisfy(s -> assertThat(s).doesNotContain("\r", "\n")));
    }

    @Test
    void refusesWhatIsNotAnInterchangeAndASetWithoutSe() throws IOException {
        assertThatThrownBy(() -> split("")).hasMessageContaining("no ISA");
        assertThatThrownBy(() -> split("this file merely mentions ISA")).hasMessageContaining("expected an ISA");
        String good = sample("856/ascend-856-to-ecopro-004010.edi");
        List<String> seen = new ArrayList<>();
        // a set cut off without its SE is handed over as it is (the translation names it), the sets around it too
        TransactionSetSplitter.split(new ByteArrayInputStream((good + good.replace("SE*21*8001~", "") + good)
                .getBytes(StandardCharsets.ISO_8859_1)), s -> seen.add(s.transactionSetCode() + " " + s.segments().get(s.segments().size() - 1)));
        assertThat(seen).containsExactly("856 SE*21*8001", "856 CTT*4", "856 SE*21*8001");
        assertThatThrownBy(() -> split(good.substring(0, good.indexOf("GE*")))).hasMessageContaining("no IEA");
    }

    /** A 40 MB interchange streamed from a generator: nothing but one set at a time is ever held. */
    @Test
    void streamsAnInterchangeLargerThanWhatItKeeps() throws IOException {
        String text = sample("856/ascend-856-to-ecopro-004010.edi");
        String head = text.substring(0, text.indexOf("ST*856"));
        byte[] set = text.substring(text.indexOf("ST*856"), text.indexOf("GE*")).getBytes(StandardCharsets.ISO_8859_1);
        int copies = 40 * 1024 * 1024 / set.length;
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(head.getBytes(StandardCharsets.ISO_8859_1)));
        parts.add(new InputStream() {
            private long index;

            @Override
            public int read() {
                long total = (long) set.length * copies;
                return index < total ? set[(int) (index++ % set.length)] : -1;
            }
        });
        parts.add(new ByteArrayInputStream(("GE*" + copies + "*801~IEA*1*000000801~").getBytes(StandardCharsets.ISO_8859_1)));
        AtomicInteger count = new AtomicInteger();
        TransactionSetSplitter.split(new SequenceInputStream(Collections.enumeration(parts)), s -> {
            assertThat(s.segments()).hasSize(21);
            count.incrementAndGet();
        });
        assertThat(count).hasValue(copies);
    }

    @Test
    void theSmooksTranslationReadsSetBySetAsItReadsTheWholeFile() throws IOException {
        String text = sample("856/ascend-856-to-ecopro-004010.edi");
        String set = text.substring(text.indexOf("ST*856"), text.indexOf("GE*"));
        String file = text.substring(0, text.indexOf("ST*856")) + set + set.replace("8001", "8002") + set.replace("8001", "8003")
                + "GE*3*801~\nIEA*1*000000801~\n";
        List<X12Message> each = new ArrayList<>();
        new X12Translator().readEach(new ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)), each::add);
        assertThat(each).extracting(X12Message::getControlNumber).containsExactly("8001", "8002", "8003");
        assertThat(MessageDump.dump(each.subList(0, 1)))
                .isEqualTo(MessageDump.dump(new X12Translator().read(text.getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(each).allSatisfy(m -> assertThat(m).isInstanceOf(ShipNoticeMessage.class));
        assertThatThrownBy(() -> new X12Translator().readEach(new ByteArrayInputStream(new byte[0]), each::add))
                .isInstanceOf(X12TranslationException.class);
    }
}
