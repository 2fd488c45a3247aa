package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;
import com.ascendelements.portal.edi.x12.SegmentElements;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import org.smooks.api.ExecutionContext;
import org.smooks.api.resource.reader.SmooksXMLReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A Smooks reader over StAEDI's event stream: the X12 of an interchange becomes the SAX events of the DFDL infoset the
 * Smooks bindings are written against ({@code Interchange/FunctionalGroup/TransactionSet/PurchaseOrder/PO1Loop/PO1/PO102}),
 * laid out by {@link X12SetLayout}, which reads the DFDL schemas. The bindings in {@code smooks-<set>-read.xml} stay the
 * one mapping of each set; this reader only replaces the DFDL parser, which is 30 to 200 times slower (module README,
 * "Decision: the reader").
 *
 * <p>As the DFDL schema, it reads the known segments of each area and skips the others; a composite element is one
 * value with its component separators (MEA04 {@code KG:1:1}). A set whose beginning segment is missing is refused with
 * the segment's number and tag. Unlike the DFDL schema (and like the StAEDI readers the server ran before), it trims
 * values and leaves out blank ones, keeps the last repetition of a repeated element, and takes a TA1 between groups.
 * Validation is not its business: the StAEDI validator runs before.
 *
 * <p>One parse at a time per instance (Smooks makes one per filter; the state is reset at each parse all the same).
 */
public final class X12EventReader implements SmooksXMLReader {

    private static final AttributesImpl NO_ATTRIBUTES = new AttributesImpl();
    private static final EDIInputFactory FACTORY = newFactory();

    private ContentHandler handler;
    private ErrorHandler errorHandler;
    private EntityResolver entityResolver;
    private DTDHandler dtdHandler;

    private SegmentElements segment = new SegmentElements(':');
    private final OpenElements open = new OpenElements();
    private X12SetLayout layout;
    private int area;
    private int segmentInSet;
    private String setCode;

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        return factory;
    }

    @Override
    public void parse(InputSource input) throws IOException, SAXException {
        InputStream bytes = input.getByteStream();
        if (bytes == null) {
            throw new SAXException("X12EventReader reads bytes; give it a byte source");
        }
        open.clear();
        segment = new SegmentElements(':');
        setCode = null;
        handler.startDocument();
        try (EDIStreamReader reader = FACTORY.createEDIStreamReader(bytes)) {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_SEGMENT -> segment.start(reader.getText());
                    case ELEMENT_DATA -> segment.element(reader.getLocation().getElementPosition(),
                            reader.getLocation().getComponentPosition(), reader.getText());
                    case END_SEGMENT -> segment(reader);
                    default -> {
                        // interchange, group, set, loop and composite events: the segments say it all
                    }
                }
            }
        } catch (EDIStreamException e) {
            throw new SAXException(new X12TranslationException(where() + e.getMessage(), e));
        } catch (SAXException | RuntimeException e) {
            if (e instanceof SAXException sax && sax.getException() instanceof X12TranslationException) {
                throw sax;
            }
            if (X12Reader.isDataError(e)) {
                // a binding that cannot take a value (a date that is none) fails inside the element's events: named here
                throw new SAXException(new X12TranslationException(where() + X12Reader.rootMessage(e), e));
            }
            throw e;  // a fault of ours, not the data's
        }
        if (!open.isEmpty()) {
            throw new SAXException(new X12TranslationException(where() + "the interchange ends without "
                    + (setCode != null ? "SE" : open.size() > 1 ? "GE" : "IEA")));
        }
        handler.endDocument();
    }

    /** Where the reading stopped: the set and the segment (its number within the set and its tag). */
    private String where() {
        return setCode == null ? "" : "transaction set " + setCode + ", segment " + segmentInSet + " (" + segment.tag() + "): ";
    }

    private void segment(EDIStreamReader reader) throws SAXException {
        String tag = segment.tag();
        switch (tag) {
            case "ISA" -> {
                expect(0, tag, "the interchange before it has no IEA");
                start("Interchange");
                write(tag);
                Character component = reader.getDelimiters().get(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT);
                segment = new SegmentElements(component == null ? ':' : component);  // the interchange's separator
            }
            case "GS" -> {
                expect(1, tag, open.isEmpty() ? "no ISA before it" : "the group before it has no GE");
                start("FunctionalGroup");
                write(tag);
            }
            case "ST" -> {
                expect(2, tag, open.size() < 2 ? "no GS before it" : "the set before it has no SE");
                setCode = segment.e(1) == null ? "" : segment.e(1);
                layout = X12SetLayout.of(setCode);
                segmentInSet = 1;
                area = layout.beginning() == null ? 0 : -1;
                start("TransactionSet");
                start(layout.rootElement());
                write(tag);
            }
            case "SE" -> {
                if (setCode == null) {
                    throw refused(tag, "no ST before it");
                }
                segmentInSet++;
                closeTo(4);
                write(tag);
                closeTo(2);
                setCode = null;
            }
            case "GE" -> {
                expect(2, tag, setCode != null ? "the set before it has no SE" : "no GS before it");
                write(tag);
                closeTo(1);
            }
            case "IEA" -> {
                expect(1, tag, open.size() > 1 ? "the group before it has no GE" : "no ISA before it");
                write(tag);
                closeTo(0);
            }
            default -> {
                if (setCode != null) {
                    segmentInSet++;
                    inSet(tag);
                } else if (open.size() == 1 && tag.equals("TA1")) {
                    write(tag);  // a TA1 after the ISA; bound by nobody
                } else {
                    throw refused(tag, "outside a transaction set");
                }
            }
        }
    }

    /** Refuses an envelope segment met at the wrong depth (a GE while a set has no SE). */
    private void expect(int depth, String tag, String otherwise) throws SAXException {
        if (open.size() != depth) {
            throw refused(tag, otherwise);
        }
    }

    private SAXException refused(String tag, String reason) {
        String where = setCode == null ? "segment " + tag : "transaction set " + setCode + ", segment "
                + (segmentInSet + 1) + " (" + tag + ")";
        return new SAXException(new X12TranslationException(where + ": " + reason));
    }

    /** A segment between ST and SE, placed as the DFDL schema places it. */
    private void inSet(String tag) throws SAXException {
        if (area < 0) {
            if (!tag.equals(layout.beginning())) {
                segmentInSet--;
                throw refused(tag, "the set must begin with " + layout.beginning() + " after ST");
            }
            write(tag);
            area = 0;
            return;
        }
        int loop = layout.loopOpenedBy(tag, area);
        if (loop >= 0) {
            closeTo(4);
            area = loop;
            start(layout.areas().get(loop).loop());
            write(tag);
        } else {
            X12SetLayout.Area current = layout.areas().get(area);
            if (current.known().contains(tag)) {
                start(current.wrapper());
                write(tag);
                end(open.pop());
            }
        }
    }

    /** Closes open elements until {@code depth} remain. */
    private void closeTo(int depth) throws SAXException {
        while (open.size() > depth) {
            end(open.pop());
        }
    }

    /** The segment as an element with one child per element present ({@code BEG03}). */
    private void write(String tag) throws SAXException {
        start(tag);
        for (int position = 1; position <= segment.size(); position++) {
            String value = segment.e(position);
            if (value == null) {
                continue;
            }
            String name = position < 10 ? tag + '0' + position : tag + position;
            handler.startElement("", name, name, NO_ATTRIBUTES);
            char[] text = value.toCharArray();
            handler.characters(text, 0, text.length);
            handler.endElement("", name, name);
        }
        end(open.pop());
    }

    private void start(String name) throws SAXException {
        handler.startElement("", name, name, NO_ATTRIBUTES);
        open.push(name);
    }

    private void end(String name) throws SAXException {
        handler.endElement("", name, name);
    }

    /** The open elements, innermost last. */
    private static final class OpenElements extends ArrayList<String> {
        void push(String name) {
            add(name);
        }

        String pop() {
            return remove(size() - 1);
        }
    }

    @Override
    public void setExecutionContext(ExecutionContext executionContext) {
        // nothing to configure: the delimiters come from the ISA, the layout from ST01
    }

    @Override
    public void parse(String systemId) throws SAXException {
        throw new SAXException("X12EventReader reads a byte source, not a system id");
    }

    @Override
    public boolean getFeature(String name) {
        return false;
    }

    @Override
    public void setFeature(String name, boolean value) {
        // no features
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public void setProperty(String name, Object value) {
        // no properties
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        this.entityResolver = resolver;
    }

    @Override
    public EntityResolver getEntityResolver() {
        return entityResolver;
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        this.dtdHandler = handler;
    }

    @Override
    public DTDHandler getDTDHandler() {
        return dtdHandler;
    }

    @Override
    public void setContentHandler(ContentHandler handler) {
        this.handler = handler;
    }

    @Override
    public ContentHandler getContentHandler() {
        return handler;
    }

    @Override
    public void setErrorHandler(ErrorHandler handler) {
        this.errorHandler = handler;
    }

    @Override
    public ErrorHandler getErrorHandler() {
        return errorHandler;
    }
}
