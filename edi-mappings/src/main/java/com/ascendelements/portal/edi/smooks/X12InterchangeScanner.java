package com.ascendelements.portal.edi.smooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a received file into its interchanges (ISA..IEA) and reads each interchange's delimiters from
 * its ISA segment, before any DFDL parsing: a Smooks/DFDL parser needs the delimiters up front, while X12
 * declares them per interchange.
 *
 * <p>Tolerates a UTF-8 byte order mark, white space before and between interchanges, CRLF or LF after
 * segment terminators and several interchanges in one file. The ISA is fixed width (106 characters);
 * a file whose ISA is not is refused with its offset.</p>
 */
public final class X12InterchangeScanner {

    /** Length of the ISA segment up to and including the segment terminator. */
    public static final int ISA_LENGTH = 106;

    /** Offsets of the element separators inside a fixed-width ISA. */
    private static final int[] ISA_SEPARATOR_OFFSETS =
            {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};

    private X12InterchangeScanner() {
    }

    /**
     * One interchange of a file.
     *
     * @param text       the interchange, from "ISA" to the IEA segment terminator (plus a line break if any)
     * @param offset     character offset of "ISA" in the decoded file
     * @param delimiters the delimiters its ISA declares
     * @param isaVersion ISA12, e.g. {@code 00401} or {@code 00501}
     */
    public record RawInterchange(String text, int offset, X12Delimiters delimiters, String isaVersion) {
    }

    /** Decodes the file as UTF-8 (X12 basic and extended character sets are ASCII) and splits it. */
    public static List<RawInterchange> scan(byte[] file) {
        return scan(new String(file, StandardCharsets.UTF_8));
    }

    /** Splits decoded text into interchanges. */
    public static List<RawInterchange> scan(String text) {
        List<RawInterchange> interchanges = new ArrayList<>();
        int pos = 0;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            pos = 1;
        }
        while (true) {
            pos = skipWhitespace(text, pos);
            if (pos >= text.length()) {
                break;
            }
            RawInterchange interchange = readInterchange(text, pos);
            interchanges.add(interchange);
            pos += interchange.text().length();
        }
        if (interchanges.isEmpty()) {
            throw new X12TranslationException("no ISA segment found: the file holds no X12 interchange");
        }
        return interchanges;
    }

    /** Reads the delimiters of the ISA that starts at {@code pos}. */
    public static X12Delimiters readDelimiters(String text, int pos) {
        if (!text.startsWith("ISA", pos)) {
            throw new X12TranslationException("expected an ISA segment at offset " + pos);
        }
        if (text.length() - pos < ISA_LENGTH) {
            throw new X12TranslationException("ISA segment at offset " + pos + " is shorter than "
                    + ISA_LENGTH + " characters");
        }
        char elementSeparator = text.charAt(pos + 3);
        for (int offset : ISA_SEPARATOR_OFFSETS) {
            if (text.charAt(pos + offset) != elementSeparator) {
                throw new X12TranslationException("ISA segment at offset " + pos
                        + " is not fixed width: expected the element separator '" + elementSeparator
                        + "' at ISA position " + (offset + 1));
            }
        }
        String version = text.substring(pos + 84, pos + 89);
        Character repetition = version.compareTo("00501") >= 0 ? text.charAt(pos + 82) : null;
        char component = text.charAt(pos + 104);
        char terminator = text.charAt(pos + 105);
        int after = pos + ISA_LENGTH;
        boolean lineBreak = after < text.length() && (text.charAt(after) == '\r' || text.charAt(after) == '\n')
                && terminator != '\r' && terminator != '\n';
        return new X12Delimiters(elementSeparator, repetition, component, terminator, lineBreak);
    }

    private static RawInterchange readInterchange(String text, int start) {
        X12Delimiters delimiters = readDelimiters(text, start);
        String version = text.substring(start + 84, start + 89);
        char terminator = delimiters.segmentTerminator();
        int segmentStart = start;
        while (segmentStart < text.length()) {
            int end = text.indexOf(terminator, segmentStart);
            if (end < 0) {
                break;
            }
            int tagStart = skipWhitespace(text, segmentStart);
            if (text.startsWith("IEA", tagStart) && tagStart + 3 < text.length()
                    && text.charAt(tagStart + 3) == delimiters.elementSeparator()) {
                int stop = end + 1;
                if (terminator != '\n' && stop < text.length() && text.charAt(stop) == '\r') {
                    stop++;
                }
                if (terminator != '\n' && stop < text.length() && text.charAt(stop) == '\n') {
                    stop++;
                }
                return new RawInterchange(text.substring(start, stop), start, delimiters, version);
            }
            segmentStart = end + 1;
        }
        throw new X12TranslationException("interchange at offset " + start + " has no IEA segment");
    }

    private static int skipWhitespace(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
