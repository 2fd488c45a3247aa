package com.ascendelements.portal.edi.smooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The shape of one transaction set as the DFDL schemas lay it out (root element, beginning segment, header area, loops
 * with their anchor and their area), read from those schemas once per JVM. {@link X12EventReader} follows it, so that
 * the Smooks bindings see the same elements whichever parser read the set: the DFDL schemas stay the one description
 * of the sets' structure and the bindings the one mapping.
 *
 * @param rootElement the element of the set inside {@code TransactionSet} ({@code PurchaseOrder})
 * @param beginning   the beginning segment after ST ({@code BEG}), or {@code null} for a set without a layout of its own
 * @param areas       the header area first (no anchor), then the loops in schema order
 */
record X12SetLayout(String rootElement, String beginning, List<Area> areas) {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";
    private static final String INTERCHANGE_SCHEMA = "/x12/x12-interchange.dfdl.xsd";
    private static final Pattern SET_CODE = Pattern.compile("'([0-9A-Z]{3})'");

    /** A set the schemas do not lay out: its segments are read and not bound. */
    static final X12SetLayout OTHER = new X12SetLayout("OtherTransactionSet", null,
            List.of(new Area("BodySegment", null, null, Set.of(), true)));

    /**
     * One area of a set: a repeating wrapper around one known segment each time.
     *
     * @param wrapper    the element around each segment of the area ({@code HeaderSegment}, {@code PO1Segment})
     * @param loop       the loop element, or {@code null} for the header area
     * @param anchor     the segment that opens the loop, or {@code null} for the header area
     * @param known      the segments bound in the area; any other is read and ignored
     * @param repeatable whether the loop may occur again (a CTT loop may not)
     */
    record Area(String wrapper, String loop, String anchor, Set<String> known, boolean repeatable) {
    }

    /** The layout of a transaction set, {@link #OTHER} for one the schemas do not describe. */
    static X12SetLayout of(String transactionSetCode) {
        return transactionSetCode == null ? OTHER : Holder.LAYOUTS.getOrDefault(transactionSetCode, OTHER);
    }

    /**
     * Where the segment {@code tag} goes when the set is in area {@code current}: the index of the loop it opens, or
     * {@code -1} when it does not open one. As in the DFDL schema, a loop is opened by its anchor in its own area (if it
     * repeats) or in an earlier one; an anchor of an earlier loop is an unknown segment of the current area.
     */
    int loopOpenedBy(String tag, int current) {
        for (int i = current; i < areas.size(); i++) {
            Area area = areas.get(i);
            if (tag.equals(area.anchor()) && (i > current || area.repeatable())) {
                return i;
            }
        }
        return -1;
    }

    private static final class Holder {
        private static final Map<String, X12SetLayout> LAYOUTS = load();
    }

    private static Map<String, X12SetLayout> load() {
        try {
            Element interchange = parse(INTERCHANGE_SCHEMA);
            Map<String, Element> types = new HashMap<>();
            for (Element include : children(interchange, "include")) {
                for (Element type : children(parse(include.getAttribute("schemaLocation")), "complexType")) {
                    types.put(type.getAttribute("name"), type);
                }
            }
            Map<String, X12SetLayout> layouts = new HashMap<>();
            Element choice = descendant(interchange, "element", "TransactionSet");
            for (Element set : children(first(first(choice, "complexType"), "choice"), "element")) {
                Element type = types.get(set.getAttribute("type"));
                if (type == null) {
                    throw new IllegalStateException("no type " + set.getAttribute("type") + " in the DFDL schemas");
                }
                String code = setCode(type);
                if (code != null) {
                    layouts.put(code, layout(set.getAttribute("name"), type));
                }
            }
            return Map.copyOf(layouts);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the DFDL schemas' layout of the transaction sets", e);
        }
    }

    private static X12SetLayout layout(String root, Element type) {
        String beginning = null;
        List<Area> areas = new ArrayList<>();
        for (Element element : children(first(type, "sequence"), "element")) {
            String name = element.getAttribute("name");
            if (name.equals("ST") || name.equals("SE")) {
                continue;
            }
            Element complex = first(element, "complexType");
            if (complex == null) {
                beginning = name;
            } else if (first(complex, "choice") != null) {
                areas.add(new Area(name, null, null, known(first(complex, "choice")), true));
            } else {
                List<Element> loop = children(first(complex, "sequence"), "element");
                Element area = loop.get(1);
                areas.add(new Area(area.getAttribute("name"), name, loop.get(0).getAttribute("name"),
                        known(first(first(area, "complexType"), "choice")), !"1".equals(element.getAttribute("maxOccurs"))));
            }
        }
        if (areas.isEmpty() || areas.get(0).anchor() != null) {
            areas.add(0, new Area("HeaderSegment", null, null, Set.of(), true));
        }
        return new X12SetLayout(root, beginning, List.copyOf(areas));
    }

    private static Set<String> known(Element choice) {
        Set<String> known = new LinkedHashSet<>();
        for (Element segment : children(choice, "element")) {
            if (!segment.getAttribute("name").equals("Segment")) {
                known.add(segment.getAttribute("name"));
            }
        }
        return Set.copyOf(known);
    }

    /** ST01's discriminator ({@code . eq '850'}) names the set; {@code null} for the catch-all set. */
    private static String setCode(Element type) {
        Element st01 = descendant(type, "element", "ST01");
        if (st01 == null) {
            return null;
        }
        Matcher code = SET_CODE.matcher(st01.getTextContent());
        return code.find() ? code.group(1) : null;
    }

    private static Element parse(String resource) throws IOException, ParserConfigurationException, SAXException {
        try (InputStream in = X12SetLayout.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && XS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element descendant(Element root, String localName, String name) {
        var all = root.getElementsByTagNameNS(XS, localName);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (name.equals(e.getAttribute("name"))) {
                return e;
            }
        }
        return null;
    }
}
