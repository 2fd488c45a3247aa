package com.ascendelements.portal.edi.x12;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link TransactionSetSplitter#splitInterchanges}: the interchanges of a file as the Smooks translation reads them. */
class InterchangeSplitTest {

    private static String isa(char sep, char rep, String version, char comp, char term) {
        String isa = String.join(String.valueOf(sep), "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ",
                "SENDER         ", "ZZ", "RECEIVER       ", "261121", "1405", String.valueOf(rep), version,
                "000000001", "0", "P", String.valueOf(comp)) + term;
        assertThat(isa).hasSize(106);
        return isa;
    }

    private static List<TransactionSetSplitter.Interchange> split(String file) {
        List<TransactionSetSplitter.Interchange> interchanges = new ArrayList<>();
        TransactionSetSplitter.splitInterchanges(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), interchanges::add);
        return interchanges;
    }

    @Test
    void skipsBomAndLayoutAndKeepsEachInterchangesDelimiters() {
        String first = isa('*', 'U', "00401", '>', '~') + "\r\n  GS*PO~\r\nIEA*1*000000001~\r\n";
        String second = isa('|', '^', "00501", ':', '\n') + "GS|PO\nIEA|1|000000001\n";
        List<TransactionSetSplitter.Interchange> interchanges = split("\uFEFF \r\n" + first + "\n\n" + second);

        assertThat(interchanges).hasSize(2);
        assertThat(interchanges.get(0).offset()).isEqualTo(3);
        assertThat(interchanges.get(0).delimiters()).isEqualTo(X12Delimiters.DEFAULT_004010);
        assertThat(interchanges.get(0).isaVersion()).isEqualTo("00401");
        assertThat(interchanges.get(0).text()).isEqualTo(isa('*', 'U', "00401", '>', '~') + "GS*PO~IEA*1*000000001~");
        assertThat(interchanges.get(1).delimiters()).isEqualTo(new X12Delimiters('|', ':', '^', '\n'));
        assertThat(interchanges.get(1).text()).isEqualTo(second);
        assertThat(interchanges.get(1).offset()).isEqualTo(3 + first.length() + 2);
    }

    @Test
    void anInterchangeWithoutIeaEndsAtTheNextIsa() {
        String head = isa('*', 'U', "00401", '>', '~');
        List<TransactionSetSplitter.Interchange> interchanges = split(head + "GS*PO~\n" + head + "GS*PO~IEA*1*000000001~");
        assertThat(interchanges).extracting(TransactionSetSplitter.Interchange::text)
                .containsExactly(head + "GS*PO~", head + "GS*PO~IEA*1*000000001~");
    }

    @Test
    void refusesAFileWithoutReadableInterchange() {
        assertThatThrownBy(() -> split("UNB+UNOA:1+X+Y'")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no readable ISA");
        assertThatThrownBy(() -> split("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split("ISA*00**00**ZZ*SENDER*ZZ*RECEIVER*261121*1405*U*00401*000000001~"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
