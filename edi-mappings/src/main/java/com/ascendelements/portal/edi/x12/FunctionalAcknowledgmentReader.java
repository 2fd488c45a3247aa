package com.ascendelements.portal.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 997s of a file, as partners send them in answer to our groups, with StAEDI's streaming reader. Validity
 * is the {@link InterchangeValidator}'s business, so call it first; this reader takes what it finds.
 *
 * <p>Thread-safe: no state between calls.
 */
public final class FunctionalAcknowledgmentReader {

    /** One entry per AK1 of every 997 in the file. */
    public List<FunctionalAcknowledgment> read(byte[] file) {
        List<FunctionalAcknowledgment> acknowledgments = new ArrayList<>();
        InterchangeSplitter.Interchanges split = InterchangeSplitter.stream(file);
        for (InterchangeSplitter.RawInterchange interchange = split.next(); interchange != null; interchange = split.next()) {
            read(interchange.normalizedStream(), acknowledgments);
        }
        return acknowledgments;
    }

    private static void read(java.io.InputStream interchange, List<FunctionalAcknowledgment> acknowledgments) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        try (EDIStreamReader reader = factory.createEDIStreamReader(interchange)) {
            Segments segments = new Segments(acknowledgments);
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case START_SEGMENT -> segments.start(reader.getText());
                    case ELEMENT_DATA -> segments.element(reader.getLocation().getElementPosition(),
                            reader.getLocation().getComponentPosition(), reader.getText());
                    case END_SEGMENT -> segments.end();
                    default -> {
                        // envelopes and loops carry nothing beyond their segments' elements
                    }
                }
            }
        } catch (EDIStreamException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("The 997s of this file cannot be read: " + e.getMessage(), e);
        }
    }

    private static final class Segments {
        private final List<FunctionalAcknowledgment> acknowledgments;
        private final List<String> elements = new ArrayList<>();
        private String tag;
        private boolean in997;
        private String functionalId;
        private String groupControlNumber;
        private List<FunctionalAcknowledgment.TransactionSet> sets;
        private String setId;
        private String setControlNumber;
        private List<String> setErrors;
        private String lastSegmentError;

        Segments(List<FunctionalAcknowledgment> acknowledgments) {
            this.acknowledgments = acknowledgments;
        }

        void start(String segmentTag) {
            tag = segmentTag;
            elements.clear();
        }

        void element(int position, int component, String text) {
            if (component > 1) {
                return;
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
                case "ST" -> in997 = "997".equals(e(1));
                case "AK1" -> {
                    if (in997) {
                        functionalId = e(1);
                        groupControlNumber = e(2);
                        sets = new ArrayList<>();
                    }
                }
                case "AK2" -> {
                    if (sets != null) {
                        setId = e(1);
                        setControlNumber = e(2);
                        setErrors = new ArrayList<>();
                    }
                }
                case "AK3" -> {
                    if (setErrors != null) {
                        lastSegmentError = e(1);
                        setErrors.add("AK3 " + e(1) + " segment " + e(2) + (e(4) == null ? "" : " code " + e(4)));
                    }
                }
                case "AK4" -> {
                    if (setErrors != null) {
                        setErrors.add("AK4 " + (lastSegmentError == null ? "" : lastSegmentError + " ") + "element "
                                + e(1) + (e(3) == null ? "" : " code " + e(3)));
                    }
                }
                case "AK5" -> {
                    if (setErrors != null) {
                        for (int i = 2; i <= 6; i++) {
                            if (e(i) != null) {
                                setErrors.add("AK5 " + e(i));
                            }
                        }
                        sets.add(new FunctionalAcknowledgment.TransactionSet(setId, setControlNumber, e(1), setErrors));
                        setErrors = null;
                        lastSegmentError = null;
                    }
                }
                case "AK9" -> {
                    if (sets != null) {
                        List<String> groupErrors = new ArrayList<>();
                        for (int i = 5; i <= 9; i++) {
                            if (e(i) != null) {
                                groupErrors.add(e(i));
                            }
                        }
                        acknowledgments.add(new FunctionalAcknowledgment(functionalId, groupControlNumber, e(1),
                                count(e(2)), count(e(3)), count(e(4)), groupErrors, sets));
                        sets = null;
                    }
                }
                case "SE" -> {
                    in997 = false;
                    sets = null;
                }
                default -> {
                    // segments a 997 reader does not need
                }
            }
        }

        private static Integer count(String value) {
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
