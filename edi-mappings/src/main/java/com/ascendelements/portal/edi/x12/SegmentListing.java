package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A received or written file as people read it: every segment with its elements, whatever the delimiters and line
 * layout, numbered as X12 error locations count them (the ISA is segment 1 of its interchange). For the EDI monitor;
 * it never fails on a broken file, it lists what it can read.
 */
public final class SegmentListing {

    /** One segment: its position in its interchange, its tag and its elements (ISA01 is element 1). */
    public record Segment(int interchange, int position, String tag, List<String> elements) {

        /** "ISA*00*..." back in readable form, with the element separator given. */
        public String text(char separator) {
            return tag + (elements.isEmpty() ? "" : separator + String.join(String.valueOf(separator), elements));
        }
    }

    /** The segments read, and whether the listing stopped at its limit. */
    public record Listing(List<Segment> segments, boolean truncated) {
    }

    private SegmentListing() {
    }

    /** At most {@code max} segments of the file. */
    public static Listing of(byte[] file, int max) {
        List<Segment> segments = new ArrayList<>();
        InterchangeSplitter.Interchanges split = InterchangeSplitter.stream(file);
        for (InterchangeSplitter.RawInterchange interchange = split.next(); interchange != null; interchange = split.next()) {
            String separator = Pattern.quote(String.valueOf(interchange.header().delimiters().element()));
            String isa = interchange.header().canonical();
            int position = 0;
            for (String text = isa.substring(0, isa.length() - 1); text != null; text = interchange.nextSegment()) {
                if (segments.size() >= max) {
                    return new Listing(segments, true);
                }
                String[] parts = text.split(separator, -1);
                segments.add(new Segment(interchange.index() + 1, ++position, parts[0],
                        List.of(parts).subList(1, parts.length)));
            }
        }
        return new Listing(segments, false);
    }
}
