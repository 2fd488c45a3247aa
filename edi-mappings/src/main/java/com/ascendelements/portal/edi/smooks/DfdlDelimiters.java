package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.x12.X12Delimiters;

/**
 * The delimiters of an interchange as the Smooks EDI cartridge takes them: DFDL string literals, each character
 * written as a numeric character entity so that any character (including {@code %}, space or a control character)
 * is safe.
 */
final class DfdlDelimiters {

    private DfdlDelimiters() {
    }

    /**
     * Segment terminator for parsing: the terminator followed by any white space (CRLF, LF, blanks), so
     * newline-separated and single-line files read the same.
     */
    static String segmentTerminatorForReading(X12Delimiters d) {
        return d.newlineTerminated() ? "%NL;%WSP*;" : entity(d.segment()) + "%WSP*;";
    }

    /**
     * Segment terminator for writing: the partner's terminator, then a line break (LF) if {@code lineBreakAfterSegment}
     * (a partner whose terminator is a line break gets exactly that character, nothing more).
     */
    static String segmentTerminatorForWriting(X12Delimiters d, boolean lineBreakAfterSegment) {
        if (d.newlineTerminated()) {
            return entity(d.segment());
        }
        return lineBreakAfterSegment ? entity(d.segment()) + "%NL;" : entity(d.segment());
    }

    static String elementSeparator(X12Delimiters d) {
        return entity(d.element());
    }

    static String componentSeparator(X12Delimiters d) {
        return entity(d.component());
    }

    /** Repetition separator as a DFDL literal (a control character when the interchange has none). */
    static String repetitionSeparator(X12Delimiters d) {
        return entity(d.repetition() == null ? '\u001E' : d.repetition());
    }

    /** A stable text form for cache keys, e.g. {@code *|^|>|~}. */
    static String key(X12Delimiters d) {
        return String.valueOf(d.element()) + '|' + (d.repetition() == null ? "" : d.repetition()) + '|' + d.component()
                + '|' + d.segment();
    }

    static String entity(char c) {
        return "%#x" + Integer.toHexString(c).toUpperCase() + ';';
    }
}
