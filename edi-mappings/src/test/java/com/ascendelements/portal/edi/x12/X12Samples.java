package com.ascendelements.portal.edi.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the sample files under src/test/resources/x12 and derives malformed variants from them. */
public final class X12Samples {

    private X12Samples() {
    }

    /** @return the bytes of {@code x12/<name>} */
    public static byte[] bytes(String name) {
        try (InputStream in = X12Samples.class.getResourceAsStream("/x12/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample x12/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the sample as text (one byte one character) */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.ISO_8859_1);
    }

    /** @return the sample with the first occurrence of {@code from} replaced; fails when {@code from} is absent */
    public static byte[] mutated(String name, String from, String to) {
        String text = text(name);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("'" + from + "' not in " + name);
        }
        return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** @return the text as bytes */
    public static byte[] of(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
