package com.ascendelements.portal.edi.x12;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of one segment as StAEDI's events hand them over, kept by position: its tag and elements, read trimmed
 * and blank as {@code null}. A composite element is one value with its component separators, as the DFDL schema reads
 * it (MEA04 {@code KG:1:1}). Shared by the StAEDI document readers ({@code SegmentMapping}) and the Smooks event
 * reader ({@code edi.smooks.X12EventReader}); one segment at a time, reused.
 */
public class SegmentElements {
    private final List<String> elements = new ArrayList<>();
    private final char componentSeparator;
    private String tag;

    /** Segments of an interchange whose component separator (ISA16) is this one. */
    public SegmentElements(char componentSeparator) {
        this.componentSeparator = componentSeparator;
    }

    /** A new segment begins (START_SEGMENT). */
    public void start(String segmentTag) {
        tag = segmentTag;
        elements.clear();
    }

    /** An element or component of the current segment (ELEMENT_DATA, 1-based positions); a repetition replaces it. */
    public void element(int position, int component, String text) {
        while (elements.size() < position) {
            elements.add(null);
        }
        if (component > 1) {
            String before = elements.get(position - 1);
            text = (before == null ? "" : before) + String.valueOf(componentSeparator).repeat(component - countComponents(before)) + text;
        }
        elements.set(position - 1, text);
    }

    private int countComponents(String value) {
        if (value == null) {
            return 1;
        }
        int count = 1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == componentSeparator) {
                count++;
            }
        }
        return count;
    }

    /** @return the segment's tag */
    public String tag() {
        return tag;
    }

    /** @return the component separator of the segment's interchange */
    public char componentSeparator() {
        return componentSeparator;
    }

    /** @return the number of elements the segment carries (the last position present) */
    public int size() {
        return elements.size();
    }

    /** @return element {@code position} (1-based), trimmed, or {@code null} when absent or blank */
    public String e(int position) {
        String value = position >= 1 && position <= elements.size() ? elements.get(position - 1) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
