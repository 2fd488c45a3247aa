package com.ascendelements.portal.edi.x12.ack;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import java.util.Objects;

/**
 * Who we are on outbound acknowledgments and how we write them.
 *
 * @param interchangeQualifier ISA05, e.g. "ZZ"
 * @param interchangeId        ISA06 (padded to 15 characters when written)
 * @param applicationCode      GS02, our application sender's code
 * @param delimiters           the delimiters to write with; a missing repetition separator is replaced by '^' in
 *                             00501 interchanges, and ignored in 00401 ones (ISA11 = U)
 * @param lineBreakAfterSegment whether to write a line break after each segment terminator (ignored when the
 *                             terminator itself is a line break)
 */
public record AcknowledgmentSender(String interchangeQualifier, String interchangeId, String applicationCode,
                                   X12Delimiters delimiters, boolean lineBreakAfterSegment) {

    /** Checks the identifiers' X12 lengths. */
    public AcknowledgmentSender {
        Objects.requireNonNull(delimiters, "delimiters");
        if (interchangeQualifier == null || interchangeQualifier.length() != 2) {
            throw new IllegalArgumentException("ISA05 qualifier must have 2 characters: " + interchangeQualifier);
        }
        if (interchangeId == null || interchangeId.isBlank() || interchangeId.length() > 15) {
            throw new IllegalArgumentException("ISA06 must have 1 to 15 characters: " + interchangeId);
        }
        if (applicationCode == null || applicationCode.isBlank() || applicationCode.length() > 15) {
            throw new IllegalArgumentException("GS02 must have 1 to 15 characters: " + applicationCode);
        }
    }
}
