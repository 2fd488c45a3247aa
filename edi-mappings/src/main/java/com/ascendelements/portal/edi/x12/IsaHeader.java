package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ISA segment by its separators (not by fixed columns, so that a wrong field width is reported rather than
 * misread), checks every field against its fixed width and values, and produces a canonical 106-character ISA for the
 * stream reader.
 */
final class IsaHeader {

    /** Fixed widths of ISA01..ISA16. */
    /** Length of a conforming ISA segment without its terminator. */
    static final int LENGTH = 105;

    static final int[] WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final InterchangeNoteCode[] WIDTH_CODES = {
        InterchangeNoteCode.INVALID_AUTHORIZATION_QUALIFIER, InterchangeNoteCode.INVALID_AUTHORIZATION_VALUE,
        InterchangeNoteCode.INVALID_SECURITY_QUALIFIER, InterchangeNoteCode.INVALID_SECURITY_VALUE,
        InterchangeNoteCode.INVALID_SENDER_QUALIFIER, InterchangeNoteCode.INVALID_SENDER_ID,
        InterchangeNoteCode.INVALID_RECEIVER_QUALIFIER, InterchangeNoteCode.INVALID_RECEIVER_ID,
        InterchangeNoteCode.INVALID_DATE, InterchangeNoteCode.INVALID_TIME,
        InterchangeNoteCode.INVALID_STANDARDS_IDENTIFIER, InterchangeNoteCode.INVALID_VERSION,
        InterchangeNoteCode.INVALID_CONTROL_NUMBER, InterchangeNoteCode.INVALID_ACKNOWLEDGMENT_REQUESTED,
        InterchangeNoteCode.INVALID_TEST_INDICATOR, InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR};
    private static final boolean[] NUMERIC = {
        true, false, true, false, false, false, false, false, true, true, false, true, true, true, false, false};
    private static final int MAX_ISA_SCAN = 400;
    /** Interchange ID qualifiers (I05) of X12 00401..00501. */
    static final String ID_QUALIFIERS = "0[1-4]|0[7-9]|[12][0-9]|3[0-8]|AM|NR|SA|SN|ZZ";

    /** A problem found in the ISA: its TA105 code, element position (0 = whole segment) and explanation. */
    record Problem(InterchangeNoteCode code, int elementPosition, String detail) {
    }

    private final String[] elements;
    private final X12Delimiters delimiters;
    private final int end;
    private final List<Problem> problems;
    private final Problem failure;

    private IsaHeader(String[] elements, X12Delimiters delimiters, int end, List<Problem> problems, Problem failure) {
        this.elements = elements;
        this.delimiters = delimiters;
        this.end = end;
        this.problems = problems;
        this.failure = failure;
    }

    private static IsaHeader failed(InterchangeNoteCode code, String detail) {
        return new IsaHeader(null, null, -1, List.of(), new Problem(code, 0, detail));
    }

    /** Parses the ISA starting at {@code start} (where "ISA" is). Never throws for bad input. */
    static IsaHeader parse(String text, int start) {
        int length = text.length();
        if (length - start < 4) {
            return failed(InterchangeNoteCode.PREMATURE_END_OF_FILE, "ISA header truncated after " + (length - start) + " characters");
        }
        char separator = text.charAt(start + 3);
        if (!X12Delimiters.usableAsDelimiter(separator) || separator == '\n' || separator == '\r') {
            return failed(InterchangeNoteCode.INVALID_ELEMENT_SEPARATOR,
                    "ISA data element separator '" + X12Text.printable(String.valueOf(separator), 8) + "' is not usable");
        }
        int[] positions = new int[16];
        int found = 0;
        int limit = Math.min(length, start + MAX_ISA_SCAN);
        for (int i = start + 3; i < limit && found < 16; i++) {
            char c = text.charAt(i);
            if (c == separator) {
                positions[found++] = i;
            } else if ((c == '\n' || c == '\r') && found < 16) {
                break;
            }
        }
        if (found < 16) {
            boolean atEnd = limit == length && text.indexOf('\n', start) < 0;
            return failed(atEnd ? InterchangeNoteCode.PREMATURE_END_OF_FILE : InterchangeNoteCode.INVALID_CONTENT,
                    "ISA has " + found + " of 16 data elements");
        }
        int componentIndex = positions[15] + 1;
        if (componentIndex + 1 >= length) {
            return failed(InterchangeNoteCode.PREMATURE_END_OF_FILE, "file ends inside the ISA segment");
        }
        char component = text.charAt(componentIndex);
        char terminator = text.charAt(componentIndex + 1);
        if (!X12Delimiters.usableAsDelimiter(component) || component == separator || component == '\n' || component == '\r') {
            return failed(InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR,
                    "ISA16 component separator '" + X12Text.printable(String.valueOf(component), 8) + "' is not usable");
        }
        if (!X12Delimiters.usableAsDelimiter(terminator) || terminator == separator || terminator == component) {
            return failed(InterchangeNoteCode.INVALID_SEGMENT_TERMINATOR,
                    "segment terminator '" + X12Text.printable(String.valueOf(terminator), 8) + "' after ISA16 is not usable");
        }
        if ((terminator == '\r' || terminator == '\n') && nextLineEndsWith(text, componentIndex + 1, component)) {
            return failed(InterchangeNoteCode.INVALID_COMPONENT_SEPARATOR, "ISA16 is missing: '"
                    + X12Text.printable(String.valueOf(component), 8) + "' after ISA15 terminates the segments that follow");
        }
        String[] elements = new String[16];
        for (int e = 0; e < 15; e++) {
            elements[e] = text.substring(positions[e] + 1, positions[e + 1]);
        }
        elements[15] = String.valueOf(component);
        boolean newline = terminator == '\r' || terminator == '\n';
        char segment = newline ? '\n' : terminator;
        Character repetition = null;
        String isa11 = elements[10];
        if (versionNumber(elements[11]) >= 402 && isa11.length() == 1) {
            char r = isa11.charAt(0);
            if (X12Delimiters.usableAsDelimiter(r) && r != separator && r != component && r != segment && r != '\n' && r != '\r') {
                repetition = r;
            }
        }
        X12Delimiters delimiters = new X12Delimiters(separator, component, repetition, segment);
        int end = componentIndex + 2;
        if (terminator == '\r' && end < length && text.charAt(end) == '\n') {
            end++;
        }
        return new IsaHeader(elements, delimiters, end, check(elements, repetition), null);
    }

    /** @return whether the first non-blank line after {@code from} ends with {@code c} (ignoring trailing blanks) */
    private static boolean nextLineEndsWith(String text, int from, char c) {
        int start = X12Text.skipWhitespace(text, from);
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String line = text.substring(start, end).stripTrailing();
        return !line.isEmpty() && line.charAt(line.length() - 1) == c;
    }

    private static List<Problem> check(String[] e, Character repetition) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            if (e[i].length() != WIDTHS[i]) {
                problems.add(new Problem(WIDTH_CODES[i], i + 1, String.format("ISA%02d has %d characters, expected %d: '%s'",
                        i + 1, e[i].length(), WIDTHS[i], X12Text.printable(e[i], 40))));
            }
        }
        requireCode(problems, e, 1, "00 01 02 03 04 05 06");
        requireQualifier(problems, e, 5);
        requireQualifier(problems, e, 7);
        requireCode(problems, e, 3, "00 01");
        requireCode(problems, e, 14, "0 1");
        requireCode(problems, e, 15, "P T I");
        requireDigits(problems, e, 9);
        requireDigits(problems, e, 10);
        requireDigits(problems, e, 12);
        requireDigits(problems, e, 13);
        if (e[5].isBlank()) {
            problems.add(new Problem(WIDTH_CODES[5], 6, "ISA06 sender ID is blank"));
        }
        if (e[7].isBlank()) {
            problems.add(new Problem(WIDTH_CODES[7], 8, "ISA08 receiver ID is blank"));
        }
        if (e[8].length() == 6 && e[8].chars().allMatch(Character::isDigit)) {
            int month = Integer.parseInt(e[8].substring(2, 4));
            int day = Integer.parseInt(e[8].substring(4, 6));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                problems.add(new Problem(InterchangeNoteCode.INVALID_DATE, 9, "ISA09 is not a date: " + e[8]));
            }
        }
        if (e[9].length() == 4 && e[9].chars().allMatch(Character::isDigit)
                && (Integer.parseInt(e[9].substring(0, 2)) > 23 || Integer.parseInt(e[9].substring(2, 4)) > 59)) {
            problems.add(new Problem(InterchangeNoteCode.INVALID_TIME, 10, "ISA10 is not a time: " + e[9]));
        }
        int version = versionNumber(e[11]);
        if (version < 0) {
            problems.add(new Problem(InterchangeNoteCode.INVALID_VERSION, 12, "ISA12 is not a version: " + X12Text.printable(e[11], 10)));
        } else if (version < 200 || version > 799) {
            problems.add(new Problem(InterchangeNoteCode.VERSION_NOT_SUPPORTED, 12, "ISA12 version " + e[11] + " is not supported"));
        } else if (version < 402 && !"U".equals(e[10])) {
            problems.add(new Problem(InterchangeNoteCode.INVALID_STANDARDS_IDENTIFIER, 11, "ISA11 must be U in version " + e[11]));
        } else if (version >= 402 && repetition == null) {
            problems.add(new Problem(InterchangeNoteCode.INVALID_CONTENT, 11,
                    "ISA11 repetition separator '" + X12Text.printable(e[10], 10) + "' is not usable"));
        }
        return problems;
    }

    private static void requireCode(List<Problem> problems, String[] e, int position, String codes) {
        String value = e[position - 1];
        if (value.length() == WIDTHS[position - 1] && !(" " + codes + " ").contains(" " + value + " ")) {
            problems.add(new Problem(WIDTH_CODES[position - 1], position,
                    String.format("ISA%02d value '%s' is not one of %s", position, X12Text.printable(value, 20), codes)));
        }
    }

    private static void requireQualifier(List<Problem> problems, String[] e, int position) {
        String value = e[position - 1];
        if (value.length() == 2 && !value.matches(ID_QUALIFIERS)) {
            problems.add(new Problem(WIDTH_CODES[position - 1], position,
                    String.format("ISA%02d '%s' is not an interchange ID qualifier", position, X12Text.printable(value, 10))));
        }
    }

    private static void requireDigits(List<Problem> problems, String[] e, int position) {
        String value = e[position - 1];
        if (value.length() == WIDTHS[position - 1] && !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(new Problem(WIDTH_CODES[position - 1], position,
                    String.format("ISA%02d must be numeric: '%s'", position, X12Text.printable(value, 20))));
        }
    }

    /** @return the numeric value of an ISA12 version like "00401", or -1 */
    static int versionNumber(String version) {
        if (version == null || version.isEmpty() || version.length() > 5 || !version.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(version);
    }

    boolean parsed() {
        return failure == null;
    }

    Problem failure() {
        return failure;
    }

    X12Delimiters delimiters() {
        return delimiters;
    }

    /** @return index just after the ISA segment terminator */
    int end() {
        return end;
    }

    List<Problem> problems() {
        return problems;
    }

    /** @return ISA{@code position} as received */
    String element(int position) {
        return elements[position - 1];
    }

    /** @return a 106-character ISA with every field fitted to its width, terminated by the segment terminator */
    String canonical() {
        return canonical(elements[11]);
    }

    /** @return the canonical ISA with another ISA12 (for the stream reader, when a partner's ISA12 is allowed to be wrong) */
    String canonical(String controlVersion) {
        StringBuilder b = new StringBuilder(108).append("ISA");
        char separator = delimiters.element();
        for (int i = 0; i < 15; i++) {
            String value = i == 11 ? controlVersion : elements[i];
            b.append(separator).append(fit(value, WIDTHS[i], NUMERIC[i] && value.chars().allMatch(Character::isDigit)));
        }
        return b.append(separator).append(delimiters.component()).append(delimiters.segment()).toString();
    }

    private static String fit(String value, int width, boolean numeric) {
        if (value.length() == width) {
            return value;
        }
        if (value.length() > width) {
            return numeric ? value.substring(value.length() - width) : value.substring(0, width);
        }
        String pad = (numeric ? "0" : " ").repeat(width - value.length());
        return numeric ? pad + value : value + pad;
    }
}
