package com.ascendelements.portal.identity;

import com.ascendelements.portal.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles password guessing (OWASP ASVS 2.2.1), for the login form and HTTP Basic alike:
 * <ul>
 *   <li>a user name with {@code portal.login.failures-per-user} (PORTAL_LOGIN_FAILURES_PER_USER, default 5) failed
 *       logins in the last 15 minutes takes no password until the oldest of them is 15 minutes old (counted from the
 *       audit trail, so on every node at once);</li>
 *   <li>an address with {@code portal.login.failures-per-address} (default 50) failed logins in the last 15 minutes is
 *       turned away before any password check, so that guessing at attacker rates does not cost a PBKDF2 check each
 *       (counted per node).</li>
 * </ul>
 * Every failed login and every login through the form is audited (LOGIN_FAILED, LOGIN) with the address and the door;
 * an attempt turned away is not a failure (it would keep the account locked for ever) but is logged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginAttempts {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    /** Failed logins per address on this node: when the window started and how many since. */
    private final Map<String, long[]> byAddress = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "portal.login.failures-per-user", defaultValue = "5")
    int perUser;
    @Inject
    @ConfigProperty(name = "portal.login.failures-per-address", defaultValue = "50")
    int perAddress;
    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A password check, throttled: turned away with the reason, or the identity store's result. */
    public record Checked(String refusal, CredentialValidationResult result) {
        public boolean valid() {
            return result != null && result.getStatus() == CredentialValidationResult.Status.VALID;
        }
    }

    /**
     * The one password check of the login form and HTTP Basic: turned away, or checked by {@code validate} (the web
     * layer's identity stores) and a failure counted.
     */
    public Checked check(Credential credential, String address, String door,
                         java.util.function.Function<Credential, CredentialValidationResult> validate) {
        String username = credential instanceof UsernamePasswordCredential c ? c.getCaller() : null;
        Optional<String> refusal = refusal(username, address);
        if (refusal.isPresent()) {
            return new Checked(refusal.get(), null);
        }
        CredentialValidationResult result = validate.apply(credential);
        if (!new Checked(null, result).valid()) {
            failed(username, address, door);
        }
        return new Checked(null, result);
    }

    /** Why this attempt is turned away without a password check, or empty when it may try. */
    Optional<String> refusal(String username, String address) {
        Instant now = clock.instant();
        long[] window = byAddress.get(address);
        if (window != null && now.toEpochMilli() - window[0] < WINDOW.toMillis() && window[1] >= perAddress) {
            LOG.warning(() -> "Login of " + name(username) + " from " + address + " turned away: " + window[1] + " failed logins from there");
            return Optional.of("Too many failed logins from your address; try again in 15 minutes");
        }
        if (username != null && !username.isBlank()
                && audit.count("LOGIN_FAILED", "User", name(username), now.minus(WINDOW)) >= perUser) {
            LOG.warning(() -> "Login of " + name(username) + " from " + address + " turned away: " + perUser + " failed logins in 15 minutes");
            return Optional.of("Too many failed logins for this user; try again in 15 minutes");
        }
        return Optional.empty();
    }

    /** A wrong password or an unknown user: audited, and counted for the user name and the address. */
    void failed(String username, String address, String door) {
        long now = clock.millis();
        byAddress.compute(address, (a, w) -> w == null || now - w[0] >= WINDOW.toMillis() ? new long[] {now, 1} : new long[] {w[0], w[1] + 1});
        if (byAddress.size() > 10_000) {
            byAddress.values().removeIf(w -> now - w[0] >= WINDOW.toMillis());
        }
        audit.recordAs(name(username), "LOGIN_FAILED", "User", name(username), "Failed login from " + address + " (" + door + ")");
    }

    /** A login through the form (HTTP Basic logs in on every request and is not audited when it succeeds). */
    public void succeeded(String username, String address, String door) {
        audit.recordAs(name(username), "LOGIN", "User", name(username), "Logged in from " + address + " (" + door + ")");
    }

    /** The user name as typed, cut to what the audit trail keeps. */
    private static String name(String username) {
        String n = username == null || username.isBlank() ? "(none)" : username.strip();
        return n.length() > 60 ? n.substring(0, 60) : n;
    }
}
