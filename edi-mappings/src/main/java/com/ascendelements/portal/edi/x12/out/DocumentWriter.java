package com.ascendelements.portal.edi.x12.out;

import com.ascendelements.portal.edi.message.ChangedLine;
import com.ascendelements.portal.edi.message.DateReference;
import com.ascendelements.portal.edi.message.Measurement;
import com.ascendelements.portal.edi.message.Party;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderChangeMessage;
import com.ascendelements.portal.edi.message.ReceivedItem;
import com.ascendelements.portal.edi.message.ReceivingAdviceMessage;
import com.ascendelements.portal.edi.message.Reference;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12StreamWriters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the hub's answers and advices as X12 with StAEDI, in the partner's version (004010 or 005010) and delimiters;
 * the control numbers come from the caller. One interchange, one group, one set: the 824 and 865 the hub answers
 * documents with, the 860 of a buyer's change and the 861 of a receipt, the last two from the message DTO their readers
 * produce, so that what is written reads back into an equal DTO. Segment counts (SE01) and CTT are computed; a value
 * that contains one of the delimiters is refused (X12 has no escape). The business documents (850, 855, 856, 810) are
 * written by the Smooks mapping of their set ({@link OutboundEnvelope}), not here.
 *
 * <p>Thread-safe.
 */
public final class DocumentWriter {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Clock clock;

    public DocumentWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * 860 purchase order change request (GS01 PC): BCH, CUR, REF, DTM, N1 loops, POC loops (PID, REF, DTM), CTT with the
     * number of lines and the sum of their POC03 quantities. A cancellation of the whole order (BCH01 01) has no lines.
     */
    public OutboundInterchange write(PurchaseOrderChangeMessage change, OutboundEnvelope envelope) {
        return write("860", "the 860 for PO " + change.getPurchaseOrderNumber(), envelope, set -> {
            set.segment("BCH", change.getPurposeCode(), change.getOrderTypeCode(), change.getPurchaseOrderNumber(), change.getReleaseNumber(),
                    change.getChangeSequence(), change.getOrderDate(), null, null, null, null, change.getChangeDate());
            if (change.getCurrencyCode() != null) {
                set.segment("CUR", "BY", change.getCurrencyCode());
            }
            set.references(change.getReferences());
            set.dates(change.getDates());
            set.parties(change.getParties());
            BigDecimal hashTotal = BigDecimal.ZERO;
            for (ChangedLine line : change.getLines()) {
                set.segment("POC", ProductId.elements(line.getProductIds(), line.getLineNumber(), line.getChangeCode(), line.getQuantity(),
                        line.getQuantityLeftToReceive(), line.getUnitCode(), line.getUnitPrice(), line.getPriceBasisCode()));
                set.description(line.getDescription());
                set.references(line.getReferences());
                set.dates(line.getDates());
                hashTotal = hashTotal.add(line.getQuantity() == null ? BigDecimal.ZERO : line.getQuantity());
            }
            if (!change.getLines().isEmpty()) {
                set.segment("CTT", change.getLines().size(), hashTotal);
            }
        });
    }

    /**
     * 865 purchase order change acknowledgment (GS01 CA): BCA, the notes as an N9 L1 loop of MSGs, POC with ACK per
     * answered line, CTT.
     */
    public OutboundInterchange write(OrderChangeAcknowledgment ack, OutboundEnvelope envelope) {
        return write("865", "the 865 for PO " + ack.poNumber(), envelope, set -> {
            set.segment("BCA", "00", ack.type(), ack.poNumber(), null, ack.changeSequence(), ack.poDate(), null, null, null, ack.date());
            if (!ack.notes().isEmpty()) {
                set.segment("N9", "L1", "NOTES");  // L1: letters or notes
                for (String note : ack.notes()) {
                    set.segment("MSG", note);
                }
            }
            for (OrderChangeAcknowledgment.Line line : ack.lines()) {
                boolean quantity = line.quantity() != null && line.unitCode() != null;   // ACK02/03 come in pairs
                set.segment("POC", line.lineNumber(), line.changeCode(), quantity ? line.quantity() : null, null, quantity ? line.unitCode() : null,
                        null, null, line.productId() == null ? null : "VP", line.productId());
                set.segment("ACK", line.status(), quantity ? line.quantity() : null, quantity ? line.unitCode() : null);
            }
            if (!ack.lines().isEmpty()) {
                set.segment("CTT", ack.lines().size());
            }
        });
    }

    /** 824 application advice (GS01 AG): BGN, then per refused document OTI, DTM 003, TED with the reason (NTEs for a long one). */
    public OutboundInterchange write(ApplicationAdvice advice, OutboundEnvelope envelope) {
        return write("824", "the 824 " + advice.reference(), envelope, set -> {
            set.segment("BGN", "00", advice.reference(), advice.date());
            for (ApplicationAdvice.Item item : advice.items()) {
                set.segment("OTI", item.acknowledgment(), item.qualifier(), item.documentReference(), null, null, null, null,
                        item.groupControlNumber(), item.setControlNumber(), item.setId());
                if (item.documentDate() != null) {
                    set.segment("DTM", "003", item.documentDate());
                }
                String message = item.message() == null ? "" : item.message();
                set.segment("TED", item.errorCode(), message.length() > 60 ? message.substring(0, 60).strip() : message);
                if (message.length() > 60) {
                    for (int start = 0; start < message.length(); start += 80) {
                        set.segment("NTE", "GEN", message.substring(start, Math.min(message.length(), start + 80)));  // GEN: entire set
                    }
                }
            }
        });
    }

    /**
     * 861 receiving advice (GS01 RC): BRA, heading REF, DTM (050, mandatory), PRF, N1 loops; per received item an RCD
     * loop (RCD with the received, returned and questioned quantities, LIN, PID, REF, DTM, PRF, MEA); CTT with the
     * number of RCD segments and the hash total of their received quantities.
     */
    public OutboundInterchange write(ReceivingAdviceMessage advice, OutboundEnvelope envelope) {
        if (advice.getItems().isEmpty() || advice.getDates().isEmpty()) {
            throw new IllegalArgumentException("An 861 needs a date (DTM) and at least one received item: " + advice.getReference());
        }
        return write("861", "the 861 " + advice.getReference(), envelope, set -> {
            set.segment("BRA", advice.getReference(), advice.getDate(), advice.getPurposeCode(), advice.getTypeCode());
            set.references(advice.getReferences());
            set.dates(advice.getDates());
            for (String po : advice.getPurchaseOrderNumbers()) {
                set.segment("PRF", po);
            }
            set.parties(advice.getParties());
            BigDecimal hashTotal = BigDecimal.ZERO;
            for (ReceivedItem item : advice.getItems()) {
                List<Object> rcd = new ArrayList<>(java.util.Arrays.asList(item.getAssignedId(), item.getQuantityReceived(), item.getUnitCode(),
                        item.getQuantityReturned(), item.getReturnedUnitCode()));
                for (ReceivedItem.QuantityInQuestion q : item.getQuantitiesInQuestion()) {
                    rcd.addAll(java.util.Arrays.asList(q.getQuantity(), q.getUnitCode(), q.getConditionCode()));
                }
                set.segment("RCD", rcd.toArray());
                hashTotal = hashTotal.add(item.getQuantityReceived() == null ? BigDecimal.ZERO : item.getQuantityReceived());
                if (item.getLineNumber() != null || !item.getProductIds().isEmpty()) {
                    set.segment("LIN", ProductId.elements(item.getProductIds(), item.getLineNumber()));
                }
                set.description(item.getDescription());
                set.references(item.getReferences());
                set.dates(item.getDates());
                if (item.getPurchaseOrderNumber() != null) {
                    set.segment("PRF", item.getPurchaseOrderNumber());
                }
                for (Measurement m : item.getMeasurements()) {
                    set.measurement(m);
                }
            }
            set.segment("CTT", advice.getItems().size(), hashTotal);
        });
    }

    /** The segments between ST and SE. */
    @FunctionalInterface
    private interface Body {
        void write(SetWriter set) throws EDIStreamException;
    }

    /** One interchange with one group and one set, in the envelope's version, delimiters and control numbers. */
    private OutboundInterchange write(String setId, String what, OutboundEnvelope envelope, Body body) {
        OutboundEnvelope.Header h = envelope.draw(setId, clock);
        X12Delimiters delimiters = h.delimiters();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EDIStreamWriter writer = X12StreamWriters.create(out, delimiters, envelope.lineBreaks())) {
            writer.startInterchange();
            writer.writeStartSegment("ISA")
                    .writeElement("00").writeElement(" ".repeat(10)).writeElement("00").writeElement(" ".repeat(10))
                    .writeElement(envelope.from().qualifier()).writeElement(pad(envelope.from().interchangeId()))
                    .writeElement(envelope.to().qualifier()).writeElement(pad(envelope.to().interchangeId()))
                    .writeElement(h.isaDate()).writeElement(h.time())
                    .writeElement(delimiters.repetition() != null ? String.valueOf(delimiters.repetition()) : "U")
                    .writeElement(h.isaVersion())
                    .writeElement(h.isa13()).writeElement("0").writeElement("P")
                    .writeElement(String.valueOf(delimiters.component()))
                    .writeEndSegment();
            writer.writeStartSegment("GS").writeElement(h.functionalId()).writeElement(envelope.from().applicationCode())
                    .writeElement(envelope.to().applicationCode()).writeElement(h.gsDate()).writeElement(h.time())
                    .writeElement(h.gs06()).writeElement("X").writeElement(envelope.version()).writeEndSegment();
            SetWriter set = new SetWriter(writer, delimiters);
            set.segment("ST", setId, h.st02());
            body.write(set);
            writer.writeStartSegment("SE").writeElement(String.valueOf(set.count + 1)).writeElement(h.st02()).writeEndSegment();
            writer.writeStartSegment("GE").writeElement("1").writeElement(h.gs06()).writeEndSegment();
            writer.writeStartSegment("IEA").writeElement("1").writeElement(h.isa13()).writeEndSegment();
            writer.endInterchange();
        } catch (EDIStreamException ex) {
            throw new IllegalStateException("Cannot write " + what + ": " + ex.getMessage(), ex);
        }
        return new OutboundInterchange(h.isa13(), out.toByteArray());
    }

    /** Writes the segments of one set and counts them; renders values as X12 data. */
    private static final class SetWriter {
        private final EDIStreamWriter writer;
        private final String delimiters;
        private int count;

        SetWriter(EDIStreamWriter writer, X12Delimiters d) {
            this.writer = writer;
            this.delimiters = "" + d.element() + d.component() + d.segment() + (d.repetition() == null ? "" : d.repetition());
        }

        /** A segment with its elements; {@code null} is an empty element, trailing empty elements are left out. */
        void segment(String tag, Object... values) throws EDIStreamException {
            int last = values.length;
            while (last > 0 && text(values[last - 1]).isEmpty()) {
                last--;
            }
            writer.writeStartSegment(tag);
            for (int i = 0; i < last; i++) {
                String text = text(values[i]);
                for (int c = 0; c < text.length(); c++) {
                    if (delimiters.indexOf(text.charAt(c)) >= 0 || text.charAt(c) == '\r' || text.charAt(c) == '\n') {
                        throw new IllegalArgumentException(tag + String.format("%02d", i + 1) + " contains a delimiter: '" + text + "'");
                    }
                }
                if (text.isEmpty()) {
                    writer.writeEmptyElement();
                } else {
                    writer.writeElement(text);
                }
            }
            writer.writeEndSegment();
            count++;
        }

        void references(List<Reference> references) throws EDIStreamException {
            for (Reference r : references) {
                segment("REF", r.getQualifier(), r.getValue(), r.getDescription());
            }
        }

        void dates(List<DateReference> dates) throws EDIStreamException {
            for (DateReference d : dates) {
                segment("DTM", d.getQualifier(), d.getDate(), d.getTime());
            }
        }

        void parties(List<Party> parties) throws EDIStreamException {
            for (Party p : parties) {
                segment("N1", p.getEntityCode(), p.getName(), p.getIdQualifier(), p.getId());
                if (p.getAdditionalName() != null) {
                    segment("N2", p.getAdditionalName());
                }
                if (p.getAddressLine1() != null || p.getAddressLine2() != null) {
                    segment("N3", p.getAddressLine1(), p.getAddressLine2());
                }
                if (p.getCity() != null || p.getStateCode() != null || p.getPostalCode() != null || p.getCountryCode() != null) {
                    segment("N4", p.getCity(), p.getStateCode(), p.getPostalCode(), p.getCountryCode());
                }
            }
        }

        void measurement(Measurement m) throws EDIStreamException {
            segment("MEA", m.getReferenceCode(), m.getQualifier(), m.getValue(), m.getUnitCode());
        }

        /** PID F (free-form) with the description in PID05. */
        void description(String description) throws EDIStreamException {
            if (description != null) {
                segment("PID", "F", null, null, null, description);
            }
        }

        private static String text(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal number) {
                return number(number);
            }
            if (value instanceof LocalDate date) {
                return date.format(CCYYMMDD);
            }
            return value.toString();
        }
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    /** X12 R (decimal) values: no exponent, no trailing zeros. */
    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
