package com.ascendelements.portal.edi.x12;

import java.io.InputStream;
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

        /** @return ST02 */
        public String controlNumber() {
            return element(segments.get(0), 2);
        }

        /** @return GS06, or {@code null} outside a group */
        public String groupControlNumber() {
            return gs == null ? null : element(gs, 6);
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

    /**
     * Reads {@code in} to its end, handing each transaction set to {@code each} as soon as its SE is read. The file is
     * cut as the {@link InterchangeValidator} cuts it (the same {@link InterchangeSplitter}), so the two agree on every
     * layout, hard-wrapped lines included.
     *
     * A set cut off without its SE is handed over as it is (see {@link #cutOff}).
     *
     * @throws IllegalArgumentException at the first broken envelope (no ISA, content outside an interchange, an
     *                                  unreadable ISA, an interchange without IEA), after the sets before it have been
     *                                  handed over
     */
    public static void split(InputStream in, Consumer<TransactionSet> each) {
        split(in, each, false);
    }

    /**
     * {@link #split(InputStream, Consumer)}, or, {@code tolerant}, passing over what the validator has already reported
     * for the file (content between or after interchanges, an interchange without IEA) and handing over every set it
     * can read: the server translates the sets the validator accepted, whatever else the file holds.
     *
     * @throws IllegalArgumentException when the file holds no interchange at all, or (not tolerant) as above
     */
    public static void split(InputStream in, Consumer<TransactionSet> each, boolean tolerant) {
        InterchangeSplitter.Interchanges interchanges = InterchangeSplitter.stream(in);
        int count = 0;
        for (InterchangeSplitter.RawInterchange raw = interchanges.next(); ; raw = interchanges.next()) {
            if (!interchanges.fileIssues().isEmpty() && !tolerant) {
                X12Issue issue = interchanges.fileIssues().get(0);
                if (count == 0 && issue.code() == InterchangeNoteCode.PREMATURE_END_OF_FILE) {
                    throw new IllegalArgumentException("no ISA segment found: the file holds no X12 interchange (" + issue.detail() + ")");
                }
                throw new IllegalArgumentException("interchange " + count + ": expected an ISA segment: " + issue.detail());
            }
            if (raw == null) {
                break;
            }
            handOver(raw, each, tolerant);
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("no ISA segment found: the file holds no X12 interchange");
        }
    }

    private static void handOver(InterchangeSplitter.RawInterchange raw, Consumer<TransactionSet> each, boolean tolerant) {
        String where = "interchange " + raw.index() + " at offset " + raw.offset();
        X12Delimiters delimiters = raw.header().delimiters();
        String isa = raw.header().canonical();
        String gs = null;
        List<String> set = null;
        for (String segment = raw.nextSegment(); segment != null; segment = raw.nextSegment()) {
            if (segment.length() > MAX_SEGMENT_LENGTH) {
                throw new IllegalArgumentException(where + ": a segment longer than " + MAX_SEGMENT_LENGTH + " characters");
            }
            int end = segment.indexOf(delimiters.element());
            String tag = end < 0 ? segment : segment.substring(0, end);
            switch (tag) {
                case "GS" -> {
                    set = cutOff(set, each, raw.index(), delimiters, isa, gs);
                    gs = segment;
                }
                case "GE" -> {
                    set = cutOff(set, each, raw.index(), delimiters, isa, gs);
                    gs = null;
                }
                case "ST" -> {
                    cutOff(set, each, raw.index(), delimiters, isa, gs);
                    set = new ArrayList<>(List.of(segment));
                }
                case "IEA" -> set = cutOff(set, each, raw.index(), delimiters, isa, gs);
                default -> {
                    if (set != null) {
                        set.add(segment);
                        if ("SE".equals(tag)) {
                            each.accept(new TransactionSet(raw.index(), delimiters, isa, gs, set));
                            set = null;
                        }
                    }
                }
            }
        }
        cutOff(set, each, raw.index(), delimiters, isa, gs);
        if (!raw.trailerFound() && !tolerant) {
            throw new IllegalArgumentException(where + " (ISA13 " + raw.header().element(13) + ") has no IEA segment");
        }
    }

    /**
     * A set cut off by the next ST, GE or IEA (or the end of the file) without its SE is handed over as it is: the
     * translation refuses it with its name, the validator has already rejected it, and the sets around it are read.
     *
     * @return {@code null}: no set is open any more
     */
    private static List<String> cutOff(List<String> set, Consumer<TransactionSet> each, int index, X12Delimiters delimiters,
                                       String isa, String gs) {
        if (set != null) {
            each.accept(new TransactionSet(index, delimiters, isa, gs, set));
        }
        return null;
    }
}
