package com.ascendelements.portal.edi.x12;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class X12DelimitersTest {

    private static final String ISA_4010 =
            "ISA*00*          *00*          *ZZ*ECOPROBM       *ZZ*ASCENDELEMENTS *241104*0815*U*00401*000004711*1*P*>";

    @Test
    void detectsStarTildeWithoutRepetitionIn004010() {
        assertThat(X12Delimiters.detect(X12Samples.bytes("valid/850-ecopro-004010.x12")))
                .contains(new X12Delimiters('*', '>', null, '~'));
    }

    @Test
    void detectsNewlineOnlyTerminator() {
        X12Delimiters delimiters = X12Delimiters.detect(X12Samples.bytes("valid/850-ecopro-newlines.x12")).orElseThrow();
        assertThat(delimiters.segment()).isEqualTo('\n');
        assertThat(delimiters.newlineTerminated()).isTrue();
    }

    @Test
    void crlfOnlyTerminatorIsALineBreak() {
        assertThat(X12Delimiters.detect(X12Samples.of(ISA_4010 + "\r\nGS*PO\r\n")))
                .contains(new X12Delimiters('*', '>', null, '\n'));
    }

    @Test
    void tildeFollowedByCrlfKeepsTheTilde() {
        assertThat(X12Delimiters.detect(X12Samples.bytes("valid/856-skba-crlf.x12")).orElseThrow().segment()).isEqualTo('~');
    }

    @Test
    void detectsPipeCaretColonBehindBomAndWhitespaceIn005010() {
        X12Delimiters delimiters = X12Delimiters.detect(X12Samples.bytes("valid/850-ecopro-005010-bom.x12")).orElseThrow();
        assertThat(delimiters).isEqualTo(new X12Delimiters('|', ':', '^', '~'));
        assertThat(delimiters.repetitionSeparator()).contains('^');
    }

    @Test
    void readsAnIsaGivenAsText() {
        assertThat(X12Delimiters.fromIsa(ISA_4010 + "~")).contains(X12Delimiters.DEFAULT_004010);
        assertThat(X12Delimiters.fromIsa(ISA_4010.replace('*', '\u001D') + "\u001C"))
                .contains(new X12Delimiters('\u001D', '>', null, '\u001C'));
    }

    @Test
    void emptyForAnythingThatIsNotAnIsa() {
        assertThat(X12Delimiters.detect(null)).isEmpty();
        assertThat(X12Delimiters.detect(new byte[0])).isEmpty();
        assertThat(X12Delimiters.detect(X12Samples.of("ISA"))).isEmpty();
        assertThat(X12Delimiters.detect(X12Samples.of("GS*PO*A*B~"))).isEmpty();
        assertThat(X12Delimiters.detect(X12Samples.of("ISA is an envelope"))).isEmpty();
        assertThat(X12Delimiters.fromIsa(ISA_4010)).isEmpty();
        assertThat(X12Delimiters.fromIsa(null)).isEmpty();
    }

    @Test
    void rejectsClashingOrAlphanumericDelimiters() {
        assertThatThrownBy(() -> new X12Delimiters('*', '*', null, '~')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new X12Delimiters('A', '>', null, '~')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new X12Delimiters('*', '>', '~', '~')).isInstanceOf(IllegalArgumentException.class);
    }
}
