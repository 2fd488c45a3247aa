package com.ascendelements.portal.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A sender or receiver as named in an ISA header (qualifier and ID), kept as received. */
@Embeddable
public class EnvelopeParty {

    @Column(name = "qualifier", length = 2)
    private String qualifier;

    @Column(name = "interchange_id", length = 15)
    private String interchangeId;

    protected EnvelopeParty() {
        // JPA
    }

    public EnvelopeParty(String qualifier, String interchangeId) {
        this.qualifier = qualifier == null ? null : qualifier.strip();
        this.interchangeId = interchangeId == null ? null : interchangeId.strip();
    }

    public String qualifier() {
        return qualifier;
    }

    public String interchangeId() {
        return interchangeId;
    }

    @Override
    public String toString() {
        return qualifier + ":" + interchangeId;
    }
}
