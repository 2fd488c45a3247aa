package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.smooks.X12Translator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file hard-wrapped at a fixed width (line breaks inside the ISA and inside elements) is read the same way by the
 * validator and by the translators, and the wrap is noted for people (not in the 997).
 */
class HardWrappedFileTest {

    private static final String FILE = StaediErrorEventTest.file("004010").replace("\n", "");

    static String wrap(String text, int width) {
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            wrapped.append(text, i, Math.min(text.length(), i + width)).append("\r\n");
        }
        return wrapped.toString();
    }

    private static List<List<String>> sets(String text) {
        List<List<String>> sets = new ArrayList<>();
        TransactionSetSplitter.split(new ByteArrayInputStream(X12Samples.of(text)), s -> sets.add(s.segments()));
        return sets;
    }

    /** 80 columns cut the ISA (and BEG03 "PO-1" of the first set, among others); 150 leave the ISA whole. */
    @ParameterizedTest(name = "wrapped at {0} columns")
    @ValueSource(ints = {80, 150, 7})
    void validatorAndTranslatorsReadTheSameAndTheWrapIsNoted(int width) {
        String wrapped = wrap(FILE, width);

        X12ValidationReport report = new InterchangeValidator().validate(X12Samples.of(wrapped));
        assertThat(report.isAccepted()).isTrue();
        assertThat(report.interchanges().get(0).groups().get(0).transactionSets()).hasSize(3);
        assertThat(report.allIssues()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo(ReceptionNote.HARD_WRAPPED);
            assertThat(note.tolerated()).isTrue();
            assertThat(note.toString()).contains("hard-wrapped", "interchange 000004711");
        });

        assertThat(sets(wrapped)).isEqualTo(sets(FILE)).hasSize(3);
        assertThat(new com.ascendelements.portal.edi.smooks.X12Translator().read(X12Samples.of(wrapped), com.ascendelements.portal.edi.message.PurchaseOrderMessage.class)).extracting(com.ascendelements.portal.edi.message.PurchaseOrderMessage::getPurchaseOrderNumber)
                .containsExactly("PO-1", "PO-2", "PO-3");
    }

    @Test
    void theSmooksTranslatorReadsTheWrappedFileLikeTheOriginal() {
        assertThat(new X12Translator().read(X12Samples.of(wrap(FILE, 80)))).hasSize(3)
                .hasSameSizeAs(new X12Translator().read(X12Samples.of(FILE)));
    }

    @Test
    void lineBreaksAfterTerminatorsAreNotAWrap() {
        X12ValidationReport report = new InterchangeValidator().validate(X12Samples.of(StaediErrorEventTest.file("004010")
                .replace("\n", "\r\n")));
        assertThat(report.allIssues()).isEmpty();
    }
}
