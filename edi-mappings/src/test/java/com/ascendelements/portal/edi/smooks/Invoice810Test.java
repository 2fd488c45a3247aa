package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.message.InvoiceLine;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the 810 samples into InvoiceMessage and compares with the golden files. */
class Invoice810Test {

    private static final X12Reader READER = new X12Reader();

    static List<Path> samples() throws IOException {
        return GoldenFiles.samples("810");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsSampleAsInGoldenFile(Path sample) throws IOException {
        List<X12Message> messages = READER.read(Files.readAllBytes(sample));
        GoldenFiles.assertMatchesGolden(MessageDump.dump(messages), GoldenFiles.goldenFor(sample, ".expected.txt"));
    }

    @Test
    void bindsProvisionalInvoiceWithImpliedDecimalAmounts() throws IOException {
        InvoiceMessage invoice = (InvoiceMessage) READER.read(Files.readAllBytes(
                GoldenFiles.ROOT.resolve("810/ascend-810-to-ecopro-004010.edi"))).get(0);
        assertThat(invoice.getInvoiceNumber()).isEqualTo("AE-INV-2026-0917");
        assertThat(invoice.getInvoiceDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(invoice.getPurchaseOrderNumber()).isEqualTo("EPB-PO-24017");
        assertThat(invoice.getTotalAmount()).isEqualByComparingTo("168683.00");
        assertThat(invoice.getCharges()).singleElement()
                .satisfies(freight -> assertThat(freight.getAmount()).isEqualByComparingTo("1850.00"));
        InvoiceLine line = invoice.getLines().get(0);
        assertThat(line.getQuantity()).isEqualByComparingTo("10.02");
        assertThat(line.getReferences()).extracting(r -> r.getQualifier() + ":" + r.getValue())
                .containsExactly("LT:AE-PCAM-L2612-04", "BM:AE-BOL-55120");
        assertThat(line.getCharges().get(0).getAmount()).isEqualByComparingTo("18537.00");
        assertThat(invoice.getLineItemCount()).isEqualTo(1);
    }
}
