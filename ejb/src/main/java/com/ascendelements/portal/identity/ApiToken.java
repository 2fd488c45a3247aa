package com.ascendelements.portal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret that lets a partner's system (or a script) call the API as one portal user, without a password. The
 * token itself is shown once, when it is issued; only its SHA-256 hash is kept. Tokens carry 256 random bits, so a
 * plain hash is safe and a lookup costs one indexed query rather than a password hash per request.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "bmp_";

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private PortalUser user;

    @Column(name = "label", length = 100, nullable = false)
    private String label;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    /** The token's first characters, so that people can tell their tokens apart. */
    @Column(name = "token_hint", length = 12, nullable = false)
    private String tokenHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** When it stops working by itself; null: when it is revoked. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    /** The longest life a token may be given, in days. */
    public static final int MAX_DAYS = 730;

    protected ApiToken() {
        // JPA
    }

    private ApiToken(PortalUser user, String label, String token, String createdBy, Integer days, Clock clock) {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("A token needs a label of 1 to 100 characters, e.g. the system that uses it");
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new IllegalArgumentException("A token expires after 1 to " + MAX_DAYS + " days, or not at all");
        }
        this.user = Objects.requireNonNull(user);
        this.label = label.strip();
        this.tokenHash = hash(token);
        this.tokenHint = token.substring(0, PREFIX.length() + 6);
        this.createdBy = createdBy;
        this.createdAt = clock.instant();
        this.expiresAt = days == null ? null : createdAt.plus(java.time.Duration.ofDays(days));
    }

    /**
     * A new token for the user; the returned secret is the only copy there will ever be.
     *
     * @param days how long it works, 1 to {@value #MAX_DAYS} days; null: until revoked
     */
    public static Issued issue(PortalUser user, String label, String createdBy, Integer days, Clock clock) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new ApiToken(user, label, token, createdBy, days, clock), token);
    }

    /** A token together with its secret, right after it was issued. */
    public record Issued(ApiToken token, String secret) {
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public void revoke(Clock clock) {
        if (revokedAt == null) {
            revokedAt = clock.instant();
        }
    }

    /** Whether it lets its user in now: not revoked, not expired, its user enabled. */
    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && user.isEnabled();
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Long id() {
        return id;
    }

    public PortalUser user() {
        return user;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return tokenHint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
