package com.ascendelements.portal.edi.x12;

import java.nio.charset.StandardCharsets;

/** Byte/character helpers for raw X12 files: one byte is one character (ISO-8859-1), a UTF-8 BOM is dropped. */
final class X12Text {

    private X12Text() {
    }

    static String decode(byte[] file) {
        int offset = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(file, offset, file.length - offset, StandardCharsets.ISO_8859_1);
    }

    static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B || c == 0;
    }

    /** @return whether an ISA header starts at {@code i}: the letters ISA followed by a non-alphanumeric character */
    static boolean isaAt(String text, int i) {
        return text.startsWith("ISA", i) && i + 3 < text.length() && !Character.isLetterOrDigit(text.charAt(i + 3));
    }

    /** @return the index of the next ISA header at or after {@code from}, or -1 */
    static int nextIsa(String text, int from) {
        int i = text.indexOf("ISA", from);
        while (i >= 0) {
            if (isaAt(text, i) || i + 3 == text.length()) {
                return i;
            }
            i = text.indexOf("ISA", i + 1);
        }
        return -1;
    }

    static String printable(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c & 0xFF));
        }
        return b.toString();
    }
}
