package com.ascendelements.portal.edi.smooks;

import java.util.Objects;

/**
 * The delimiters one X12 interchange declares in its ISA segment: element separator (the character after
 * "ISA"), repetition separator (ISA11 from 00501 on, otherwise none), component separator (ISA16) and the
 * segment terminator (the character after ISA16).
 *
 * <p>Smooks/DFDL take delimiters as DFDL string literals; {@link #dfdlSegmentTerminatorForReading()} and
 * friends render them as numeric character entities so that any character (including {@code %}, space or a
 * control character) is safe.</p>
 *
 * @param elementSeparator   ISA position 4 (offset 3)
 * @param repetitionSeparator ISA11 when the interchange is 00501 or later, otherwise {@code null}
 * @param componentSeparator ISA16
 * @param segmentTerminator  the character after ISA16
 * @param lineBreakAfterSegment when writing: put CRLF after each segment terminator (many partners want it)
 */
public record X12Delimiters(char elementSeparator, Character repetitionSeparator, char componentSeparator,
                            char segmentTerminator, boolean lineBreakAfterSegment) {

    /** The usual delimiters: {@code * ^ > ~}, one segment per line. */
    public static final X12Delimiters DEFAULT = new X12Delimiters('*', '^', '>', '~', true);

    /** Checks that the four delimiters are distinct and not letters or digits. */
    public X12Delimiters {
        char[] all = repetitionSeparator == null
                ? new char[] {elementSeparator, componentSeparator, segmentTerminator}
                : new char[] {elementSeparator, componentSeparator, segmentTerminator, repetitionSeparator};
        for (int i = 0; i < all.length; i++) {
            if (Character.isLetterOrDigit(all[i])) {
                throw new IllegalArgumentException("an X12 delimiter must not be a letter or digit: '" + all[i] + "'");
            }
            for (int j = i + 1; j < all.length; j++) {
                if (all[i] == all[j]) {
                    throw new IllegalArgumentException("X12 delimiters must be distinct: '" + all[i] + "' twice");
                }
            }
        }
    }

    /** The delimiters an ISA declares, as the StAEDI side reads them (no line break after segments). */
    public static X12Delimiters of(com.ascendelements.portal.edi.x12.X12Delimiters d) {
        return new X12Delimiters(d.element(), d.repetition(), d.component(), d.segment(), false);
    }

    /** The same delimiters with the given repetition separator (5010) or none (4010). */
    public X12Delimiters withRepetitionSeparator(Character separator) {
        return new X12Delimiters(elementSeparator, separator, componentSeparator, segmentTerminator,
                lineBreakAfterSegment);
    }

    /** Whether the segment terminator is itself a line break (newline-only files). */
    public boolean terminatorIsLineBreak() {
        return segmentTerminator == '\n' || segmentTerminator == '\r';
    }

    /**
     * Segment terminator for parsing: the terminator followed by any white space (CRLF, LF, blanks),
     * so newline-separated and single-line files read the same.
     */
    public String dfdlSegmentTerminatorForReading() {
        return terminatorIsLineBreak() ? "%NL;%WSP*;" : entity(segmentTerminator) + "%WSP*;";
    }

    /** Segment terminator for writing: the terminator, then CRLF if {@link #lineBreakAfterSegment()}. */
    public String dfdlSegmentTerminatorForWriting() {
        if (terminatorIsLineBreak()) {
            return "%NL;";
        }
        return lineBreakAfterSegment ? entity(segmentTerminator) + "%NL;" : entity(segmentTerminator);
    }

    /** Element separator as a DFDL literal. */
    public String dfdlElementSeparator() {
        return entity(elementSeparator);
    }

    /** Component separator as a DFDL literal. */
    public String dfdlComponentSeparator() {
        return entity(componentSeparator);
    }

    /** Repetition separator as a DFDL literal (a control character when the interchange has none). */
    public String dfdlRepetitionSeparator() {
        return entity(repetitionSeparator == null ? '\u001E' : repetitionSeparator);
    }

    /** A stable text form for cache keys and logs, e.g. {@code *|^|>|~|nl}. */
    public String key() {
        return Objects.toString(elementSeparator) + '|' + Objects.toString(repetitionSeparator, "") + '|'
                + componentSeparator + '|' + segmentTerminator + '|' + (lineBreakAfterSegment ? "nl" : "");
    }

    static String entity(char c) {
        return "%#x" + Integer.toHexString(c).toUpperCase() + ';';
    }
}
