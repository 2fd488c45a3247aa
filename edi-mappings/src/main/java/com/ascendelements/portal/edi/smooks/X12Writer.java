package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.InterchangeEnvelope;
import com.ascendelements.portal.edi.message.X12Message;
import org.smooks.Smooks;
import org.smooks.api.SmooksException;
import org.smooks.io.sink.ByteSink;
import org.smooks.io.source.StringSource;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a message DTO as a complete X12 interchange (ISA, GS, ST..SE, GE, IEA) in the partner's version and
 * delimiters, through the Smooks EDI unparser and the same DFDL schema that reads it.
 *
 * <p>Control numbers are the caller's: ISA13 from {@code message.getInterchange().getControlNumber()}, GS06
 * from {@code message.getGroup().getControlNumber()}, ST02 from {@code message.getControlNumber()}. The
 * version is GS08 of the group (e.g. 004010, 005010) and ISA12 of the interchange (defaulted from GS08). SE01,
 * GE01, IEA01 and CTT are computed. Dates and times not given are taken from the clock (UTC).</p>
 *
 * <p>Thread-safe.</p>
 */
public final class X12Writer {

    private static final Map<String, TransactionSetXmlWriter<?>> WRITERS = Map.of(
            "850", new PurchaseOrderXmlWriter(),
            "855", new PurchaseOrderAcknowledgmentXmlWriter(),
            "856", new ShipNoticeXmlWriter(),
            "810", new InvoiceXmlWriter());

    private final SmooksInstanceCache smooksInstances;
    private final Clock clock;

    /** A writer on the JVM-wide Smooks instances and the UTC clock. */
    public X12Writer() {
        this(SmooksInstanceCache.shared(), Clock.systemUTC());
    }

    /** A writer on the given Smooks instances and clock. */
    public X12Writer(SmooksInstanceCache smooksInstances, Clock clock) {
        this.smooksInstances = smooksInstances;
        this.clock = clock;
    }

    /** Whether messages of this transaction set can be written. */
    public static boolean canWrite(String transactionSetCode) {
        return WRITERS.containsKey(transactionSetCode);
    }

    /**
     * Writes the message in its own interchange with these delimiters.
     *
     * @param lineBreakAfterSegment whether a line break (LF, as StAEDI writes the acknowledgments) follows each segment terminator
     */
    public byte[] write(X12Message message, X12Delimiters delimiters, boolean lineBreakAfterSegment) {
        String xml = toInterchangeXml(message, delimiters);
        Smooks smooks = smooksInstances.writer(delimiters, lineBreakAfterSegment);
        ByteSink sink = new ByteSink();
        try {
            SmooksFilter.filter(smooks, smooks.createExecutionContext(), new StringSource(xml), sink);
        } catch (SmooksException e) {  // the values were checked while laying them out: this is the unparser's fault
            throw new IllegalStateException("the Smooks writer cannot write " + message.getTransactionSetCode() + " "
                    + message.getControlNumber() + ": " + X12Reader.rootMessage(e), e);
        }
        return sink.getResult();
    }

    /** The XML infoset that is unparsed (exposed for diagnostics and tests). */
    String toInterchangeXml(X12Message message, X12Delimiters delimiters) {
        TransactionSetXmlWriter<?> setWriter = WRITERS.get(message.getTransactionSetCode());
        if (setWriter == null) {
            throw new IllegalStateException("writing transaction set " + message.getTransactionSetCode()
                    + " is not supported; supported: " + WRITERS.keySet());
        }
        InterchangeEnvelope interchange = Objects.requireNonNull(message.getInterchange(),
                "message.interchange (ISA values) is required");
        FunctionalGroupEnvelope group = Objects.requireNonNull(message.getGroup(),
                "message.group (GS values) is required");
        String version = required(group.getVersion(), "group.version (GS08)");
        String isaVersion = interchange.getVersionNumber() != null ? interchange.getVersionNumber()
                : version.substring(0, 5);
        boolean repetitionInIsa11 = isaVersion.compareTo("00501") >= 0;
        if (repetitionInIsa11 && delimiters.repetition() == null) {
            throw new X12TranslationException("ISA12 " + isaVersion + " needs a repetition separator");
        }
        String interchangeControlNumber = zeroPad(required(interchange.getControlNumber(),
                "interchange.controlNumber (ISA13)"), 9);
        String groupControlNumber = required(group.getControlNumber(), "group.controlNumber (GS06)");
        required(message.getControlNumber(), "controlNumber (ST02)");
        LocalDateTime now = LocalDateTime.now(clock);

        InterchangeXmlBuilder xml = new InterchangeXmlBuilder(delimiters);
        xml.start("Interchange");
        xml.segment("ISA", "00", pad("", 10), "00", pad("", 10),
                pad(orDefault(interchange.getSenderQualifier(), "ZZ"), 2),
                pad(required(interchange.getSenderId(), "ISA06"), 15),
                pad(orDefault(interchange.getReceiverQualifier(), "ZZ"), 2),
                pad(required(interchange.getReceiverId(), "ISA08"), 15),
                pad(orDefault(interchange.getDate(), now.format(DateTimeFormatter.ofPattern("yyMMdd"))), 6),
                pad(orDefault(interchange.getTime(), now.format(DateTimeFormatter.ofPattern("HHmm"))), 4),
                repetitionInIsa11 ? String.valueOf(delimiters.repetition()) : "U",
                pad(isaVersion, 5), interchangeControlNumber,
                pad(orDefault(interchange.getAcknowledgmentRequested(), "0"), 1),
                pad(orDefault(interchange.getUsageIndicator(), "P"), 1),
                String.valueOf(delimiters.component()));
        xml.start("FunctionalGroup");
        xml.segment("GS", required(group.getFunctionalIdentifier(), "GS01"),
                required(group.getApplicationSender(), "GS02"), required(group.getApplicationReceiver(), "GS03"),
                orDefault(group.getDate(), now.format(DateTimeFormatter.BASIC_ISO_DATE)),
                orDefault(group.getTime(), now.format(DateTimeFormatter.ofPattern("HHmm"))),
                groupControlNumber, orDefault(group.getResponsibleAgency(), "X"), version);
        xml.start("TransactionSet");
        writeTransactionSet(setWriter, message, xml);
        xml.end();
        xml.segment("GE", 1, groupControlNumber);
        xml.end();
        xml.segment("IEA", 1, interchangeControlNumber);
        xml.end();
        return xml.toXml();
    }

    @SuppressWarnings("unchecked")
    private static <M extends X12Message> void writeTransactionSet(TransactionSetXmlWriter<M> setWriter,
                                                                   X12Message message,
                                                                   InterchangeXmlBuilder xml) {
        M typed = setWriter.messageType().cast(message);
        xml.start(setWriter.rootElement());
        xml.startTransactionSet();
        xml.segment("ST", message.getTransactionSetCode(), message.getControlNumber());
        setWriter.writeBody(typed, xml);
        xml.segment("SE", xml.transactionSetSegments() + 1, message.getControlNumber());
        xml.end();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new X12TranslationException(what + " is required to write an interchange");
        }
        return value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** ISA elements are fixed width: pad with spaces, refuse what does not fit. */
    private static String pad(String value, int width) {
        if (value.length() > width) {
            throw new X12TranslationException("ISA value longer than " + width + " characters: " + value);
        }
        return value + " ".repeat(width - value.length());
    }

    private static String zeroPad(String number, int width) {
        if (!number.chars().allMatch(Character::isDigit) || number.length() > width) {
            throw new X12TranslationException("control number must be at most " + width + " digits: " + number);
        }
        return "0".repeat(width - number.length()) + number;
    }
}
