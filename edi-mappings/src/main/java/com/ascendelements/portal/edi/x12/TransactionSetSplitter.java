package com.ascendelements.portal.edi.x12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a received file and hands over one transaction set (ST..SE) at a time with its envelope context (ISA, GS,
 * delimiters), so that memory is bounded by the largest transaction set, not by the file. Tolerates what the
 * validator's splitter tolerates in the body of an interchange (a UTF-8 byte order mark, line breaks and indentation
 * between segments, newline-terminated segments, several ISA per file and several GS per ISA); a broken envelope (an
 * unreadable ISA, a missing IEA) stops the stream with an {@link IllegalArgumentException} after the sets before it have
 * been handed over. Validation is the {@link InterchangeValidator}'s business.
 */
public final class TransactionSetSplitter {

    /** A segment longer than this is not X12 (the longest X12 segments are a few kilobytes). */
    static final int MAX_SEGMENT_LENGTH = 1 << 20;

    private TransactionSetSplitter() {
    }

    /**
     * One transaction set and its envelope.
     *
     * @param interchangeIndex 0-based position of its interchange in the file
     * @param delimiters       the delimiters its ISA declares
     * @param isa              the ISA, fitted to its fixed width, with its segment terminator
     * @param gs               the GS without terminator, or {@code null} when the set is outside a group
     * @param segments         ST .. SE without terminators
     */
    public record TransactionSet(int interchangeIndex, X12Delimiters delimiters, String isa, String gs, List<String> segments) {

        /** Copies the list. */
        public TransactionSet {
            segments = List.copyOf(segments);
        }

        /** @return ST01 */
        public String transactionSetCode() {
            return element(segments.get(0), 1);
        }

        /** @return ISA12, e.g. 00401 */
        public String isaVersion() {
            return element(isa, 12);
        }

        /**
         * @return an interchange holding only this set: the ISA, the GS, the set, a GE and an IEA that count one, each
         *         segment followed by the terminator
         */
        public String asInterchange() {
            char t = delimiters.segment();
            char e = delimiters.element();
            StringBuilder b = new StringBuilder(isa.length() + 64 + segments.size() * 40).append(isa);
            if (gs != null) {
                b.append(gs).append(t);
            }
            segments.forEach(s -> b.append(s).append(t));
            if (gs != null) {
                b.append("GE").append(e).append('1').append(e).append(element(gs, 6)).append(t);
            }
            return b.append("IEA").append(e).append('1').append(e).append(element(isa, 13)).append(t).toString();
        }

        private String element(String segment, int position) {
            int start = 0;
            for (int i = 0; i < position; i++) {
                start = segment.indexOf(delimiters.element(), start) + 1;
                if (start == 0) {
                    return null;
                }
            }
            int end = segment.indexOf(delimiters.element(), start);
            String value = segment.substring(start, end < 0 ? segment.length() : end);
            int terminator = value.indexOf(delimiters.segment());
            return terminator < 0 ? value : value.substring(0, terminator);
        }
    }

    /**
     * One interchange of a file, normalized: its ISA fitted to the fixed widths, then every segment followed by the
     * terminator, without line breaks or indentation.
     *
     * @param index      0-based position among the readable interchanges of the file
     * @param offset     character offset of its ISA in the file (after a byte order mark)
     * @param delimiters the delimiters its ISA declares
     * @param isaVersion ISA12, e.g. 00401
     * @param text       the interchange; without IEA when the file lacks it (a reader then reports the error)
     */
    public record Interchange(int index, long offset, X12Delimiters delimiters, String isaVersion, String text) {
    }

    /**
     * Reads {@code in} interchange by interchange, as the {@link InterchangeValidator} splits it (each ISA's own
     * delimiters; an interchange without IEA ends at the next ISA; content outside interchanges and unreadable ISAs
     * are skipped: the validator reports them). Memory is bounded by the largest interchange.
     *
     * @throws IllegalArgumentException when the file holds no readable interchange
     */
    public static void splitInterchanges(InputStream in, Consumer<Interchange> each) {
        InterchangeSplitter.Interchanges interchanges = InterchangeSplitter.stream(in);
        int count = 0;
        for (InterchangeSplitter.RawInterchange raw = interchanges.next(); raw != null; raw = interchanges.next()) {
            char terminator = raw.header().delimiters().segment();
            StringBuilder text = new StringBuilder(raw.header().canonical());
            for (String segment = raw.nextSegment(); segment != null; segment = raw.nextSegment()) {
                text.append(segment).append(terminator);
            }
            each.accept(new Interchange(raw.index(), raw.offset(), raw.header().delimiters(), raw.header().element(12),
                    text.toString()));
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("no readable ISA segment found: the file holds no X12 interchange"
                    + interchanges.fileIssues().stream().findFirst().map(i -> " (" + i.detail() + ")").orElse(""));
        }
    }

    /** Reads {@code in} to its end, handing each transaction set to {@code each} as soon as its SE is read. */
    public static void split(InputStream in, Consumer<TransactionSet> each) {
        try {
            new Reading(new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16), each).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Reading {
        private final BufferedReader in;
        private final Consumer<TransactionSet> each;
        private final StringBuilder segment = new StringBuilder(256);
        private int interchanges;
        /** Characters read after the byte order mark. */
        private long position;
        private long interchangeStart;

        Reading(BufferedReader in, Consumer<TransactionSet> each) {
            this.in = in;
            this.each = each;
        }

        void run() throws IOException {
            in.mark(3);
            char[] bom = new char[3];
            if (in.read(bom, 0, 3) != 3 || !"\u00EF\u00BB\u00BF".equals(new String(bom))) {
                in.reset();
            }
            while (skipBlanks()) {
                interchange();
                interchanges++;
            }
            if (interchanges == 0) {
                throw new IllegalArgumentException("no ISA segment found: the file holds no X12 interchange");
            }
        }

        /** @return whether there is more than white space left */
        private boolean skipBlanks() throws IOException {
            while (true) {
                in.mark(1);
                int c = in.read();
                if (c < 0) {
                    return false;
                }
                if (!X12Text.isBlank((char) c)) {
                    in.reset();
                    return true;
                }
                position++;
            }
        }

        private void interchange() throws IOException {
            interchangeStart = position;
            in.mark(512);
            char[] head = new char[512];
            int length = in.read(head, 0, head.length);
            while (length > 0 && length < head.length) {
                int more = in.read(head, length, head.length - length);
                if (more < 0) {
                    break;
                }
                length += more;
            }
            String text = new String(head, 0, Math.max(length, 0));
            if (!X12Text.isaAt(text, 0)) {
                throw new IllegalArgumentException(where() + ": expected an ISA segment, found '"
                        + X12Text.printable(text, 20) + "'");
            }
            IsaHeader header = IsaHeader.parse(text, 0);
            if (!header.parsed()) {
                throw new IllegalArgumentException(where() + ": unreadable ISA: " + header.failure().detail());
            }
            in.reset();
            position += in.skip(header.end());
            X12Delimiters delimiters = header.delimiters();
            String isa = header.canonical();
            String gs = null;
            List<String> set = null;
            String tag;
            while ((tag = nextSegment(delimiters)) != null) {
                switch (tag) {
                    case "GS" -> {
                        requireClosed(set);
                        gs = segment.toString();
                    }
                    case "GE" -> {
                        requireClosed(set);
                        gs = null;
                    }
                    case "ST" -> {
                        requireClosed(set);
                        set = new ArrayList<>(List.of(segment.toString()));
                    }
                    case "IEA" -> {
                        requireClosed(set);
                        return;
                    }
                    default -> {
                        if (set != null) {
                            set.add(segment.toString());
                            if ("SE".equals(tag)) {
                                each.accept(new TransactionSet(interchanges, delimiters, isa, gs, set));
                                set = null;
                            }
                        }
                    }
                }
            }
            throw new IllegalArgumentException(where() + " (ISA13 " + header.element(13) + ") has no IEA segment");
        }

        private void requireClosed(List<String> set) {
            if (set != null) {
                throw new IllegalArgumentException(where() + ": transaction set '" + X12Text.printable(set.get(0), 40)
                        + "' has no SE segment");
            }
        }

        private String where() {
            return "interchange " + interchanges + " at offset " + interchangeStart;
        }

        /** Reads the next non-empty segment into {@link #segment}; @return its tag, or {@code null} at the end of input */
        private String nextSegment(X12Delimiters delimiters) throws IOException {
            boolean newline = delimiters.newlineTerminated();
            char terminator = delimiters.segment();
            while (true) {
                segment.setLength(0);
                int c;
                while ((c = in.read()) >= 0) {
                    position++;
                    char ch = (char) c;
                    if (newline ? ch == '\n' || ch == '\r' : ch == terminator) {
                        break;
                    }
                    if (ch == '\r' || ch == '\n' || (segment.length() == 0 && X12Text.isBlank(ch))) {
                        continue;  // layout: hard wraps, indentation
                    }
                    if (segment.length() >= MAX_SEGMENT_LENGTH) {
                        throw new IllegalArgumentException(where() + ": a segment longer than "
                                + MAX_SEGMENT_LENGTH + " characters");
                    }
                    segment.append(ch);
                }
                if (segment.length() > 0) {
                    int end = segment.indexOf(String.valueOf(delimiters.element()));
                    return end < 0 ? segment.toString() : segment.substring(0, end);
                }
                if (c < 0) {
                    return null;
                }
            }
        }
    }
}
