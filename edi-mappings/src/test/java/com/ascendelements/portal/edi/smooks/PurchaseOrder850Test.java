package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the 850 samples into PurchaseOrderMessage and compares with the golden files. */
class PurchaseOrder850Test {

    private static final X12Reader READER = new X12Reader();

    static List<Path> samples() throws IOException {
        return GoldenFiles.samples("850");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsSampleAsInGoldenFile(Path sample) throws IOException {
        List<X12Message> messages = READER.read(Files.readAllBytes(sample));
        GoldenFiles.assertMatchesGolden(MessageDump.dump(messages), GoldenFiles.goldenFor(sample, ".expected.txt"));
    }

    @Test
    void bindsHeaderPartiesAndLinesOfEcoProOrder() throws IOException {
        List<X12Message> messages = READER.read(Files.readAllBytes(
                GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi")));
        assertThat(messages).hasSize(1);
        PurchaseOrderMessage order = (PurchaseOrderMessage) messages.get(0);
        assertThat(order.getPurposeCode()).isEqualTo("00");
        assertThat(order.getOrderTypeCode()).isEqualTo("SA");
        assertThat(order.getPurchaseOrderNumber()).isEqualTo("EPB-PO-24017");
        assertThat(order.getOrderDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(order.getCurrencyCode()).isEqualTo("USD");
        assertThat(order.buyer().getIdQualifier()).isEqualTo("92");
        assertThat(order.buyer().getId()).isEqualTo("ECOPRO-US");
        assertThat(order.seller().getName()).isEqualTo("ASCEND ELEMENTS INC");
        assertThat(order.getInterchange().getSenderId()).isEqualTo("ECOPROBM");
        assertThat(order.getGroup().getVersion()).isEqualTo("004010");
        PurchaseOrderLine first = order.getLines().get(0);
        assertThat(first.getQuantity()).isEqualByComparingTo("20");
        assertThat(first.getUnitPrice()).isEqualByComparingTo(new BigDecimal("18500"));
        assertThat(first.productIdQualifier()).isEqualTo("VP");
        assertThat(first.productId()).isEqualTo("PCAM-NCM811");
        assertThat(first.getProductIds()).hasSize(2);
        assertThat(first.requestedDates()).containsExactly(LocalDate.of(2026, 12, 15));
        assertThat(order.getLines().get(1).getDescription()).isEqualTo("LITHIUM CARBONATE, BATTERY GRADE");
    }
}
