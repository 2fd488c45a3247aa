package com.ascendelements.portal.edi.x12.out;

import com.ascendelements.portal.edi.message.FunctionalGroupEnvelope;
import com.ascendelements.portal.edi.message.InterchangeEnvelope;
import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.translation.X12Translation;
import com.ascendelements.portal.edi.translation.X12TranslationException;
import com.ascendelements.portal.edi.x12.TransactionSchemas;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a document the portal writes goes: both parties, the partner's version (004010 or 005010), delimiters and control
 * numbers. One interchange, one group, one set, the same envelope whoever writes the set: {@link #write} puts a business
 * document (850, 855, 856, 810) into it and has the translation write it with the Smooks mapping of the set;
 * {@link DocumentWriter} writes the hub's answers and advices (824, 860, 861, 865) into it with StAEDI.
 *
 * @param lineBreaks whether a line break follows each segment terminator
 */
public record OutboundEnvelope(EnvelopeParty from, EnvelopeParty to, String version, X12Delimiters delimiters,
                               boolean lineBreaks, ControlNumberSource numbers) {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /**
     * One interchange's envelope as written, the same for every writer: ISA13 (nine digits), GS06, ST02 (at least four
     * digits) drawn in that order, the clock's date and time, ISA12 00401 or 00501, GS01 of the set, and the delimiters
     * (005010 has a repetition separator in ISA11, the partner's or ^; 004010 has none).
     */
    record Header(String functionalId, String isa13, String gs06, String st02, String isaVersion, String isaDate,
                  String gsDate, String time, X12Delimiters delimiters) {
    }

    /** Draws the control numbers of one interchange carrying transaction set {@code setId}. */
    Header draw(String setId, Clock clock) {
        boolean v5010 = version.startsWith("005");
        ZonedDateTime now = ZonedDateTime.now(clock);
        String isa13 = String.format("%09d", numbers.nextInterchangeControlNumber() % 1_000_000_000L);
        String gs06 = String.valueOf(numbers.nextGroupControlNumber() % 1_000_000_000L);
        String st02 = String.format("%04d", numbers.nextTransactionSetControlNumber() % 1_000_000_000L);
        Character repetition = v5010 ? (delimiters.repetition() != null ? delimiters.repetition() : Character.valueOf('^')) : null;
        return new Header(TransactionSchemas.FUNCTIONAL_IDENTIFIERS.get(setId), isa13, gs06, st02, v5010 ? "00501" : "00401",
                now.format(ISA_DATE), now.format(GS_DATE), now.format(TIME),
                new X12Delimiters(delimiters.element(), delimiters.component(), repetition, delimiters.segment()));
    }

    /**
     * Writes the message as transaction set {@code setId} in an interchange of its own with the translation (the Smooks
     * mapping of the set); the message's envelopes (ISA, GS) and control number are set from this envelope.
     *
     * @throws IllegalArgumentException when the message's values cannot be written as X12 (a value holding a delimiter or a
     *                                  line break, an amount with more than two decimals where X12 implies two)
     * @throws IllegalStateException    when the set has no mapping or the writer fails (not the document's fault)
     */
    public OutboundInterchange write(X12Translation translation, String setId, X12Message message, Clock clock) {
        Header header = draw(setId, clock);
        InterchangeEnvelope interchange = new InterchangeEnvelope();
        interchange.setSenderQualifier(from.qualifier());
        interchange.setSenderId(from.interchangeId());
        interchange.setReceiverQualifier(to.qualifier());
        interchange.setReceiverId(to.interchangeId());
        interchange.setDate(header.isaDate());
        interchange.setTime(header.time());
        interchange.setVersionNumber(header.isaVersion());
        interchange.setControlNumber(header.isa13());
        interchange.setAcknowledgmentRequested("0");
        interchange.setUsageIndicator("P");
        FunctionalGroupEnvelope group = new FunctionalGroupEnvelope();
        group.setFunctionalIdentifier(header.functionalId());
        group.setApplicationSender(from.applicationCode());
        group.setApplicationReceiver(to.applicationCode());
        group.setDate(header.gsDate());
        group.setTime(header.time());
        group.setControlNumber(header.gs06());
        group.setResponsibleAgency("X");
        group.setVersion(version);
        message.setInterchange(interchange);
        message.setGroup(group);
        message.setTransactionSetCode(setId);
        message.setControlNumber(header.st02());
        try {
            return new OutboundInterchange(header.isa13(), translation.write(message, header.delimiters(), lineBreaks));
        } catch (X12TranslationException e) {  // the document's values: what the caller shows its user
            throw new IllegalArgumentException("Cannot write the " + setId + ": " + e.getMessage(), e);
        }
    }
}
