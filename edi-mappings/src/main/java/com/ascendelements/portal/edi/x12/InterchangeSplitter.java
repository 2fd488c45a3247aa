package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a received file into interchanges, each with its own delimiters, and normalizes the layout partners use:
 * a leading BOM, whitespace and line breaks after segment terminators, indentation, hard-wrapped lines (when the
 * terminator is not a line break, line breaks are not data), blank lines. Content outside interchanges becomes a
 * file issue.
 */
final class InterchangeSplitter {

    /** One interchange cut from the file: its parsed ISA and its segments after the ISA (terminators removed). */
    record RawInterchange(int index, IsaHeader header, List<String> segments, boolean trailerFound, String truncatedSegment,
                          Map<Integer, String> malformedTags) {

        /** Placeholder tag given to segments whose tag the stream reader cannot read (kept so that counts stay right). */
        static final String PLACEHOLDER_TAG = "ZZZ";

        /** @return the interchange as the stream reader gets it: canonical ISA, then each segment terminated */
        String normalizedText() {
            char terminator = header.delimiters().segment();
            StringBuilder b = new StringBuilder(header.canonical());
            for (String segment : segments) {
                b.append(segment).append(terminator);
            }
            return b.toString();
        }
    }

    /** The interchanges of a file and the problems outside them. */
    record Split(List<RawInterchange> interchanges, List<X12Issue> fileIssues) {
    }

    private InterchangeSplitter() {
    }

    static Split split(byte[] file) {
        List<RawInterchange> interchanges = new ArrayList<>();
        List<X12Issue> fileIssues = new ArrayList<>();
        String text = file == null ? "" : X12Text.decode(file);
        int position = X12Text.skipWhitespace(text, 0);
        if (position >= text.length()) {
            fileIssues.add(fileIssue(InterchangeNoteCode.PREMATURE_END_OF_FILE, 0,
                    text.isEmpty() ? "file is empty" : "file holds only whitespace"));
            return new Split(interchanges, fileIssues);
        }
        while (position < text.length()) {
            int isa = text.startsWith("ISA", position) ? position : X12Text.nextIsa(text, position);
            if (isa < 0) {
                fileIssues.add(fileIssue(InterchangeNoteCode.INVALID_CONTENT, interchanges.size(),
                        (interchanges.isEmpty() ? "no ISA interchange header found" : "data after the last interchange")
                                + " at offset " + position + ": '" + X12Text.printable(text.substring(position), 40) + "'"));
                break;
            }
            if (isa > position) {
                fileIssues.add(fileIssue(InterchangeNoteCode.INVALID_CONTENT, interchanges.size(),
                        "data outside an interchange at offset " + position + ": '"
                                + X12Text.printable(text.substring(position, isa), 40) + "'"));
            }
            IsaHeader header = IsaHeader.parse(text, isa);
            if (!header.parsed() && isHardWrapped(text, isa)) {
                text = text.substring(0, isa) + text.substring(isa).replace("\r", "").replace("\n", "");
                header = IsaHeader.parse(text, isa);
            }
            if (!header.parsed()) {
                fileIssues.add(fileIssue(header.failure().code(), interchanges.size(),
                        "unreadable ISA at offset " + isa + ": " + header.failure().detail()));
                int next = X12Text.nextIsa(text, isa + 3);
                if (next < 0) {
                    break;
                }
                position = next;
                continue;
            }
            position = readInterchange(text, header, interchanges);
            position = X12Text.skipWhitespace(text, position);
        }
        return new Split(interchanges, fileIssues);
    }

    /** Reads the segments after the ISA up to and including IEA, or up to the next ISA / end of file. */
    private static int readInterchange(String text, IsaHeader header, List<RawInterchange> interchanges) {
        X12Delimiters delimiters = header.delimiters();
        boolean newline = delimiters.newlineTerminated();
        char terminator = delimiters.segment();
        List<String> segments = new ArrayList<>();
        int position = header.end();
        boolean trailerFound = false;
        String truncatedSegment = null;
        while (position < text.length()) {
            int end = newline ? nextLineBreak(text, position) : text.indexOf(terminator, position);
            int segmentEnd = end < 0 ? text.length() : end;
            String raw = text.substring(position, segmentEnd);
            int nextIsa = newline ? -1 : isaOnNewLine(raw);
            if (nextIsa >= 0) {
                addSegment(segments, raw.substring(0, nextIsa), newline);
                position += nextIsa;
                break;
            }
            String segment = clean(raw, newline);
            if (X12Text.isaAt(segment + " ", 0) && segment.length() > 3 && !Character.isLetterOrDigit(segment.charAt(3))) {
                break;
            }
            position = end < 0 ? text.length() : end + 1;
            boolean trailer = segment.equals("IEA") || (segment.startsWith("IEA") && segment.charAt(3) == delimiters.element());
            if (end < 0 && !trailer && !segment.isEmpty()) {
                truncatedSegment = segment; // the file ends inside this segment
                break;
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
            if (trailer) {
                trailerFound = true;
                break;
            }
        }
        Map<Integer, String> malformedTags = replaceMalformedTags(segments, delimiters.element());
        interchanges.add(new RawInterchange(interchanges.size(), header, segments, trailerFound, truncatedSegment, malformedTags));
        if (!trailerFound && position < text.length()) {
            position = startOfSegment(text, position);
        }
        return position;
    }

    /**
     * Replaces tags that are not 2-3 letters/digits by a placeholder, so that the reader goes on and reports the
     * segment at its position.
     *
     * @return original tag by segment position in the interchange (ISA = 1)
     */
    private static Map<Integer, String> replaceMalformedTags(List<String> segments, char separator) {
        Map<Integer, String> malformed = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            int end = segment.indexOf(separator);
            String tag = end < 0 ? segment : segment.substring(0, end);
            if (!isWellFormedTag(tag)) {
                malformed.put(i + 2, tag);
                segments.set(i, RawInterchange.PLACEHOLDER_TAG + (end < 0 ? "" : segment.substring(end)));
            }
        }
        return malformed;
    }

    private static boolean isWellFormedTag(String tag) {
        if (tag.length() < 2 || tag.length() > 3) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a line break cuts the ISA before its 16 elements: the file was wrapped at a fixed width */
    private static boolean isHardWrapped(String text, int isa) {
        int end = Math.min(text.length(), isa + IsaHeader.LENGTH);
        for (int i = isa; i < end; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static int startOfSegment(String text, int position) {
        return X12Text.skipWhitespace(text, position);
    }

    private static void addSegment(List<String> segments, String raw, boolean newline) {
        String segment = clean(raw, newline);
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
    }

    private static int nextLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** @return index of an ISA that starts a line inside {@code raw} (a new interchange after a missing IEA), or -1 */
    private static int isaOnNewLine(String raw) {
        for (int i = raw.indexOf("ISA"); i > 0; i = raw.indexOf("ISA", i + 1)) {
            char before = raw.charAt(i - 1);
            if ((before == '\n' || before == '\r') && X12Text.isaAt(raw, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Removes layout: line breaks (hard wraps) when the terminator is not a line break, and leading indentation. */
    private static String clean(String raw, boolean newline) {
        String segment = newline ? raw : raw.replace("\r", "").replace("\n", "");
        int start = 0;
        while (start < segment.length() && (segment.charAt(start) == ' ' || segment.charAt(start) == '\t'
                || segment.charAt(start) == '\f' || segment.charAt(start) == 0)) {
            start++;
        }
        String cleaned = segment.substring(start);
        return cleaned.isBlank() ? "" : cleaned;
    }

    private static X12Issue fileIssue(InterchangeNoteCode code, int interchangeIndex, String detail) {
        return new X12Issue(IssueLevel.FILE, code, X12ErrorLocation.ofInterchange(interchangeIndex, -1, null, -1), detail, null, false);
    }
}
