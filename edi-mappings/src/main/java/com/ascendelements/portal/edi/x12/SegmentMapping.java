package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.InterchangeEnvelope;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.message.X12Message;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The reading skeleton of the StAEDI document readers of the sets the Smooks bindings do not map yet (860
 * {@link PurchaseOrderChangeReader}, 865 {@link PurchaseOrderChangeAcknowledgmentReader}, 861
 * {@link ReceivingAdviceReader}): splits a file into interchanges like the validator does, streams each through StAEDI
 * one segment at a time, keeps the ISA and GS of each set as envelopes and hands every segment between ST and SE of the
 * wanted transaction set to a {@link SetMapper}, one per set. Each of these readers is its set's one mapping.
 *
 * <p>Mappers follow a set's areas (header, N1 loops, line loops, summary), as the DFDL schemas of the Smooks side lay
 * out theirs: a segment is bound only in the area where it belongs.
 */
final class SegmentMapping {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private SegmentMapping() {
    }

    /**
     * Sets a value bound once per loop: a repeated segment (a second LIN or PID) replaces it only where it carries the
     * element, as a Smooks binding does.
     */
    static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** Maps the segments of one transaction set onto its message. */
    abstract static class SetMapper<M extends X12Message> {
        final M message;

        SetMapper(M message) {
            this.message = message;
        }

        /** A segment after ST and before SE. */
        abstract void segment(Segment segment);

        /** After SE: what the segments alone cannot say (implied decimals, parent links). */
        void end() {
        }
    }

    /**
     * A set laid out as header, N1 loops, line loops and a summary (850, 855, 810), each area opened by its anchor
     * segment. As in the DFDL schema, the areas come in this order: an anchor of an earlier area (an N1 after the lines)
     * is read as an unknown segment of the current area and not bound.
     */
    abstract static class AreaMapper<M extends X12Message> extends SetMapper<M> {

        private enum Area { HEADER, PARTY, LINE, SUMMARY }

        private final String lineTag;
        private final String summaryTag;
        private Area area = Area.HEADER;
        private Party party;

        AreaMapper(M message, String lineTag, String summaryTag) {
            super(message);
            this.lineTag = lineTag;
            this.summaryTag = summaryTag;
        }

        @Override
        final void segment(Segment s) {
            if ("N1".equals(s.tag()) && area.compareTo(Area.PARTY) <= 0) {
                area = Area.PARTY;
                party = s.party();
                parties().add(party);
            } else if (lineTag.equals(s.tag()) && area.compareTo(Area.LINE) <= 0) {
                area = Area.LINE;
                startLine(s);
            } else if (summaryTag.equals(s.tag()) && area != Area.SUMMARY) {
                area = Area.SUMMARY;
                startSummary(s);
            } else {
                switch (area) {
                    case HEADER -> header(s);
                    case PARTY -> partySegment(s, party);
                    case LINE -> line(s);
                    case SUMMARY -> summary(s);
                }
            }
        }

        /** The message's N1 parties. */
        abstract List<Party> parties();

        /** The beginning segment (BEG, BAK, BIG) and the header segments before the first N1 or line. */
        abstract void header(Segment s);

        /** A segment of the current N1 loop: N2, N3 and N4 complete the party. */
        void partySegment(Segment s, Party party) {
            s.completeParty(party);
        }

        /** The anchor of a line loop (PO1, IT1). */
        abstract void startLine(Segment s);

        /** A segment of the current line loop. */
        abstract void line(Segment s);

        /** The anchor of the summary (CTT, TDS). */
        abstract void startSummary(Segment s);

        /** A segment after the summary's anchor. */
        void summary(Segment s) {
        }
    }

    /**
     * @param file               raw file
     * @param transactionSetCode ST01 of the sets to read; others are skipped
     * @param mappers            a new mapper (with a new message) for each set
     * @return the messages in file order
     */
    static <M extends X12Message> List<M> read(byte[] file, String transactionSetCode, Supplier<? extends SetMapper<M>> mappers) {
        List<M> messages = new ArrayList<>();
        readEach(file, transactionSetCode, mappers, messages::add);
        return messages;
    }

    /**
     * Hands each message to {@code each} as soon as its set is read (at its SE, or where a set without SE ends), in
     * file order, and keeps none: memory is bounded by the largest set, not by the file.
     */
    static <M extends X12Message> void readEach(byte[] file, String transactionSetCode, Supplier<? extends SetMapper<M>> mappers,
                                                Consumer<? super M> each) {
        InterchangeSplitter.Interchanges split = InterchangeSplitter.stream(file);
        for (InterchangeSplitter.RawInterchange interchange = split.next(); interchange != null; interchange = split.next()) {
            java.io.InputStream text = interchange.normalizedStream();
            EDIInputFactory factory = EDIInputFactory.newFactory();
            factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
            try (EDIStreamReader reader = factory.createEDIStreamReader(text)) {
                Envelopes<M> envelopes = new Envelopes<>(transactionSetCode, mappers, each);
                Segment segment = new Segment(interchange.header().delimiters().component());
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case START_SEGMENT -> segment.start(reader.getText());
                        case ELEMENT_DATA -> segment.element(reader.getLocation().getElementPosition(),
                                reader.getLocation().getComponentPosition(), reader.getText());
                        case END_SEGMENT -> envelopes.segment(segment);
                        default -> {
                            // envelopes, loops and composites carry nothing beyond their segments' elements
                        }
                    }
                }
                envelopes.handOver();  // a set cut off by the end of the file
            } catch (EDIStreamException | IOException | RuntimeException e) {
                throw new IllegalArgumentException("The " + transactionSetCode + "s of this file cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** Keeps the envelopes and routes the segments of the wanted sets to their mapper. */
    private static final class Envelopes<M extends X12Message> {
        private final String code;
        private final Supplier<? extends SetMapper<M>> mappers;
        private final Consumer<? super M> each;
        private InterchangeEnvelope interchange;
        private FunctionalGroupEnvelope group;
        private SetMapper<M> current;

        Envelopes(String code, Supplier<? extends SetMapper<M>> mappers, Consumer<? super M> each) {
            this.code = code;
            this.mappers = mappers;
            this.each = each;
        }

        /** Hands over the set being read, ended by its SE or cut off without one. */
        void handOver() {
            if (current != null) {
                SetMapper<M> done = current;
                current = null;
                each.accept(done.message);
            }
        }

        void segment(Segment s) {
            switch (s.tag()) {
                case "ISA" -> interchange = interchange(s);
                case "GS" -> group = group(s);
                case "ST" -> {
                    handOver();
                    if (code.equals(s.e(1))) {
                        current = mappers.get();
                        current.message.setTransactionSetCode(s.e(1));
                        current.message.setControlNumber(s.e(2));
                        current.message.setInterchange(interchange);
                        current.message.setGroup(group);
                    }
                }
                case "SE" -> {
                    if (current != null) {
                        current.message.setSegmentCount(s.e(1));
                        current.end();
                        handOver();
                    }
                }
                case "GE", "IEA" -> handOver();
                default -> {
                    if (current != null) {
                        current.segment(s);
                    }
                }
            }
        }

        private static InterchangeEnvelope interchange(Segment s) {
            InterchangeEnvelope isa = new InterchangeEnvelope();
            isa.setSenderQualifier(s.e(5));
            isa.setSenderId(s.e(6));
            isa.setReceiverQualifier(s.e(7));
            isa.setReceiverId(s.e(8));
            isa.setDate(s.e(9));
            isa.setTime(s.e(10));
            isa.setVersionNumber(s.e(12));
            isa.setControlNumber(s.e(13));
            isa.setAcknowledgmentRequested(s.e(14));
            isa.setUsageIndicator(s.e(15));
            return isa;
        }

        private static FunctionalGroupEnvelope group(Segment s) {
            FunctionalGroupEnvelope gs = new FunctionalGroupEnvelope();
            gs.setFunctionalIdentifier(s.e(1));
            gs.setApplicationSender(s.e(2));
            gs.setApplicationReceiver(s.e(3));
            gs.setDate(s.e(4));
            gs.setTime(s.e(5));
            gs.setControlNumber(s.e(6));
            gs.setResponsibleAgency(s.e(7));
            gs.setVersion(s.e(8));
            return gs;
        }
    }

    /** One segment's elements ({@link SegmentElements}) read as the mappers need them: numbers, dates, parties. */
    static final class Segment extends SegmentElements {

        Segment(char componentSeparator) {
            super(componentSeparator);
        }

        /** @return the first component of element {@code position} (a composite's unit, C001-01), or {@code null} */
        String firstComponent(int position) {
            String value = e(position);
            int separator = value == null ? -1 : value.indexOf(componentSeparator());
            return separator < 0 ? value : separator == 0 ? null : value.substring(0, separator).strip();
        }

        /** @return element {@code position} as a decimal (X12 R or N0), or {@code null} when absent or not a number */
        BigDecimal number(int position) {
            String value = e(position);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** @return element {@code position} as an integer, or {@code null} */
        Integer integer(int position) {
            String value = e(position);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** @return element {@code position} as a date: CCYYMMDD, or YYMMDD (00-49 are 20xx), or {@code null} */
        LocalDate date(int position) {
            String value = e(position);
            try {
                if (value != null && value.length() == 6 && value.chars().allMatch(Character::isDigit)) {
                    value = (Integer.parseInt(value.substring(0, 2)) < 50 ? "20" : "19") + value;
                }
                return value == null || value.length() != 8 ? null : LocalDate.parse(value, CCYYMMDD);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        // the segments several sets share, bound as the Smooks bindings bind them

        Reference reference() {
            Reference reference = new Reference(e(1), e(2));
            reference.setDescription(e(3));
            return reference;
        }

        DateReference dateReference() {
            DateReference date = new DateReference(e(1), date(2));
            date.setTime(e(3));
            return date;
        }

        Measurement measurement() {
            Measurement measurement = new Measurement();
            measurement.setReferenceCode(e(1));
            measurement.setQualifier(e(2));
            measurement.setValue(number(3));
            measurement.setUnitCode(e(4));
            return measurement;
        }

        /** N1: entity, name, id qualifier, id (N2, N3, N4 complete it with {@link #completeParty}). */
        Party party() {
            return new Party(e(1), e(2), e(3), e(4));
        }

        /** N2, N3 or N4 of an N1 loop. */
        void completeParty(Party party) {
            switch (tag()) {
                case "N2" -> party.setAdditionalName(e(1));
                case "N3" -> {
                    party.setAddressLine1(e(1));
                    party.setAddressLine2(e(2));
                }
                case "N4" -> {
                    party.setCity(e(1));
                    party.setStateCode(e(2));
                    party.setPostalCode(e(3));
                    party.setCountryCode(e(4));
                }
                default -> {
                    // REF, PER and others of the N1 loop are not bound
                }
            }
        }

        /** Qualifier/id pairs from element {@code first} on, {@code pairs} at most; pairs without an id are left out. */
        void productIds(int first, int pairs, List<ProductId> into) {
            for (int i = 0; i < pairs; i++) {
                String id = e(first + 2 * i + 1);
                if (id != null) {
                    into.add(new ProductId(e(first + 2 * i), id));
                }
            }
        }
    }
}
