package com.ascendelements.portal.edi.x12.out;

/** A party of an outbound envelope: ISA qualifier and ID, and its GS application code. */
public record EnvelopeParty(String qualifier, String interchangeId, String applicationCode) {

    public EnvelopeParty {
        if (qualifier == null || qualifier.length() != 2) {
            throw new IllegalArgumentException("An ISA qualifier has 2 characters: " + qualifier);
        }
        if (interchangeId == null || interchangeId.isBlank() || interchangeId.length() > 15) {
            throw new IllegalArgumentException("An ISA ID has 1 to 15 characters: " + interchangeId);
        }
        if (applicationCode == null || applicationCode.length() < 2 || applicationCode.length() > 15) {
            throw new IllegalArgumentException("A GS application code has 2 to 15 characters: " + applicationCode);
        }
    }
}
