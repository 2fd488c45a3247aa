package com.ascendelements.portal.exchange.as2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The hub's own AS2 private key and certificate: it decrypts what partners send us, signs what we send and our
 * MDNs. Read from a PKCS12 keystore; {@link #loadOrCreateDemo} makes a self-signed pair for a demo or a test.
 */
public final class HubKey {

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    public HubKey(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = Objects.requireNonNull(privateKey, "private key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PEM of the certificate, to hand to partners. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first private key entry of a PKCS12 keystore (or the one named {@code alias}). */
    public static HubKey fromPkcs12(Path keystore, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias;
            if (name == null || name.isBlank()) {
                name = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No private key in the AS2 keystore " + keystore));
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate cert = store.getCertificate(name);
            if (key == null || !(cert instanceof X509Certificate x509)) {
                throw new IllegalStateException("No private key with a certificate under alias " + name + " in " + keystore);
            }
            return new HubKey(key, x509);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the AS2 keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The demo key pair in {@code directory} (as2-hub.p12 and its password file, readable by the owner only),
     * generated with a self-signed certificate on first use. For demos and tests: production configures a keystore.
     */
    public static synchronized HubKey loadOrCreateDemo(Path directory, String commonName) {
        Path keystore = directory.resolve("as2-hub.p12");
        Path passwordFile = directory.resolve("as2-hub.p12.password");
        try {
            if (Files.exists(keystore) && Files.exists(passwordFile)) {
                return fromPkcs12(keystore, Files.readString(passwordFile).strip().toCharArray(), "hub");
            }
            Files.createDirectories(directory);
            HubKey generated = generate(commonName, Duration.ofDays(730));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("hub", generated.privateKey(), password, new Certificate[] {generated.certificate()});
            writeOwnerOnly(passwordFile, new String(password).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            try (OutputStream out = Files.newOutputStream(keystore)) {
                store.store(out, password);
            }
            restrict(keystore);
            return generated;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the demo AS2 key pair in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        restrict(file);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's permissions apply
        }
    }

    /** A new RSA 2048 key pair with a self-signed SHA-256 certificate. */
    public static HubKey generate(String commonName, Duration validity) {
        return generate(commonName, Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(validity));
    }

    public static HubKey generate(String commonName, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Principal subject = new X500Principal("CN=" + commonName.replace(",", " ") + ", O=Battery Materials Partner Portal");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                    subject, pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new HubKey(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot generate an AS2 key pair: " + e.getMessage(), e);
        }
    }
}
