package com.ascendelements.portal.exchange.as2;

import com.helger.as2lib.crypto.ECryptoAlgorithmSign;
import com.helger.as2lib.crypto.MIC;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * The Received-Content-MIC of RFC 4130 §7.3.1, computed over exactly what the sender signed: the signed entity (for a
 * sender that compressed before signing, the compressed part with its MIME headers, RFC 5402), in the canonical form
 * S/MIME signs (bare LF and CR become CRLF) unless the entity travels {@code binary}. The library's own MIC is taken
 * after decompression and over the content as transmitted, so partners that compress first or send LF-only text
 * 8bit would see a MIC dispute on every file.
 */
final class As2Mic {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final Map<String, String> DIGESTS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");
    /** Digest OIDs of CMS signer infos, by the AS2 name of the digest. */
    private static final Map<String, String> DIGEST_OIDS = Map.of("1.2.840.113549.2.5", "md5", "1.3.14.3.2.26", "sha-1",
            "2.16.840.1.101.3.4.2.4", "sha-224", "2.16.840.1.101.3.4.2.1", "sha-256", "2.16.840.1.101.3.4.2.2", "sha-384",
            "2.16.840.1.101.3.4.2.3", "sha-512");
    /** Content cipher OIDs of CMS enveloped data, by their AS2 name. */
    private static final Map<String, String> CIPHER_OIDS = Map.ofEntries(Map.entry("1.2.840.113549.3.7", "3des"),
            Map.entry("1.2.840.113549.3.2", "rc2-cbc"), Map.entry("1.3.14.3.2.7", "des-cbc"),
            Map.entry("2.16.840.1.101.3.4.1.2", "aes128-cbc"), Map.entry("2.16.840.1.101.3.4.1.22", "aes192-cbc"),
            Map.entry("2.16.840.1.101.3.4.1.42", "aes256-cbc"), Map.entry("2.16.840.1.101.3.4.1.6", "aes128-gcm"),
            Map.entry("2.16.840.1.101.3.4.1.26", "aes192-gcm"), Map.entry("2.16.840.1.101.3.4.1.46", "aes256-gcm"));

    private As2Mic() {
    }

    /**
     * The MIC of {@code entity} as AS2 writes it ({@code base64, algorithm}); with {@code headers} its MIME header
     * lines first (signed or encrypted messages), without them the content alone (plain messages).
     */
    static String of(MimeBodyPart entity, boolean headers, ECryptoAlgorithmSign algorithm) throws MessagingException, IOException {
        MessageDigest digest = digest(algorithm.getID());
        digest.update(bytes(entity, headers));
        return new MIC(digest.digest(), algorithm).getAsAS2String();
    }

    /** The bytes the MIC is taken over (and S/MIME signs): see the class comment. */
    static byte[] bytes(MimeBodyPart entity, boolean headers) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (headers) {
            Enumeration<String> lines = entity.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                out.write(lines.nextElement().getBytes(StandardCharsets.ISO_8859_1));
                out.write(CRLF);
            }
            out.write(CRLF);
        }
        String encoding = entity.getEncoding();
        try (InputStream raw = entity.getRawInputStream()) {
            raw.transferTo(out);
        } catch (MessagingException notParsed) {
            // a part built in memory (not parsed from bytes) has no raw form: its content, encoded as it declares
            try (java.io.OutputStream encoded = jakarta.mail.internet.MimeUtility.encode(
                    new java.io.FilterOutputStream(out) {
                        @Override
                        public void close() {
                            // keep the buffer open
                        }
                    }, encoding == null ? "binary" : encoding)) {
                entity.getDataHandler().writeTo(encoded);
            }
        }
        boolean binary = encoding == null || "binary".equalsIgnoreCase(encoding.strip());
        return binary ? out.toByteArray() : canonical(out.toByteArray());
    }

    /** Bare LF and bare CR become CRLF (RFC 5751 §3.1.1 canonical form of text). */
    static byte[] canonical(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 40 + 2);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '\r') {
                out.write(CRLF, 0, 2);
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
            } else if (b == '\n') {
                out.write(CRLF, 0, 2);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static MessageDigest digest(String as2Name) {
        String name = DIGESTS.get(as2Name.toLowerCase(Locale.ROOT).replace("-", ""));
        if (name == null) {
            throw new IllegalArgumentException("Unknown MIC algorithm " + as2Name);
        }
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The AS2 name of a CMS digest algorithm OID, or the OID itself when it is none we know. */
    static String digestName(String oid) {
        return DIGEST_OIDS.getOrDefault(oid, oid);
    }

    /** The AS2 name of a CMS content cipher OID, or the OID itself when it is none we know. */
    static String cipherName(String oid) {
        return CIPHER_OIDS.getOrDefault(oid, oid);
    }
}
