package com.ascendelements.portal.edi.x12;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a received file into interchanges, each with its own delimiters, and normalizes the layout partners use:
 * a leading BOM, whitespace and line breaks after segment terminators, indentation, hard-wrapped lines (when the
 * terminator is not a line break, line breaks are not data), blank lines. Content outside interchanges becomes a
 * file issue.
 *
 * <p>The file is streamed: {@link Interchanges#next()} reads up to the next ISA, and the interchange hands over its
 * segments one at a time ({@link RawInterchange#nextSegment()}, or as the byte stream a StAEDI reader takes with
 * {@link RawInterchange#normalizedStream()}). Memory is bounded by the longest segment, not by the file.
 */
final class InterchangeSplitter {

    /** Characters of the file looked at to read an ISA (its fields may be too long, and the next line is checked). */
    private static final int ISA_WINDOW = 8192;
    /** Bytes read at a time (the character buffer starts the same size and grows for longer look-ahead). */
    private static final int MAX_BUFFER = 1 << 16;
    private static final int MIN_BUFFER = 64;

    private InterchangeSplitter() {
    }

    /** @return the interchanges of {@code file} ({@code null} reads as empty), one after the other */
    static Interchanges stream(byte[] file) {
        byte[] bytes = file == null ? new byte[0] : file;
        // a small file (most are ~1 KB) gets buffers its size, not the 64 K a stream of unknown length gets
        return new Interchanges(new Cursor(new ByteArrayInputStream(bytes), Math.max(MIN_BUFFER, Math.min(bytes.length + 16, MAX_BUFFER))));
    }

    /** @return the interchanges of {@code in} (bytes are ISO-8859-1 characters, a UTF-8 BOM is dropped) */
    static Interchanges stream(InputStream in) {
        return new Interchanges(new Cursor(in, MAX_BUFFER));
    }

    /** The interchanges of a file, read one after the other, and the problems found outside them. */
    static final class Interchanges {
        private final Cursor cursor;
        private final List<X12Issue> fileIssues = new ArrayList<>();
        private RawInterchange current;
        private int count;
        private boolean started;
        private boolean done;

        private Interchanges(Cursor cursor) {
            this.cursor = cursor;
        }

        /** Problems outside any readable interchange, so far. */
        List<X12Issue> fileIssues() {
            return fileIssues;
        }

        /**
         * @return the next interchange (what is left of the previous one is skipped first), or {@code null} at the end
         *         of the file
         */
        RawInterchange next() {
            if (current != null) {
                current.drain();
                current = null;
            }
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                cursor.skipBlanks();
                if (cursor.peek(0) < 0) {
                    fileIssues.add(fileIssue(InterchangeNoteCode.PREMATURE_END_OF_FILE, 0,
                            cursor.consumed == 0 ? "file is empty" : "file holds only whitespace"));
                    done = true;
                    return null;
                }
            }
            while (true) {
                cursor.skipBlanks();
                if (cursor.peek(0) < 0) {
                    done = true;
                    return null;
                }
                long position = cursor.consumed;
                if (!cursor.startsWith("ISA")) {
                    StringBuilder skipped = new StringBuilder();
                    boolean found = cursor.skipToIsa(skipped);
                    if (!found) {
                        fileIssues.add(fileIssue(InterchangeNoteCode.INVALID_CONTENT, count,
                                (count == 0 ? "no ISA interchange header found" : "data after the last interchange")
                                        + " at offset " + position + ": '" + X12Text.printable(skipped.toString(), 40) + "'"));
                        done = true;
                        return null;
                    }
                    fileIssues.add(fileIssue(InterchangeNoteCode.INVALID_CONTENT, count,
                            "data outside an interchange at offset " + position + ": '"
                                    + X12Text.printable(skipped.toString(), 40) + "'"));
                }
                long isa = cursor.consumed;
                String window = cursor.window(ISA_WINDOW);
                IsaHeader header = IsaHeader.parse(window, 0);
                if (!header.parsed() && isHardWrapped(window)) {
                    cursor.dropLineBreaks();
                    window = cursor.window(ISA_WINDOW);
                    header = IsaHeader.parse(window, 0);
                }
                if (!header.parsed()) {
                    fileIssues.add(fileIssue(header.failure().code(), count,
                            "unreadable ISA at offset " + isa + ": " + header.failure().detail()));
                    cursor.skip(3);
                    if (!cursor.skipToIsa(null)) {
                        done = true;
                        return null;
                    }
                    continue;
                }
                cursor.skip(header.end());
                current = new RawInterchange(count++, isa, header, cursor);
                current.wrapped = cursor.dropLineBreaks;
                return current;
            }
        }
    }

    /**
     * One interchange of the file: its parsed ISA, then its segments after the ISA (terminators removed) as they are
     * read. {@link #trailerFound()}, {@link #truncatedSegment()} are known once the segments are all read.
     */
    static final class RawInterchange {

        /** Placeholder tag given to segments whose tag the stream reader cannot read (kept so that counts stay right). */
        static final String PLACEHOLDER_TAG = "ZZZ";

        private final int index;
        private final long offset;
        private final IsaHeader header;
        private final Cursor cursor;
        private final boolean newline;
        private final char terminator;
        private final char separator;
        private final Map<Integer, String> malformedTags = new HashMap<>();
        private int emitted;
        private boolean finished;
        private boolean trailerFound;
        private String truncatedSegment;
        private boolean wrapped;
        private String readerControlVersion;

        private RawInterchange(int index, long offset, IsaHeader header, Cursor cursor) {
            this.index = index;
            this.offset = offset;
            this.header = header;
            this.cursor = cursor;
            this.newline = header.delimiters().newlineTerminated();
            this.terminator = header.delimiters().segment();
            this.separator = header.delimiters().element();
        }

        int index() {
            return index;
        }

        IsaHeader header() {
            return header;
        }

        /** @return character offset of its ISA in the file (after a byte order mark) */
        long offset() {
            return offset;
        }

        /** @return whether the IEA was read (meaningful once every segment has been read) */
        boolean trailerFound() {
            return trailerFound;
        }

        /**
         * @return whether line breaks were found inside the ISA or inside a segment whose terminator is not a line break
         *         (a file hard-wrapped at a fixed width): they were removed (meaningful once every segment has been read)
         */
        boolean wrapped() {
            return wrapped;
        }

        /** @return the segment the file ends in, without terminator, or {@code null} */
        String truncatedSegment() {
            return truncatedSegment;
        }

        /** @return original tag by segment position in the interchange (ISA = 1) of the segments read so far */
        Map<Integer, String> malformedTags() {
            return malformedTags;
        }

        /**
         * @return the next segment after the ISA up to and including IEA (up to the next ISA or the end of the file when
         *         the IEA is missing), without its terminator; {@code null} after the last one
         */
        String nextSegment() {
            while (!finished) {
                StringBuilder rawText = new StringBuilder(64);
                boolean terminated = cursor.readSegment(rawText, newline, terminator);
                String raw = rawText.toString();
                String after = terminated ? String.valueOf(cursor.lastTerminator) : "";
                int nextIsa = newline ? -1 : isaOnNewLine(raw);
                if (nextIsa >= 0) {
                    cursor.unread(raw.substring(nextIsa) + after);
                    finished = true;
                    String segment = clean(raw.substring(0, nextIsa), newline);
                    return segment.isEmpty() ? null : emit(segment);
                }
                String segment = clean(raw, newline);
                if (!newline && !wrapped && hasInnerLineBreak(raw)) {
                    wrapped = true;
                }
                if (X12Text.isaAt(segment + " ", 0) && segment.length() > 3 && !Character.isLetterOrDigit(segment.charAt(3))) {
                    cursor.unread(raw + after);
                    finished = true;
                    return null;
                }
                boolean trailer = segment.equals("IEA") || (segment.startsWith("IEA") && segment.charAt(3) == separator);
                if (!terminated && !trailer && !segment.isEmpty()) {
                    truncatedSegment = segment; // the file ends inside this segment
                    finished = true;
                    return null;
                }
                if (trailer) {
                    trailerFound = true;
                    finished = true;
                } else if (!terminated) {
                    finished = true;
                }
                if (!segment.isEmpty()) {
                    return emit(segment);
                }
            }
            return null;
        }

        /** Reads the remaining segments of the interchange. */
        void drain() {
            while (nextSegment() != null) {
                // skipped
            }
        }

        /** Has the stream reader read the interchange as if its ISA12 were {@code controlVersion}. */
        void readAsControlVersion(String controlVersion) {
            this.readerControlVersion = controlVersion;
        }

        /** @return the interchange as the stream reader gets it: canonical ISA, then each segment terminated */
        InputStream normalizedStream() {
            String isa = readerControlVersion == null ? header.canonical() : header.canonical(readerControlVersion);
            return new InputStream() {
                private byte[] chunk = isa.getBytes(StandardCharsets.ISO_8859_1);
                private int at;

                @Override
                public int read() {
                    if (!fill()) {
                        return -1;
                    }
                    return chunk[at++] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (len == 0) {
                        return 0;
                    }
                    int n = 0;
                    while (n < len && fill()) {
                        int k = Math.min(len - n, chunk.length - at);
                        System.arraycopy(chunk, at, b, off + n, k);
                        at += k;
                        n += k;
                    }
                    return n == 0 ? -1 : n;
                }

                private boolean fill() {
                    while (at >= chunk.length) {
                        String segment = nextSegment();
                        if (segment == null) {
                            return false;
                        }
                        chunk = (segment + terminator).getBytes(StandardCharsets.ISO_8859_1);
                        at = 0;
                    }
                    return true;
                }
            };
        }

        /**
         * Replaces a tag that is not 2-3 letters/digits by a placeholder, so that the reader goes on and reports the
         * segment at its position.
         */
        private String emit(String segment) {
            int position = emitted++ + 2;
            int end = segment.indexOf(separator);
            String tag = end < 0 ? segment : segment.substring(0, end);
            if (isWellFormedTag(tag)) {
                return segment;
            }
            malformedTags.put(position, tag);
            return PLACEHOLDER_TAG + (end < 0 ? "" : segment.substring(end));
        }
    }

    /** Reads the file's characters (ISO-8859-1 bytes) with look-ahead and push-back. */
    private static final class Cursor {
        private final InputStream in;
        private final byte[] bytes;
        private char[] buffer;
        private int position;
        private int limit;
        private boolean eof;
        private boolean bomChecked;
        private boolean dropLineBreaks;
        /** Characters consumed after the byte order mark (offsets in messages). */
        long consumed;
        /** The terminator {@link #readSegment} stopped at. */
        char lastTerminator;

        Cursor(InputStream in, int bufferSize) {
            this.bytes = new byte[bufferSize];
            this.buffer = new char[bufferSize];
            this.in = in;
        }

        int peek(int ahead) {
            return ensure(ahead + 1) ? buffer[position + ahead] : -1;
        }

        boolean startsWith(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (peek(i) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        String window(int length) {
            ensure(length);
            return new String(buffer, position, Math.min(length, limit - position));
        }

        void skip(int n) {
            ensure(n);
            int k = Math.min(n, limit - position);
            position += k;
            consumed += k;
        }

        void skipBlanks() {
            int c;
            while ((c = peek(0)) >= 0 && X12Text.isBlank((char) c)) {
                skip(1);
            }
        }

        /**
         * Skips to the next ISA header: "ISA" followed by a character that is not a letter or digit, or by the end of
         * the file. The first skipped characters go to {@code skipped}.
         *
         * @return whether an ISA was found (the cursor is on it) or the end of the file reached
         */
        boolean skipToIsa(StringBuilder skipped) {
            int c;
            while ((c = peek(0)) >= 0) {
                if (c == 'I' && startsWith("ISA") && (peek(3) < 0 || !Character.isLetterOrDigit((char) peek(3)))) {
                    return true;
                }
                if (skipped != null && skipped.length() < 64) {
                    skipped.append((char) c);
                }
                skip(1);
            }
            return false;
        }

        /**
         * Reads up to the segment terminator (any line break when segments end at line breaks) into {@code segment}.
         *
         * @return whether a terminator was read (it is consumed), {@code false} at the end of the file
         */
        boolean readSegment(StringBuilder segment, boolean newline, char terminator) {
            while (ensure(1)) {
                int start = position;
                int i = position;
                boolean found = false;
                for (; i < limit; i++) {
                    char c = buffer[i];
                    if (newline ? c == '\n' || c == '\r' : c == terminator) {
                        found = true;
                        break;
                    }
                }
                segment.append(buffer, start, i - start);
                consumed += i - start;
                position = i;
                if (found) {
                    lastTerminator = buffer[position];
                    position++;
                    consumed++;
                    return true;
                }
            }
            return false;
        }

        /** Puts characters back in front of the cursor. */
        void unread(String s) {
            int n = s.length();
            if (position < n) {
                char[] grown = new char[Math.max(buffer.length, limit - position + n + 1024)];
                System.arraycopy(buffer, position, grown, n, limit - position);
                limit = limit - position + n;
                position = n;
                buffer = grown;
            }
            position -= n;
            s.getChars(0, n, buffer, position);
            consumed -= n;
        }

        /** From here on, line breaks are not data (a hard-wrapped file whose terminator is not a line break). */
        void dropLineBreaks() {
            dropLineBreaks = true;
            int w = position;
            for (int r = position; r < limit; r++) {
                if (buffer[r] != '\r' && buffer[r] != '\n') {
                    buffer[w++] = buffer[r];
                }
            }
            limit = w;
        }

        /** @return whether {@code n} characters are available after the cursor */
        private boolean ensure(int n) {
            while (limit - position < n && !eof) {
                fill();
            }
            return limit - position >= n;
        }

        private void fill() {
            if (position > 0 && (limit == buffer.length || position > buffer.length / 2)) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (limit == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read;
            try {
                read = in.read(bytes, 0, Math.min(bytes.length, buffer.length - limit));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (read < 0) {
                eof = true;
                return;
            }
            int from = 0;
            if (!bomChecked) {
                if (read < 3 && read >= 0 && limit == 0 && !eof) {
                    // too few bytes to tell: keep them and read on
                    int more = read;
                    while (more < 3) {
                        int r;
                        try {
                            r = in.read(bytes, more, 3 - more);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (r < 0) {
                            break;
                        }
                        more += r;
                    }
                    read = more;
                }
                bomChecked = true;
                if (read >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                    from = 3;
                }
            }
            for (int i = from; i < read; i++) {
                char c = (char) (bytes[i] & 0xFF);
                if (dropLineBreaks && (c == '\r' || c == '\n')) {
                    continue;
                }
                buffer[limit++] = c;
            }
        }
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
    private static boolean isHardWrapped(String window) {
        int end = Math.min(window.length(), IsaHeader.LENGTH);
        for (int i = 0; i < end; i++) {
            if (window.charAt(i) == '\n' || window.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** @return whether a line break follows data within {@code raw} (one after the terminator is layout, not a wrap) */
    private static boolean hasInnerLineBreak(String raw) {
        int i = 0;
        while (i < raw.length() && X12Text.isBlank(raw.charAt(i))) {
            i++;
        }
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
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
