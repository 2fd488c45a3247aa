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
 * Where a business document the hub writes goes: both parties, the partner's version (004010 or 005010), delimiters and
 * control numbers. {@link #write} puts a message DTO into its interchange and group (one of each, as
 * {@link DocumentWriter} does for the acknowledgments) and has the translation write it, so the mapping of the set stays
 * the translation's.
 *
 * @param lineBreaks whether a line break follows each segment terminator
 */
public record OutboundEnvelope(EnvelopeParty from, EnvelopeParty to, String version, X12Delimiters delimiters,
                               boolean lineBreaks, ControlNumberSource numbers) {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    /**
     * Writes the message as transaction set {@code setId} in an interchange of its own, drawing ISA13, GS06 and ST02 in
     * that order; the envelope's dates are the clock's.
     *
     * @throws IllegalArgumentException when the message cannot be written as X12 (a value holding a delimiter, an amount
     *                                  with more than two decimals where X12 implies two)
     */
    public OutboundInterchange write(X12Translation translation, String setId, X12Message message, Clock clock) {
        boolean v5010 = version.startsWith("005");
        ZonedDateTime now = ZonedDateTime.now(clock);
        String isa13 = String.format("%09d", numbers.nextInterchangeControlNumber() % 1_000_000_000L);
        InterchangeEnvelope interchange = new InterchangeEnvelope();
        interchange.setSenderQualifier(from.qualifier());
        interchange.setSenderId(from.interchangeId());
        interchange.setReceiverQualifier(to.qualifier());
        interchange.setReceiverId(to.interchangeId());
        interchange.setDate(now.format(ISA_DATE));
        interchange.setTime(now.format(TIME));
        interchange.setVersionNumber(v5010 ? "00501" : "00401");
        interchange.setControlNumber(isa13);
        interchange.setAcknowledgmentRequested("0");
        interchange.setUsageIndicator("P");
        FunctionalGroupEnvelope group = new FunctionalGroupEnvelope();
        group.setFunctionalIdentifier(TransactionSchemas.FUNCTIONAL_IDENTIFIERS.get(setId));
        group.setApplicationSender(from.applicationCode());
        group.setApplicationReceiver(to.applicationCode());
        group.setDate(now.format(GS_DATE));
        group.setTime(now.format(TIME));
        group.setControlNumber(String.valueOf(numbers.nextGroupControlNumber() % 1_000_000_000L));
        group.setResponsibleAgency("X");
        group.setVersion(version);
        message.setInterchange(interchange);
        message.setGroup(group);
        message.setTransactionSetCode(setId);
        message.setControlNumber(String.format("%04d", numbers.nextTransactionSetControlNumber() % 1_000_000_000L));
        // 005010 has a repetition separator in ISA11 (the partner's, or ^); 004010 has none
        Character repetition = v5010 ? (delimiters.repetition() != null ? delimiters.repetition() : Character.valueOf('^')) : null;
        X12Delimiters written = new X12Delimiters(delimiters.element(), delimiters.component(), repetition, delimiters.segment());
        try {
            return new OutboundInterchange(isa13, translation.write(message, written, lineBreaks));
        } catch (X12TranslationException e) {  // the document's values: what the caller shows its user
            throw new IllegalArgumentException("Cannot write the " + setId + ": " + e.getMessage(), e);
        }
    }
}
