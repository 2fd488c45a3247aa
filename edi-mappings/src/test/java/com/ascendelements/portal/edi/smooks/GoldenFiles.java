package com.ascendelements.portal.edi.smooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sample files and their golden outputs, side by side in src/test/resources/x12/&lt;set&gt;/:
 * {@code name.edi} and {@code name.expected.txt}. Run with {@code -Dgolden.update=true} to (re)write the
 * golden files after an intended change, then review the diff.
 */
final class GoldenFiles {

    static final Path ROOT = Paths.get("src/test/resources/x12");

    private GoldenFiles() {
    }

    static List<Path> samples(String set) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(set))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".edi")).sorted().toList();
        }
    }

    static Path goldenFor(Path sample, String suffix) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + suffix);
    }

    static void assertMatchesGolden(String actual, Path golden) throws IOException {
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden file %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** @return whether the segment after the ISA of {@code file} starts on a new line (how the file was written) */
    static boolean lineBreakAfterIsa(byte[] file) {
        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        int isa = text.indexOf("ISA");
        int after = isa + 106;
        return after < text.length() && (text.charAt(after) == '\r' || text.charAt(after) == '\n')
                && text.charAt(after - 1) != '\n' && text.charAt(after - 1) != '\r';
    }
}
