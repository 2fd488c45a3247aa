package com.ascendelements.portal.edi.x12.ack;

import com.ascendelements.portal.edi.x12.FunctionalGroupReport;
import com.ascendelements.portal.edi.x12.InterchangeReport;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12StreamWriters;
import com.ascendelements.portal.edi.x12.X12ValidationReport;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the acknowledgments of a validated inbound interchange with StAEDI's {@link EDIStreamWriter}: one outbound
 * interchange holding a TA1 (when ISA14 = 1 or the envelope is broken) and one FA group with a 997 per inbound
 * functional group, each in the version of that group (GS08). A 997 is never written for a 997 group, and none for an
 * interchange whose envelope is rejected (TA104 = R: the TA1 says why).
 */
public final class AcknowledgmentWriter {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuMMdd")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter STRICT_TIME = DateTimeFormatter.ofPattern("HHmm")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static final String ID_QUALIFIERS = "0[1-4]|0[7-9]|[12][0-9]|3[0-8]|AM|NR|SA|SN|ZZ";

    private final AcknowledgmentSender sender;
    private final Clock clock;

    /**
     * @param sender our identity and delimiters
     * @param clock  the clock for ISA09/ISA10 and GS04/GS05
     */
    public AcknowledgmentWriter(AcknowledgmentSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    /** @param sender our identity and delimiters; uses the UTC system clock */
    public AcknowledgmentWriter(AcknowledgmentSender sender) {
        this(sender, Clock.systemUTC());
    }

    /**
     * @return the acknowledgments of every interchange of a validated file that needs one, in file order
     */
    public List<Acknowledgment> acknowledgeAll(X12ValidationReport report, ControlNumberSource numbers) {
        return acknowledgeAll(report, numbers, true);
    }

    /**
     * @param functionalAcknowledgments false for a partner that does not want 997s: only the TA1s it asked for (or
     *                                  that a broken envelope needs) are written
     * @return the acknowledgments of every interchange of a validated file that needs one, in file order
     */
    public List<Acknowledgment> acknowledgeAll(X12ValidationReport report, ControlNumberSource numbers,
                                               boolean functionalAcknowledgments) {
        List<Acknowledgment> acknowledgments = new ArrayList<>();
        for (InterchangeReport interchange : report.interchanges()) {
            acknowledge(interchange, numbers, functionalAcknowledgments).ifPresent(acknowledgments::add);
        }
        return acknowledgments;
    }

    /**
     * @param inbound the validated inbound interchange
     * @param numbers our control numbers; one ISA13 is drawn per acknowledgment, one GS06 and ST02 per 997
     * @return the acknowledgment interchange, or empty when nothing is to be acknowledged (only 997 groups and no
     *         TA1 needed)
     */
    public Optional<Acknowledgment> acknowledge(InterchangeReport inbound, ControlNumberSource numbers) {
        return acknowledge(inbound, numbers, true);
    }

    private Optional<Acknowledgment> acknowledge(InterchangeReport inbound, ControlNumberSource numbers,
                                                 boolean functionalAcknowledgments) {
        boolean ta1 = inbound.requiresTa1();
        List<FunctionalGroupReport> groups = functionalAcknowledgments && inbound.ackCode().accepted()
                ? inbound.groups().stream().filter(g -> !g.isFunctionalAcknowledgment()).toList()
                : List.of();
        if (!ta1 && groups.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        boolean repetitionVersion = inbound.hasRepetitionSeparatorVersion();
        X12Delimiters delimiters = outboundDelimiters(repetitionVersion);
        String controlNumber = String.format("%09d", numbers.nextInterchangeControlNumber() % 1_000_000_000L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> acknowledged = new ArrayList<>();
        try (EDIStreamWriter writer = newWriter(out, delimiters)) {
            writer.startInterchange();
            writeIsa(writer, inbound, delimiters, repetitionVersion, controlNumber, now);
            if (ta1) {
                writeTa1(writer, inbound, now);
            }
            for (FunctionalGroupReport group : groups) {
                writeFunctionalGroup(writer, inbound, group, numbers, now);
                acknowledged.add(group.controlNumber() == null ? "" : group.controlNumber());
            }
            writer.writeStartSegment("IEA").writeElement(String.valueOf(groups.size())).writeElement(controlNumber).writeEndSegment();
            writer.endInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("Cannot write the acknowledgment of interchange " + inbound.controlNumber(), e);
        }
        return Optional.of(new Acknowledgment(controlNumber, inbound.controlNumber(), ta1, acknowledged, out.toByteArray()));
    }

    private X12Delimiters outboundDelimiters(boolean repetitionVersion) {
        X12Delimiters d = sender.delimiters();
        if (!repetitionVersion) {
            return new X12Delimiters(d.element(), d.component(), null, d.segment());
        }
        if (d.repetition() != null) {
            return d;
        }
        char repetition = '^';
        for (char candidate : new char[] {'^', '{', '!', '|', '~', '`'}) {
            if (candidate != d.element() && candidate != d.component() && candidate != d.segment()) {
                repetition = candidate;
                break;
            }
        }
        return new X12Delimiters(d.element(), d.component(), repetition, d.segment());
    }

    private EDIStreamWriter newWriter(ByteArrayOutputStream out, X12Delimiters delimiters) {
        return X12StreamWriters.create(out, delimiters, sender.lineBreakAfterSegment());
    }

    private void writeIsa(EDIStreamWriter writer, InterchangeReport inbound, X12Delimiters delimiters, boolean repetitionVersion,
                          String controlNumber, ZonedDateTime now) throws EDIStreamException {
        writer.writeStartSegment("ISA")
                .writeElement("00").writeElement(" ".repeat(10))
                .writeElement("00").writeElement(" ".repeat(10))
                .writeElement(sender.interchangeQualifier()).writeElement(pad(sender.interchangeId(), 15))
                .writeElement(inbound.senderQualifier() != null && inbound.senderQualifier().matches(ID_QUALIFIERS)
                        ? inbound.senderQualifier() : "ZZ")
                .writeElement(pad(FunctionalAckBuilder.safe(inbound.senderId(), 1, 15, "UNKNOWN"), 15))
                .writeElement(now.format(ISA_DATE)).writeElement(now.format(TIME))
                .writeElement(repetitionVersion ? String.valueOf(delimiters.repetition()) : "U")
                .writeElement(repetitionVersion ? "00501" : "00401")
                .writeElement(controlNumber)
                .writeElement("0")
                .writeElement("T".equals(inbound.usageIndicator()) ? "T" : "P")
                .writeElement(String.valueOf(delimiters.component()))
                .writeEndSegment();
    }

    private void writeTa1(EDIStreamWriter writer, InterchangeReport inbound, ZonedDateTime now) throws EDIStreamException {
        writer.writeStartSegment("TA1")
                .writeElement(digits(inbound.controlNumber(), 9))
                .writeElement(validOr(inbound.date(), STRICT_DATE, ISA_DATE, now))
                .writeElement(validOr(inbound.time(), STRICT_TIME, TIME, now))
                .writeElement(inbound.ackCode().name())
                .writeElement(inbound.noteCode().code())
                .writeEndSegment();
    }

    private void writeFunctionalGroup(EDIStreamWriter writer, InterchangeReport inbound, FunctionalGroupReport group,
                                      ControlNumberSource numbers, ZonedDateTime now) throws EDIStreamException {
        String groupControlNumber = String.valueOf(numbers.nextGroupControlNumber() % 1_000_000_000L);
        String version = FunctionalAckBuilder.ackVersion(group.version(), inbound.hasRepetitionSeparatorVersion());
        writer.writeStartSegment("GS")
                .writeElement("FA")
                .writeElement(sender.applicationCode())
                .writeElement(FunctionalAckBuilder.safe(group.applicationSender(), 2, 15, inbound.senderId()))
                .writeElement(now.format(GS_DATE))
                .writeElement(now.format(TIME))
                .writeElement(groupControlNumber)
                .writeElement("X")
                .writeElement(version)
                .writeEndSegment();
        String transactionControlNumber = String.format("%04d", numbers.nextTransactionSetControlNumber() % 1_000_000_000L);
        int segments = new FunctionalAckBuilder(writer, version).write997(group, transactionControlNumber);
        writer.writeStartSegment("GE").writeElement("1").writeElement(groupControlNumber).writeEndSegment();
        assert segments > 0;
    }

    /** @return the value when it is exactly {@code width} digits, else zeros (TA1 must stay valid for broken headers) */
    private static String digits(String value, int width) {
        return value != null && value.length() == width && value.chars().allMatch(c -> c >= '0' && c <= '9') ? value : "0".repeat(width);
    }

    /** @return the inbound date or time when valid, else ours (a broken ISA09/ISA10 must not break the TA1) */
    private static String validOr(String value, DateTimeFormatter strict, DateTimeFormatter format, ZonedDateTime now) {
        try {
            if (value != null && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                strict.parse(value);
                return value;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // fall through to our own date or time
        }
        return now.format(format);
    }

    private static String pad(String value, int width) {
        String v = value == null ? "" : value;
        return v.length() >= width ? v.substring(0, width) : v + " ".repeat(width - v.length());
    }
}
