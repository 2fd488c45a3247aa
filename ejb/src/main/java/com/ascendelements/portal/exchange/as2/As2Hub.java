package com.ascendelements.portal.exchange.as2;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hub's AS2 identity and key. The key comes from the PKCS12 keystore of {@code portal.as2.keystore} (password
 * {@code portal.as2.keystore-password}, optional alias {@code portal.as2.key-alias}); with none configured, a
 * self-signed demo key pair is generated on first start into the data directory ({@code portal.data-dir}, default
 * ./data). The AS2 identity is {@code portal.as2.id}, else the one in the hub's partner profile.
 */
@ApplicationScoped
public class As2Hub {

    private static final Logger LOG = Logger.getLogger(As2Hub.class.getName());
    static final String DEFAULT_AS2_ID = "ASCENDELEMENTS";

    @Inject
    @ConfigProperty(name = "portal.as2.keystore")
    Optional<String> keystore;
    @Inject
    @ConfigProperty(name = "portal.as2.keystore-password")
    Optional<String> keystorePassword;
    @Inject
    @ConfigProperty(name = "portal.as2.key-alias")
    Optional<String> keyAlias;
    @Inject
    @ConfigProperty(name = "portal.as2.id")
    Optional<String> as2Id;
    @Inject
    @ConfigProperty(name = "portal.as2.mdn-url")
    Optional<String> mdnUrl;
    @Inject
    @ConfigProperty(name = "portal.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    As2Directory directory;

    private volatile HubKey key;
    private volatile ProfileId profileId;
    private static final long PROFILE_ID_FRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    public HubKey key() {
        HubKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                k = key;
            }
        }
        return k;
    }

    private HubKey load() {
        if (keystore.filter(s -> !s.isBlank()).isPresent()) {
            Path path = Path.of(keystore.get());
            LOG.info("AS2: hub key from " + path.toAbsolutePath());
            return HubKey.fromPkcs12(path, keystorePassword.orElse("").toCharArray(), keyAlias.orElse(null));
        }
        Path dir = Path.of(dataDir);
        HubKey demo = HubKey.loadOrCreateDemo(dir, as2Id());
        LOG.warning("AS2: no keystore configured (portal.as2.keystore); using the self-signed demo key in "
                + dir.toAbsolutePath().resolve("as2-hub.p12") + ", certificate " + demo.certificate().getSubjectX500Principal().getName());
        return demo;
    }

    /**
     * The hub's AS2 identity: {@code portal.as2.id}, else the hub profile's, read again at most every 30 s (each
     * received message asks for it; a change in the profile reaches every node within that time).
     */
    public String as2Id() {
        return as2Id.filter(s -> !s.isBlank()).map(String::strip)
                .or(this::profileAs2Id).orElse(DEFAULT_AS2_ID);
    }

    private Optional<String> profileAs2Id() {
        ProfileId read = profileId;
        long now = System.nanoTime();
        if (read == null || now - read.readAt() > PROFILE_ID_FRESH_NANOS) {
            read = new ProfileId(directory.hubAs2Id(), now);
            profileId = read;
        }
        return read.as2Id();
    }

    private record ProfileId(Optional<String> as2Id, long readAt) {
    }

    /** Where partners post asynchronous MDNs for what we send; empty when not configured. */
    public Optional<String> mdnUrl() {
        return mdnUrl.filter(s -> !s.isBlank());
    }
}
