package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.InterchangeEnvelope;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 850 purchase orders of a file into {@link PurchaseOrderMessage}s with StAEDI's streaming reader, one
 * segment at a time. It reads what the portal applies to the domain (BEG, CUR, DTM, PO1, PID) and skips the rest;
 * validity is the {@link InterchangeValidator}'s business, so call it first. This reader runs inside the
 * application server, where the Smooks translation cannot be deployed yet (see the module README).
 *
 * <p>Thread-safe: no state between calls.
 */
public final class PurchaseOrderReader {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** Every 850 of the file, with its interchange and group envelopes. */
    public List<PurchaseOrderMessage> read(byte[] file) {
        List<PurchaseOrderMessage> orders = new ArrayList<>();
        // the same split as the validator's: byte-order marks, line breaks and several ISA per file handled there
        for (InterchangeSplitter.RawInterchange interchange : InterchangeSplitter.split(file).interchanges()) {
            read(interchange.normalizedText().getBytes(StandardCharsets.ISO_8859_1), orders);
        }
        return orders;
    }

    private static void read(byte[] interchange, List<PurchaseOrderMessage> orders) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(interchange))) {
            Segments segments = new Segments(orders);
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_SEGMENT -> segments.start(reader.getText());
                    case ELEMENT_DATA -> segments.element(reader.getLocation().getElementPosition(),
                            reader.getLocation().getComponentPosition(), reader.getText());
                    case END_SEGMENT -> segments.end();
                    default -> {
                        // envelopes, loops and composites carry nothing beyond their segments' elements
                    }
                }
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("The 850s of this file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Collects one segment's elements, then applies the segment to the order being read. */
    private static final class Segments {
        private final List<PurchaseOrderMessage> orders;
        private final List<String> elements = new ArrayList<>();
        private String tag;
        private InterchangeEnvelope interchange;
        private FunctionalGroupEnvelope group;
        private PurchaseOrderMessage order;
        private PurchaseOrderLine line;

        Segments(List<PurchaseOrderMessage> orders) {
            this.orders = orders;
        }

        void start(String segmentTag) {
            tag = segmentTag;
            elements.clear();
        }

        void element(int position, int component, String text) {
            if (component > 1) {
                return;  // composites: the first component is the value we use
            }
            while (elements.size() < position) {
                elements.add(null);
            }
            elements.set(position - 1, text);
        }

        private String e(int position) {
            String value = position <= elements.size() ? elements.get(position - 1) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }

        void end() {
            switch (tag) {
                case "ISA" -> {
                    interchange = new InterchangeEnvelope();
                    interchange.setSenderQualifier(e(5));
                    interchange.setSenderId(e(6));
                    interchange.setReceiverQualifier(e(7));
                    interchange.setReceiverId(e(8));
                    interchange.setControlNumber(e(13));
                }
                case "GS" -> {
                    group = new FunctionalGroupEnvelope();
                    group.setFunctionalIdentifier(e(1));
                    group.setApplicationSender(e(2));
                    group.setApplicationReceiver(e(3));
                    group.setControlNumber(e(6));
                    group.setVersion(e(8));
                }
                case "ST" -> startOrder();
                case "BEG" -> {
                    if (order != null) {
                        order.setPurposeCode(e(1));
                        order.setOrderTypeCode(e(2));
                        order.setPurchaseOrderNumber(e(3));
                        order.setReleaseNumber(e(4));
                        order.setOrderDate(date(e(5)));
                    }
                }
                case "CUR" -> {
                    if (order != null && e(2) != null) {
                        order.setCurrencyCode(e(2));
                    }
                }
                case "DTM" -> {
                    if (order != null && date(e(2)) != null) {
                        (line == null ? order.getDates() : line.getDates()).add(new DateReference(e(1), date(e(2))));
                    }
                }
                case "PO1" -> startLine();
                case "PID" -> {
                    if (line != null && e(5) != null) {
                        line.setDescription(e(5));
                    }
                }
                case "SE" -> {
                    order = null;
                    line = null;
                }
                default -> {
                    // segments the portal does not apply
                }
            }
        }

        private void startOrder() {
            order = null;
            line = null;
            if ("850".equals(e(1))) {
                order = new PurchaseOrderMessage();
                order.setTransactionSetCode("850");
                order.setControlNumber(e(2));
                order.setInterchange(interchange);
                order.setGroup(group);
                orders.add(order);
            }
        }

        private void startLine() {
            if (order == null) {
                return;
            }
            line = new PurchaseOrderLine();
            line.setLineNumber(e(1));
            line.setQuantity(number(e(2)));
            line.setUnitCode(e(3));
            line.setUnitPrice(number(e(4)));
            line.setPriceBasisCode(e(5));
            for (int qualifier = 6; qualifier + 1 <= Math.max(elements.size(), 7); qualifier += 2) {
                if (e(qualifier) != null && e(qualifier + 1) != null) {
                    line.getProductIds().add(new ProductId(e(qualifier), e(qualifier + 1)));
                }
            }
            order.getLines().add(line);
        }

        private static BigDecimal number(String value) {
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static LocalDate date(String value) {
            try {
                return value == null || value.length() != 8 ? null : LocalDate.parse(value, CCYYMMDD);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
