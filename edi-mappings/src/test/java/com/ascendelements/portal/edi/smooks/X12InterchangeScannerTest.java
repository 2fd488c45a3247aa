package com.ascendelements.portal.edi.smooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Delimiters come from each interchange's ISA; files are split into interchanges before any DFDL parsing. */
class X12InterchangeScannerTest {

    private static String isa(char sep, char rep, String version, char comp, char term) {
        String isa = String.join(String.valueOf(sep), "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ",
                "SENDER         ", "ZZ", "RECEIVER       ", "261121", "1405", String.valueOf(rep), version,
                "000000001", "0", "P", String.valueOf(comp)) + term;
        assertThat(isa).hasSize(X12InterchangeScanner.ISA_LENGTH);
        return isa;
    }

    @Test
    void readsDelimitersOf4010WithoutRepetitionSeparator() {
        X12Delimiters delimiters = X12InterchangeScanner.readDelimiters(isa('*', 'U', "00401", '>', '~'), 0);
        assertThat(delimiters.elementSeparator()).isEqualTo('*');
        assertThat(delimiters.repetitionSeparator()).isNull();
        assertThat(delimiters.componentSeparator()).isEqualTo('>');
        assertThat(delimiters.segmentTerminator()).isEqualTo('~');
    }

    @Test
    void readsRepetitionSeparatorFrom5010Isa11() {
        X12Delimiters delimiters = X12InterchangeScanner.readDelimiters(isa('|', '^', "00501", ':', '\''), 0);
        assertThat(delimiters.repetitionSeparator()).isEqualTo('^');
        assertThat(delimiters.elementSeparator()).isEqualTo('|');
        assertThat(delimiters.segmentTerminator()).isEqualTo('\'');
    }

    @Test
    void skipsBomAndWhitespaceAndSplitsInterchanges() {
        String first = isa('*', 'U', "00401", '>', '~') + "\r\nGS*PO~\r\nIEA*1*000000001~\r\n";
        String second = isa('^', 'U', "00401", ':', '\n') + "GS^PO\nIEA^1^000000001\n";
        byte[] file = ("\uFEFF \r\n" + first + "\n\n" + second).getBytes(StandardCharsets.UTF_8);

        List<X12InterchangeScanner.RawInterchange> interchanges = X12InterchangeScanner.scan(file);

        assertThat(interchanges).hasSize(2);
        assertThat(interchanges.get(0).text()).isEqualTo(first);
        assertThat(interchanges.get(0).delimiters().lineBreakAfterSegment()).isTrue();
        assertThat(interchanges.get(1).text()).isEqualTo(second);
        assertThat(interchanges.get(1).delimiters().terminatorIsLineBreak()).isTrue();
        assertThat(interchanges.get(1).delimiters().dfdlSegmentTerminatorForReading()).isEqualTo("%NL;%WSP*;");
    }

    @Test
    void refusesIsaThatIsNotFixedWidth() {
        String isa = "ISA*00**00**ZZ*SENDER*ZZ*RECEIVER*261121*1405*U*00401*000000001*0*P*>~" + " ".repeat(40);
        assertThatThrownBy(() -> X12InterchangeScanner.scan(isa))
                .isInstanceOf(X12TranslationException.class).hasMessageContaining("not fixed width");
    }

    @Test
    void refusesInterchangeWithoutIea() {
        assertThatThrownBy(() -> X12InterchangeScanner.scan(isa('*', 'U', "00401", '>', '~') + "GS*PO~"))
                .isInstanceOf(X12TranslationException.class).hasMessageContaining("no IEA");
    }

    @Test
    void refusesFileWithoutIsa() {
        assertThatThrownBy(() -> X12InterchangeScanner.scan("UNB+UNOA:1+X+Y'"))
                .isInstanceOf(X12TranslationException.class).hasMessageContaining("expected an ISA");
    }

    @Test
    void rendersDelimitersAsDfdlEntities() {
        X12Delimiters delimiters = new X12Delimiters('%', null, ':', '~', false);
        assertThat(delimiters.dfdlElementSeparator()).isEqualTo("%#x25;");
        assertThat(delimiters.dfdlSegmentTerminatorForReading()).isEqualTo("%#x7E;%WSP*;");
        assertThat(delimiters.dfdlSegmentTerminatorForWriting()).isEqualTo("%#x7E;");
        assertThatThrownBy(() -> new X12Delimiters('*', null, '*', '~', false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
