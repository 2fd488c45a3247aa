package com.ascendelements.portal.partners;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trading partner's X.509 certificate, imported from PEM or DER: it verifies the partner's AS2 signatures and
 * encrypts what we send it. The newest one that is valid now is the one in use.
 */
@Entity
@Table(name = "partner_certificate")
@NamedQuery(name = PartnerCertificate.OF_PARTNER,
        query = "SELECT c FROM PartnerCertificate c WHERE c.partner.id = :partner ORDER BY c.notAfter DESC")
@NamedQuery(name = PartnerCertificate.EXPIRING,
        query = "SELECT c FROM PartnerCertificate c JOIN FETCH c.partner WHERE c.notAfter <= :limit ORDER BY c.notAfter")
public class PartnerCertificate {

    private static final int MAX_PARSED = 1000;
    private static final Map<String, X509Certificate> PARSED = new ConcurrentHashMap<>();

    static final String OF_PARTNER = "PartnerCertificate.ofPartner";
    static final String EXPIRING = "PartnerCertificate.expiring";

    /** Administrators are warned this long before a certificate expires. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    @Id
    @SequenceGenerator(name = "partner_certificate_seq", sequenceName = "partner_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_certificate_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false)
    private TradingPartner partner;

    @Column(name = "subject", length = 1000, nullable = false)
    private String subject;

    @Column(name = "issuer", length = 1000, nullable = false)
    private String issuer;

    @Column(name = "serial_number", length = 100, nullable = false)
    private String serialNumber;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    /** SHA-256 of the DER encoding, in hex. */
    @Column(name = "fingerprint", length = 64, nullable = false)
    private String fingerprint;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "encoded", nullable = false)
    private byte[] encoded;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", length = 100)
    private String importedBy;

    protected PartnerCertificate() {
        // JPA
    }

    private PartnerCertificate(TradingPartner partner, X509Certificate certificate, Instant importedAt, String importedBy) {
        this.partner = Objects.requireNonNull(partner);
        this.subject = certificate.getSubjectX500Principal().getName();
        this.issuer = certificate.getIssuerX500Principal().getName();
        this.serialNumber = certificate.getSerialNumber().toString(16);
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.encoded = der(certificate);
        this.fingerprint = fingerprint(certificate);
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    /**
     * Reads one certificate from PEM ({@code -----BEGIN CERTIFICATE-----}) or DER bytes. Refuses anything else, a
     * file with several certificates and a certificate that has already expired.
     */
    public static PartnerCertificate importFor(TradingPartner partner, byte[] pemOrDer, Clock clock, String importedBy) {
        X509Certificate certificate = parse(pemOrDer);
        if (certificate.getNotAfter().toInstant().isBefore(clock.instant())) {
            throw new IllegalArgumentException("The certificate expired on " + certificate.getNotAfter().toInstant()
                    + ": " + certificate.getSubjectX500Principal().getName());
        }
        return new PartnerCertificate(partner, certificate, clock.instant(), importedBy);
    }

    /** One X.509 certificate from PEM or DER bytes. */
    public static X509Certificate parse(byte[] pemOrDer) {
        if (pemOrDer == null || pemOrDer.length == 0) {
            throw new IllegalArgumentException("No certificate: the file is empty");
        }
        String text = new String(pemOrDer, StandardCharsets.US_ASCII);
        if (text.contains("PRIVATE KEY")) {
            throw new IllegalArgumentException("This file holds a private key: import only the partner's certificate");
        }
        try {
            Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pemOrDer));
            if (all.size() != 1) {
                throw new IllegalArgumentException("Expected one certificate, the file holds " + all.size());
            }
            return (X509Certificate) all.iterator().next();
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not a PEM or DER X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der(certificate)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate, parsed once per node: keyed by its fingerprint (the SHA-256 of its bytes), so an entry can never
     * stand for other bytes. (Every AS2 message needs its partner's certificate; parsing it each time showed in the
     * profile.)
     */
    public X509Certificate certificate() {
        if (PARSED.size() > MAX_PARSED) {
            PARSED.clear();
        }
        return PARSED.computeIfAbsent(fingerprint, f -> parse(encoded));
    }

    public boolean validAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    public boolean expiresWithin(Duration window, Instant now) {
        return !notAfter.isAfter(now.plus(window));
    }

    public Long id() {
        return id;
    }

    public TradingPartner partner() {
        return partner;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
