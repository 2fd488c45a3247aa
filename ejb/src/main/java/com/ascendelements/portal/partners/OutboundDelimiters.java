package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.HashSet;
import java.util.Set;

/**
 * The delimiters we use when writing X12 for a partner. Inbound files declare their own in the ISA;
 * these only say what the partner's translator expects from us.
 */
@Embeddable
public class OutboundDelimiters {

    @Column(name = "element_separator", length = 1, nullable = false)
    private String elementSeparator;

    @Column(name = "component_separator", length = 1, nullable = false)
    private String componentSeparator;

    @Column(name = "repetition_separator", length = 1, nullable = false)
    private String repetitionSeparator;

    @Column(name = "segment_terminator", length = 1, nullable = false)
    private String segmentTerminator;

    /** Whether a line break follows every segment terminator (many partners like readable files). */
    @Column(name = "line_break_after_segment", nullable = false)
    private boolean lineBreakAfterSegment;

    protected OutboundDelimiters() {
        // JPA
    }

    public OutboundDelimiters(char element, char component, char repetition, char segment, boolean lineBreak) {
        Set<Character> distinct = new HashSet<>(Set.of(element, component, repetition, segment));
        if (distinct.size() != 4) {
            throw new IllegalArgumentException("X12 delimiters must be four different characters");
        }
        for (char c : new char[] {element, component, repetition, segment}) {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                throw new IllegalArgumentException("X12 delimiter may not be a letter, digit or space: '" + c + "'");
            }
        }
        this.elementSeparator = String.valueOf(element);
        this.componentSeparator = String.valueOf(component);
        this.repetitionSeparator = String.valueOf(repetition);
        this.segmentTerminator = String.valueOf(segment);
        this.lineBreakAfterSegment = lineBreak;
    }

    /** The common choice: {@code *}, {@code >}, {@code ^}, {@code ~} and a line break after each segment. */
    public static OutboundDelimiters standard() {
        return new OutboundDelimiters('*', '>', '^', '~', true);
    }

    public char element() {
        return elementSeparator.charAt(0);
    }

    public char component() {
        return componentSeparator.charAt(0);
    }

    public char repetition() {
        return repetitionSeparator.charAt(0);
    }

    public char segment() {
        return segmentTerminator.charAt(0);
    }

    public boolean lineBreakAfterSegment() {
        return lineBreakAfterSegment;
    }
}
