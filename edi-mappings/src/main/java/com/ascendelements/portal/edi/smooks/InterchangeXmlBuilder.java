package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.Reference;
import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;

/**
 * Writes the XML infoset the X12 DFDL schema describes (Interchange / FunctionalGroup / TransactionSet /
 * segments named TAGnn), which the Smooks EDI unparser turns into X12 text. Counts the segments of the
 * current transaction set for SE01.
 *
 * <p>Element values: {@code null} means "not sent"; trailing unsent elements are left out, inner ones are
 * written empty so positions stay right.</p>
 */
final class InterchangeXmlBuilder {

    private static final XMLOutputFactory OUTPUT_FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private final String delimiterCharacters;
    private int transactionSetSegments;

    /**
     * @param delimiters the interchange's delimiters: X12 has no escape character, so a value containing one
     *                   of them cannot be written and is refused (ISA16 itself excepted)
     */
    InterchangeXmlBuilder(X12Delimiters delimiters) {
        this.delimiterCharacters = "" + delimiters.element() + delimiters.component() + delimiters.segment()
                + (delimiters.repetition() == null ? "" : delimiters.repetition());
        try {
            xml = OUTPUT_FACTORY.createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    InterchangeXmlBuilder start(String element) {
        try {
            xml.writeStartElement(element);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    InterchangeXmlBuilder end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Starts counting segments for a new transaction set (ST). */
    void startTransactionSet() {
        transactionSetSegments = 0;
    }

    /** Segments written since {@link #startTransactionSet()}, SE included if called after writing it. */
    int transactionSetSegments() {
        return transactionSetSegments;
    }

    /** Writes one segment; values are the elements TAG01, TAG02, ... in order. */
    InterchangeXmlBuilder segment(String tag, Object... values) {
        int last = values.length - 1;
        while (last >= 0 && isEmpty(values[last])) {
            last--;
        }
        try {
            xml.writeStartElement(tag);
            for (int i = 0; i <= last; i++) {
                String value = render(values[i]);
                boolean separatorElement = tag.equals("ISA") && (i == 10 || i == 15);
                if (!separatorElement) {
                    refuseDelimiters(tag, i + 1, value);
                }
                xml.writeStartElement(String.format("%s%02d", tag, i + 1));
                xml.writeCharacters(value);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        transactionSetSegments++;
        return this;
    }

    /** Writes a segment inside a wrapper element (the repeating "any order" areas of the schema). */
    InterchangeXmlBuilder wrapped(String wrapper, String tag, Object... values) {
        start(wrapper);
        segment(tag, values);
        return end();
    }

    /** REF segments, each in the wrapper (the area they belong to, e.g. HeaderSegment or PO1Segment). */
    InterchangeXmlBuilder references(String wrapper, List<Reference> references) {
        for (Reference reference : references) {
            wrapped(wrapper, "REF", reference.getQualifier(), reference.getValue(), reference.getDescription());
        }
        return this;
    }

    /** DTM segments, each in the wrapper. */
    InterchangeXmlBuilder dates(String wrapper, List<DateReference> dates) {
        for (DateReference date : dates) {
            wrapped(wrapper, "DTM", date.getQualifier(), date.getDate(), date.getTime());
        }
        return this;
    }

    /** MEA segments, each in the wrapper. */
    InterchangeXmlBuilder measurements(String wrapper, List<Measurement> measurements) {
        for (Measurement m : measurements) {
            wrapped(wrapper, "MEA", m.getReferenceCode(), m.getQualifier(), m.getValue(), m.getUnitCode());
        }
        return this;
    }

    /** A free-form description as PID F with the text in PID05, in the wrapper; nothing without one. */
    InterchangeXmlBuilder description(String wrapper, String description) {
        return description == null ? this : wrapped(wrapper, "PID", "F", null, null, null, description);
    }

    private void refuseDelimiters(String tag, int position, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (delimiterCharacters.indexOf(c) >= 0) {
                throw new X12TranslationException(String.format(
                        "%s%02d contains the delimiter '%c', which X12 cannot escape: %s", tag, position, c, value));
            }
            if (c < 0x20 || c == 0x7F) {  // a line break would end the segment for a partner reading line by line
                throw new X12TranslationException(String.format(
                        "%s%02d contains a line break or control character (U+%04X), which an X12 element cannot carry: %s",
                        tag, position, (int) c, value.strip()));
            }
        }
    }

    String toXml() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static boolean isEmpty(Object value) {
        return value == null || render(value).isEmpty();
    }

    /** X12 text of a value: decimals without exponent or trailing zeros, dates CCYYMMDD. */
    static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate date) {
            return X12DateConverterFactory.format(date);
        }
        return value.toString();
    }
}
