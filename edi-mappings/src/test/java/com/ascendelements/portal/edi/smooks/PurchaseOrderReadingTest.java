package com.ascendelements.portal.edi.smooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.smooks.X12Translator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseOrderReadingTest {

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = PurchaseOrderReadingTest.class.getResourceAsStream("/x12/850/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheHeaderLinesAndDatesOfAn850() throws IOException {
        List<PurchaseOrderMessage> orders = new X12Translator().read(sample("ecopro-850-004010.edi"), PurchaseOrderMessage.class);
        assertThat(orders).singleElement().satisfies(po -> {
            assertThat(po.getPurchaseOrderNumber()).isEqualTo("EPB-PO-24017");
            assertThat(po.getOrderDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(po.getCurrencyCode()).isEqualTo("USD");
            assertThat(po.getControlNumber()).isEqualTo("0001");
            assertThat(po.getGroup().getControlNumber()).isEqualTo("101");
            assertThat(po.getInterchange().getSenderId()).isEqualTo("ECOPROBM");
            assertThat(po.getLines()).hasSize(2);
            assertThat(po.getLines().get(0).getQuantity()).isEqualByComparingTo("20");
            assertThat(po.getLines().get(0).getUnitPrice()).isEqualByComparingTo(new BigDecimal("18500"));
            assertThat(po.getLines().get(0).getProductIds()).extracting(p -> p.getQualifier() + ":" + p.getId())
                    .containsExactly("VP:PCAM-NCM811", "BP:EP-78812");
            assertThat(po.getLines().get(1).getDescription()).isEqualTo("LITHIUM CARBONATE, BATTERY GRADE");
            assertThat(po.getLines().get(1).getDates()).extracting(d -> d.getQualifier() + " " + d.getDate())
                    .containsExactly("002 2027-01-15");
        });
    }

    @Test
    void ignoresOtherTransactionSetsAndRefusesGarbageClearly() {
        assertThat(new X12Translator().read(("ISA*00*          *00*          *ZZ*A              *ZZ*B              "
                + "*261101*0000*U*00401*000000001*0*T*>~GS*FA*A*B*20261101*0000*1*X*004010~ST*997*0001~AK1*PO*1~AK9*A*1*1*1~"
                + "SE*4*0001~GE*1*1~IEA*1*000000001~").getBytes(), PurchaseOrderMessage.class)).isEmpty();
        assertThatThrownBy(() -> new X12Translator().read(new byte[] {0, 1, 2}))
                .isInstanceOf(com.ascendelements.portal.edi.translation.X12TranslationException.class);
    }
}
