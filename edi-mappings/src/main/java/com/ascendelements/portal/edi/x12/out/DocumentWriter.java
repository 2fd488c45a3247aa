package com.ascendelements.portal.edi.x12.out;

import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.X12StreamWriters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes business documents (855 so far) as X12 with StAEDI, inside the application server, in the partner's
 * version and delimiters; the control numbers come from the caller. One interchange, one group, one set.
 */
public final class DocumentWriter {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final Clock clock;

    public DocumentWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param version "004010" or "005010"
     */
    public OutboundInterchange write(PurchaseOrderAcknowledgment ack, EnvelopeParty from, EnvelopeParty to, String version,
                                     X12Delimiters delimiters, boolean lineBreaks, ControlNumberSource numbers) {
        boolean v5010 = version.startsWith("005");
        String isa13 = String.format("%09d", numbers.nextInterchangeControlNumber() % 1_000_000_000L);
        String gs06 = String.valueOf(numbers.nextGroupControlNumber() % 1_000_000_000L);
        String st02 = String.format("%04d", numbers.nextTransactionSetControlNumber() % 1_000_000_000L);
        ZonedDateTime now = ZonedDateTime.now(clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EDIStreamWriter writer = writer(out, delimiters, v5010, lineBreaks)) {
            writer.startInterchange();
            writer.writeStartSegment("ISA")
                    .writeElement("00").writeElement(" ".repeat(10)).writeElement("00").writeElement(" ".repeat(10))
                    .writeElement(from.qualifier()).writeElement(pad(from.interchangeId()))
                    .writeElement(to.qualifier()).writeElement(pad(to.interchangeId()))
                    .writeElement(now.format(ISA_DATE)).writeElement(now.format(TIME))
                    .writeElement(v5010 ? String.valueOf(repetition(delimiters)) : "U")
                    .writeElement(v5010 ? "00501" : "00401")
                    .writeElement(isa13).writeElement("0").writeElement("P")
                    .writeElement(String.valueOf(delimiters.component()))
                    .writeEndSegment();
            writer.writeStartSegment("GS").writeElement("PR").writeElement(from.applicationCode()).writeElement(to.applicationCode())
                    .writeElement(now.format(CCYYMMDD)).writeElement(now.format(TIME)).writeElement(gs06).writeElement("X")
                    .writeElement(version).writeEndSegment();
            int segments = 0;
            writer.writeStartSegment("ST").writeElement("855").writeElement(st02).writeEndSegment();
            segments++;
            writer.writeStartSegment("BAK").writeElement("00").writeElement(ack.type()).writeElement(ack.poNumber())
                    .writeElement(ack.poDate().format(CCYYMMDD)).writeEndSegment();
            segments++;
            for (PurchaseOrderAcknowledgment.Line line : ack.lines()) {
                writer.writeStartSegment("PO1").writeElement(line.lineNumber()).writeElement(number(line.quantity()))
                        .writeElement(line.unitCode()).writeElement(number(line.unitPrice())).writeEmptyElement()
                        .writeElement("VP").writeElement(line.productId()).writeEndSegment();
                writer.writeStartSegment("ACK").writeElement(line.status()).writeElement(number(line.quantity()))
                        .writeElement(line.unitCode()).writeEndSegment();
                segments += 2;
            }
            writer.writeStartSegment("CTT").writeElement(String.valueOf(ack.lines().size())).writeEndSegment();
            segments++;
            writer.writeStartSegment("SE").writeElement(String.valueOf(segments + 1)).writeElement(st02).writeEndSegment();
            writer.writeStartSegment("GE").writeElement("1").writeElement(gs06).writeEndSegment();
            writer.writeStartSegment("IEA").writeElement("1").writeElement(isa13).writeEndSegment();
            writer.endInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("Cannot write the 855 for PO " + ack.poNumber() + ": " + e.getMessage(), e);
        }
        return new OutboundInterchange(isa13, out.toByteArray());
    }

    private static EDIStreamWriter writer(ByteArrayOutputStream out, X12Delimiters d, boolean v5010, boolean lineBreaks) {
        return X12StreamWriters.create(out, new X12Delimiters(d.element(), d.component(), v5010 ? repetition(d) : null, d.segment()),
                lineBreaks);
    }

    private static char repetition(X12Delimiters d) {
        return d.repetition() != null ? d.repetition() : '^';
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    /** X12 R (decimal) values: no exponent, no trailing zeros. */
    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
