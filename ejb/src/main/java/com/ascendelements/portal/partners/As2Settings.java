package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * How a partner trades over AS2 (RFC 4130): its AS2 identity, the URL its messages go to, whether its messages must
 * be signed and encrypted (and ours to it compressed), how it wants receipts (MDN) and the algorithms. A partner
 * without an AS2 identity does not trade over AS2.
 */
@Embeddable
public class As2Settings {

    /** Digest algorithms for signatures and MICs, as AS2 names them (RFC 5751). */
    public static final Set<String> SIGN_ALGORITHMS = Set.of("sha-256", "sha-384", "sha-512", "sha-1");
    /** Content encryption algorithms, as AS2 names them. */
    public static final Set<String> ENCRYPT_ALGORITHMS = Set.of("aes256-cbc", "aes192-cbc", "aes128-cbc",
            "aes256-gcm", "aes128-gcm", "3des");

    @Column(name = "as2_id", length = 128)
    private String as2Id;

    @Column(name = "as2_url", length = 500)
    private String url;

    @Column(name = "as2_require_signed", nullable = false)
    private boolean requireSigned = true;

    @Column(name = "as2_require_encrypted", nullable = false)
    private boolean requireEncrypted = true;

    @Column(name = "as2_compress", nullable = false)
    private boolean compress;

    @Enumerated(EnumType.STRING)
    @Column(name = "as2_mdn_mode", length = 10, nullable = false)
    private MdnMode mdnMode = MdnMode.SYNC;

    @Column(name = "as2_mdn_signed", nullable = false)
    private boolean mdnSigned = true;

    @Column(name = "as2_sign_algorithm", length = 20, nullable = false)
    private String signAlgorithm = "sha-256";

    @Column(name = "as2_encrypt_algorithm", length = 20, nullable = false)
    private String encryptAlgorithm = "aes256-cbc";

    /** How the partner wants the receipt of what we send it. */
    public enum MdnMode {
        /** The MDN comes back on the same HTTP exchange. */
        SYNC,
        /** The MDN arrives later, posted to our MDN URL. */
        ASYNC
    }

    protected As2Settings() {
        // JPA
    }

    public As2Settings(String as2Id, String url, boolean requireSigned, boolean requireEncrypted, boolean compress,
                       MdnMode mdnMode, boolean mdnSigned, String signAlgorithm, String encryptAlgorithm) {
        this.as2Id = requireAs2Id(as2Id);
        this.url = requireUrl(url);
        this.requireSigned = requireSigned;
        this.requireEncrypted = requireEncrypted;
        this.compress = compress;
        this.mdnMode = Objects.requireNonNull(mdnMode, "MDN mode");
        this.mdnSigned = mdnSigned;
        this.signAlgorithm = requireOneOf("signing algorithm", signAlgorithm, SIGN_ALGORITHMS);
        this.encryptAlgorithm = requireOneOf("encryption algorithm", encryptAlgorithm, ENCRYPT_ALGORITHMS);
    }

    /** Signed, encrypted, synchronous signed MDNs, SHA-256 and AES-256: what a new AS2 partner gets. */
    public static As2Settings secure(String as2Id, String url) {
        return new As2Settings(as2Id, url, true, true, false, MdnMode.SYNC, true, "sha-256", "aes256-cbc");
    }

    /** Settings as an editor or the API gives them: no AS2 identity means the partner does not trade over AS2. */
    public static As2Settings of(String as2Id, String url, boolean requireSigned, boolean requireEncrypted, boolean compress,
                                 MdnMode mdnMode, boolean mdnSigned, String signAlgorithm, String encryptAlgorithm) {
        return as2Id == null || as2Id.isBlank() ? none()
                : new As2Settings(as2Id, url, requireSigned, requireEncrypted, compress, mdnMode, mdnSigned, signAlgorithm,
                encryptAlgorithm);
    }

    /** The settings of a partner that does not trade over AS2. */
    public static As2Settings none() {
        return new As2Settings();
    }

    /**
     * RFC 4130: an AS2 name is 1 to 128 printable ASCII characters; a quoted name may hold spaces. We accept the
     * common subset without quotes, spaces or control characters.
     */
    static String requireAs2Id(String as2Id) {
        if (as2Id == null || !as2Id.strip().matches("[!#-~]{1,128}") || as2Id.strip().contains("\"")) {
            throw new IllegalArgumentException("An AS2 identity is 1 to 128 printable characters without spaces or quotes: " + as2Id);
        }
        return as2Id.strip();
    }

    private static String requireUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("The AS2 URL must be an http or https URL: " + url);
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The AS2 URL must be an http or https URL: " + url, e);
        }
    }

    private static String requireOneOf(String what, String value, Set<String> allowed) {
        String v = value == null ? null : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v == null || !allowed.contains(v)) {
            throw new IllegalArgumentException("Unknown AS2 " + what + " " + value + "; one of " + allowed);
        }
        return v;
    }

    public boolean enabled() {
        return as2Id != null;
    }

    public String as2Id() {
        return as2Id;
    }

    /** Where we send this partner's documents; empty when it only sends to us. */
    public String url() {
        return url;
    }

    public boolean requireSigned() {
        return requireSigned;
    }

    public boolean requireEncrypted() {
        return requireEncrypted;
    }

    public boolean compress() {
        return compress;
    }

    public MdnMode mdnMode() {
        return mdnMode;
    }

    public boolean mdnSigned() {
        return mdnSigned;
    }

    public String signAlgorithm() {
        return signAlgorithm;
    }

    public String encryptAlgorithm() {
        return encryptAlgorithm;
    }
}
