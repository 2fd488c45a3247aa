package com.ascendelements.portal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes (the Jakarta Security implementation). Parameters follow OWASP's advice for
 * PBKDF2-HMAC-SHA512; the hash string carries them, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters");
        }
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
