package com.ascendelements.portal.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a partner trades over AS2 (RFC 4130): its AS2 identity, the URL its messages go to, and two separate sides:
 * <ul>
 * <li>what we require of what it sends us: signed ({@link #requireSigned}), encrypted ({@link #requireEncrypted}),
 * with algorithms no weaker than {@link #minSignAlgorithm} and {@link #minEncryptAlgorithm}, and where its
 * asynchronous MDN requests may point besides the host and port of its AS2 URL ({@link #mdnHosts});</li>
 * <li>what we send it: signed ({@link #signOutbound}) with {@link #signAlgorithm}, encrypted ({@link #encryptOutbound})
 * with {@link #encryptAlgorithm} (AES-GCM only when {@link #gcmSupported} says its product can decrypt it),
 * compressed, in which Content-Transfer-Encoding ({@link #transferEncoding}), and how it returns its receipts (MDN).</li>
 * </ul>
 * A partner without an AS2 identity does not trade over AS2.
 */
@Embeddable
public class As2Settings {

    /** Digest algorithms for signatures and MICs, as AS2 names them (RFC 5751). */
    public static final Set<String> SIGN_ALGORITHMS = Set.of("sha-256", "sha-384", "sha-512", "sha-1");
    /** Content encryption algorithms, as AS2 names them. */
    public static final Set<String> ENCRYPT_ALGORITHMS = Set.of("aes256-cbc", "aes192-cbc", "aes128-cbc",
            "aes256-gcm", "aes128-gcm", "3des");
    /** Digest strength, weakest first: an inbound signature below the profile's minimum is refused. */
    private static final List<String> SIGN_STRENGTH = List.of("sha-1", "sha-256", "sha-384", "sha-512");
    /** Cipher strength by key size (GCM and CBC alike), weakest first. */
    private static final List<String> ENCRYPT_STRENGTH = List.of("3des", "aes128", "aes192", "aes256");
    /** What a profile requires of inbound messages unless it says otherwise. */
    public static final String DEFAULT_MIN_SIGN = "sha-256";
    public static final String DEFAULT_MIN_ENCRYPT = "aes128-cbc";

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

    @Column(name = "as2_sign_outbound", nullable = false)
    private boolean signOutbound = true;

    @Column(name = "as2_encrypt_outbound", nullable = false)
    private boolean encryptOutbound = true;

    @Column(name = "as2_min_sign_algorithm", length = 20, nullable = false)
    private String minSignAlgorithm = DEFAULT_MIN_SIGN;

    @Column(name = "as2_min_encrypt_algorithm", length = 20, nullable = false)
    private String minEncryptAlgorithm = DEFAULT_MIN_ENCRYPT;

    @Column(name = "as2_gcm_supported", nullable = false)
    private boolean gcmSupported;

    /** Extra {@code host:port} pairs its asynchronous MDN requests may name, comma-separated; null when none. */
    @Column(name = "as2_mdn_hosts", length = 1000)
    private String mdnHosts;

    /**
     * How the body of what we send it travels over HTTP: as bytes (the AS2 norm) or base64. Some AS2 products (libas2
     * 0.8, older gateways) read the HTTP body as text and can only decrypt a base64 one.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "as2_transfer_encoding", length = 10, nullable = false)
    private TransferEncoding transferEncoding = TransferEncoding.BINARY;

    /** The Content-Transfer-Encoding of the messages we send a partner. */
    public enum TransferEncoding {
        /** The body as it is (RFC 4130 §5.2: binary over HTTP). */
        BINARY,
        /** The body base64-encoded, for products that cannot read binary bodies. */
        BASE64
    }

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

    /**
     * Settings where what we send mirrors what we require (signed when we require signatures, encrypted when we
     * require encryption), the default minimum algorithms, AES-GCM assumed supported only when it is the algorithm
     * chosen, and no extra MDN hosts. {@link #withPolicy} sets each of these on its own.
     */
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
        this.signOutbound = requireSigned;
        this.encryptOutbound = requireEncrypted;
        this.gcmSupported = isGcm(this.encryptAlgorithm);
    }

    /**
     * A copy with what we send ({@code signOutbound}, {@code encryptOutbound}) set apart from what we require, the
     * weakest inbound algorithms accepted, whether the partner's product decrypts AES-GCM (required to choose it) and
     * the extra hosts its asynchronous MDN requests may name ({@code host:port}, comma- or space-separated).
     */
    public As2Settings withPolicy(boolean signOutbound, boolean encryptOutbound, String minSignAlgorithm,
                                  String minEncryptAlgorithm, boolean gcmSupported, String mdnHosts) {
        if (!enabled()) {
            return this;
        }
        As2Settings s = new As2Settings(as2Id, url, requireSigned, requireEncrypted, compress, mdnMode, mdnSigned,
                signAlgorithm, encryptAlgorithm);
        s.signOutbound = signOutbound;
        s.encryptOutbound = encryptOutbound;
        s.minSignAlgorithm = requireOneOf("minimum signing algorithm",
                minSignAlgorithm == null ? DEFAULT_MIN_SIGN : minSignAlgorithm, SIGN_ALGORITHMS);
        s.minEncryptAlgorithm = requireOneOf("minimum encryption algorithm",
                minEncryptAlgorithm == null ? DEFAULT_MIN_ENCRYPT : minEncryptAlgorithm, ENCRYPT_ALGORITHMS);
        s.gcmSupported = gcmSupported;
        if (isGcm(encryptAlgorithm) && !gcmSupported) {
            throw new IllegalArgumentException("AES-GCM (" + encryptAlgorithm + ") only for a partner whose AS2 product decrypts it:"
                    + " tick \"partner supports AES-GCM\" or choose a CBC algorithm (OpenAS2 4.9, for one, cannot decrypt GCM)");
        }
        s.mdnHosts = requireHosts(mdnHosts);
        s.transferEncoding = transferEncoding;
        return s;
    }

    /** A copy that sends its body in {@code encoding} (null: {@link TransferEncoding#BINARY}). */
    public As2Settings withTransferEncoding(TransferEncoding encoding) {
        if (!enabled()) {
            return this;
        }
        As2Settings s = withPolicy(signOutbound, encryptOutbound, minSignAlgorithm, minEncryptAlgorithm, gcmSupported, mdnHosts);
        s.transferEncoding = encoding == null ? TransferEncoding.BINARY : encoding;
        return s;
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

    /** {@link #of} with the policy of {@link #withPolicy}. */
    public static As2Settings of(String as2Id, String url, boolean requireSigned, boolean requireEncrypted, boolean compress,
                                 MdnMode mdnMode, boolean mdnSigned, String signAlgorithm, String encryptAlgorithm,
                                 boolean signOutbound, boolean encryptOutbound, String minSignAlgorithm,
                                 String minEncryptAlgorithm, boolean gcmSupported, String mdnHosts) {
        return of(as2Id, url, requireSigned, requireEncrypted, compress, mdnMode, mdnSigned, signAlgorithm, encryptAlgorithm)
                .withPolicy(signOutbound, encryptOutbound, minSignAlgorithm, minEncryptAlgorithm, gcmSupported, mdnHosts);
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

    private static boolean isGcm(String encryptAlgorithm) {
        return encryptAlgorithm != null && encryptAlgorithm.endsWith("-gcm");
    }

    /** {@code host:port} pairs, normalized (lower-case host), comma-separated; null when none given. */
    private static String requireHosts(String hosts) {
        if (hosts == null || hosts.isBlank()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String entry : hosts.strip().split("[,\\s]+")) {
            HostPort hp = HostPort.parse(entry);
            if (hp == null) {
                throw new IllegalArgumentException("An MDN host is host:port (the port is compared too), e.g. mdn.partner.example:443: " + entry);
            }
            out.add(hp.toString());
        }
        String joined = String.join(",", out);
        if (joined.length() > 1000) {
            throw new IllegalArgumentException("At most 1000 characters of MDN hosts");
        }
        return joined;
    }

    /** A host and port as the asynchronous MDN rule compares them. */
    public record HostPort(String host, int port) {
        /** {@code host:port} (or {@code [v6]:port}); null when it is not one. */
        static HostPort parse(String entry) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                return null;
            }
            String host = entry.substring(0, colon).toLowerCase(Locale.ROOT);
            try {
                int port = Integer.parseInt(entry.substring(colon + 1));
                if (port < 1 || port > 65535 || !host.matches("[a-z0-9.\\-]+|\\[[0-9a-f:.]+\\]")) {
                    return null;
                }
                return new HostPort(host, port);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The host and port an http(s) URL connects to (80 or 443 when it names none); null for anything else. */
        public static HostPort of(URI uri) {
            if (uri == null || uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return null;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return new HostPort(uri.getHost().toLowerCase(Locale.ROOT), port);
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** Whether an inbound signature digest (AS2 name, e.g. sha-1, sha256) is at least the profile's minimum. */
    public boolean acceptsSignature(String digest) {
        int rank = SIGN_STRENGTH.indexOf(normalizeDigest(digest));
        return rank >= 0 && rank >= SIGN_STRENGTH.indexOf(minSignAlgorithm);
    }

    /** Whether an inbound content cipher (AS2 name, e.g. 3des, aes128-gcm) is at least the profile's minimum. */
    public boolean acceptsEncryption(String cipher) {
        int rank = ENCRYPT_STRENGTH.indexOf(cipherFamily(cipher));
        return rank >= 0 && rank >= ENCRYPT_STRENGTH.indexOf(cipherFamily(minEncryptAlgorithm));
    }

    private static String normalizeDigest(String digest) {
        if (digest == null) {
            return "";
        }
        String d = digest.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return d.startsWith("sha") && d.length() > 3 ? "sha-" + d.substring(3) : d;
    }

    private static String cipherFamily(String cipher) {
        if (cipher == null) {
            return "";
        }
        String c = cipher.strip().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        return dash > 0 && c.startsWith("aes") ? c.substring(0, dash) : c;
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

    /** Whether what we send this partner is signed (apart from whether we require its messages signed). */
    public boolean signOutbound() {
        return signOutbound;
    }

    /** Whether what we send this partner is encrypted (apart from whether we require its messages encrypted). */
    public boolean encryptOutbound() {
        return encryptOutbound;
    }

    public String minSignAlgorithm() {
        return minSignAlgorithm;
    }

    public String minEncryptAlgorithm() {
        return minEncryptAlgorithm;
    }

    /** Whether the partner's AS2 product decrypts AES-GCM: only then may we encrypt with it. */
    public boolean gcmSupported() {
        return gcmSupported;
    }

    /** The Content-Transfer-Encoding of the body of what we send it. */
    public TransferEncoding transferEncoding() {
        return transferEncoding;
    }

    /** The extra {@code host:port} pairs its asynchronous MDN requests may name, as entered (normalized). */
    public String mdnHostsText() {
        return mdnHosts;
    }

    /** Where this partner's asynchronous MDNs may go: the host and port of its AS2 URL, and its MDN hosts. */
    public List<HostPort> mdnHosts() {
        List<HostPort> hosts = new ArrayList<>();
        if (url != null) {
            hosts.add(HostPort.of(URI.create(url)));
        }
        if (mdnHosts != null) {
            for (String entry : mdnHosts.split(",")) {
                hosts.add(HostPort.parse(entry));
            }
        }
        return hosts;
    }
}
