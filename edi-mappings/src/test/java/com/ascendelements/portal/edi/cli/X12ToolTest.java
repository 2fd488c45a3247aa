package com.ascendelements.portal.edi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class X12ToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final X12Tool tool = new X12Tool(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private static String sample(String path) throws URISyntaxException {
        return Path.of(X12ToolTest.class.getResource(path).toURI()).toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatesAGoodFileAndShowsThe997ItWouldSend() throws Exception {
        assertThat(tool.run("validate", sample("/x12/valid/850-ecopro-004010.x12"))).isEqualTo(X12Tool.VALID);
        assertThat(out()).contains("no errors", "ST*997*", "AK9*A*", "VALID");
    }

    @Test
    void reportsEveryErrorWithItsLocationAndExitsInvalid() throws Exception {
        assertThat(tool.run("validate", sample("/x12/invalid/850-truncated-no-iea.x12"))).isEqualTo(X12Tool.INVALID);
        assertThat(out()).contains("error(s):", "INVALID");
    }

    @Test
    void translatesToJsonAndWritesX12FromJson(@TempDir Path dir) throws Exception {
        assertThat(tool.run("translate", sample("/x12/850/ecopro-850-004010.edi"))).isEqualTo(X12Tool.VALID);
        assertThat(out()).contains("\"purchaseOrderNumber\" : \"EPB-PO-24017\"", "\"orderDate\" : \"2026-11-20\"");

        out.reset();
        assertThat(tool.run("translate", sample("/x12/855/ascend-855-to-ecopro-004010.edi"))).isEqualTo(X12Tool.VALID);
        Path json = dir.resolve("855.json");
        String translated = out();
        Files.writeString(json, translated.substring(translated.indexOf('{'), translated.lastIndexOf('}') + 1));
        out.reset();
        assertThat(tool.run("write", json.toString())).isEqualTo(X12Tool.VALID);
        assertThat(out()).startsWith("ISA*").contains("ST*855*", "BAK*");
    }

    @Test
    void refusesBadUsage(@TempDir Path dir) throws Exception {
        assertThat(tool.run("validate")).isEqualTo(X12Tool.USAGE);
        assertThat(tool.run("validate", dir.resolve("missing.x12").toString())).isEqualTo(X12Tool.USAGE);
        Path garbage = Files.write(dir.resolve("g.json"), "{\"transactionSetCode\":\"999\"}".getBytes());
        assertThat(tool.run("write", garbage.toString())).isEqualTo(X12Tool.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write transaction set '999'");
    }
}
