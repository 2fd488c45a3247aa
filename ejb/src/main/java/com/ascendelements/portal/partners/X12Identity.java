package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * How a partner is addressed in X12 envelopes: the interchange qualifier and ID (ISA05/06, ISA07/08),
 * the application code of its functional groups (GS02/GS03) and the version it trades in.
 */
@Embeddable
public class X12Identity {

    @Column(name = "x12_qualifier", length = 2, nullable = false)
    private String qualifier;

    @Column(name = "x12_interchange_id", length = 15, nullable = false)
    private String interchangeId;

    @Column(name = "x12_application_code", length = 15, nullable = false)
    private String applicationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "x12_version", length = 8, nullable = false)
    private X12Version version;

    protected X12Identity() {
        // JPA
    }

    public X12Identity(String qualifier, String interchangeId, String applicationCode, X12Version version) {
        this.qualifier = requireLength("qualifier", qualifier, 2, 2);
        this.interchangeId = requireLength("interchange ID", interchangeId, 1, 15);
        this.applicationCode = requireLength("application code", applicationCode, 2, 15);
        this.version = Objects.requireNonNull(version, "version");
    }

    /** From what a form or the API gives: the version by its code (004010, 005010); a bad part is refused with why. */
    public static X12Identity of(String qualifier, String interchangeId, String applicationCode, String versionCode) {
        return new X12Identity(qualifier, interchangeId, applicationCode, X12Version.ofCode(versionCode));
    }

    private static String requireLength(String what, String value, int min, int max) {
        if (value == null || value.isBlank() || value.strip().length() < min || value.strip().length() > max) {
            throw new IllegalArgumentException("X12 " + what + " must have " + min + " to " + max + " characters: " + value);
        }
        return value.strip();
    }

    public String qualifier() {
        return qualifier;
    }

    public String interchangeId() {
        return interchangeId;
    }

    public String applicationCode() {
        return applicationCode;
    }

    public X12Version version() {
        return version;
    }
}
