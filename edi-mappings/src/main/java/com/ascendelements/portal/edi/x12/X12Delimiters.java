package com.ascendelements.portal.edi.x12;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The delimiters of one X12 interchange, as declared by its ISA segment: the data element separator (the character
 * after "ISA"), the component element separator (ISA16), the repetition separator (ISA11 from version 00402 on;
 * {@code null} in 004010 where ISA11 is the standards identifier "U") and the segment terminator (the character after
 * ISA16; {@code '\n'} when the partner terminates segments with a bare line break, CR or CRLF).
 *
 * @param element    data element separator, e.g. {@code '*'}
 * @param component  component element separator, e.g. {@code '>'} or {@code ':'}
 * @param repetition repetition separator, e.g. {@code '^'}, or {@code null} when the version has none
 * @param segment    segment terminator, e.g. {@code '~'}
 */
public record X12Delimiters(char element, char component, Character repetition, char segment) {

    /** The common 004010 choice: {@code * > ~} without repetition separator. */
    public static final X12Delimiters DEFAULT_004010 = new X12Delimiters('*', '>', null, '~');

    /** The common 005010 choice: {@code * : ^ ~}. */
    public static final X12Delimiters DEFAULT_005010 = new X12Delimiters('*', ':', '^', '~');

    /** Checks that the four delimiters are distinct, printable-or-control non-alphanumeric characters. */
    public X12Delimiters {
        requireDelimiter(element, "element");
        requireDelimiter(component, "component");
        requireDelimiter(segment, "segment");
        if (repetition != null) {
            requireDelimiter(repetition, "repetition");
        }
        if (element == component || element == segment || component == segment
                || (repetition != null && (repetition == element || repetition == component || repetition == segment))) {
            throw new IllegalArgumentException("X12 delimiters must be distinct: " + element + component + repetition + segment);
        }
    }

    /** @return the repetition separator, empty in versions before 00402 */
    public Optional<Character> repetitionSeparator() {
        return Optional.ofNullable(repetition);
    }

    /** @return whether the segment terminator is a line break (newline-terminated files) */
    public boolean newlineTerminated() {
        return segment == '\n' || segment == '\r';
    }

    /**
     * Detects the delimiters of the first interchange of a file, tolerating a UTF-8 byte order mark and leading
     * whitespace.
     *
     * @param file raw file content
     * @return the delimiters, or empty when the file does not start with a usable ISA segment
     */
    public static Optional<X12Delimiters> detect(byte[] file) {
        if (file == null) {
            return Optional.empty();
        }
        String text = X12Text.decode(file);
        int start = X12Text.skipWhitespace(text, 0);
        if (!text.startsWith("ISA", start)) {
            return Optional.empty();
        }
        IsaHeader header = IsaHeader.parse(text, start);
        return header.parsed() ? Optional.of(header.delimiters()) : Optional.empty();
    }

    /**
     * Detects the delimiters from the text of an ISA segment (starting with "ISA").
     *
     * @param isaSegment ISA segment text including the character after ISA16
     * @return the delimiters, or empty when the ISA cannot be read
     */
    public static Optional<X12Delimiters> fromIsa(String isaSegment) {
        if (isaSegment == null || !isaSegment.startsWith("ISA")) {
            return Optional.empty();
        }
        IsaHeader header = IsaHeader.parse(isaSegment, 0);
        return header.parsed() ? Optional.of(header.delimiters()) : Optional.empty();
    }

    /** @return whether {@code c} can delimit X12: ASCII, not a letter or digit, not a space or tab */
    static boolean usableAsDelimiter(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ' && c != '\t';
    }

    private static void requireDelimiter(char c, String role) {
        if (!usableAsDelimiter(c)) {
            throw new IllegalArgumentException("Unusable X12 " + role + " delimiter: U+" + Integer.toHexString(c));
        }
    }

    /** @return the four delimiters as they appear in an ISA: element, repetition (or 'U'), component, segment */
    @Override
    public String toString() {
        return "X12Delimiters[element=" + element + ", component=" + component + ", repetition="
                + (repetition == null ? "none" : repetition) + ", segment="
                + (segment == '\n' ? "\\n" : String.valueOf(segment)) + "]";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
