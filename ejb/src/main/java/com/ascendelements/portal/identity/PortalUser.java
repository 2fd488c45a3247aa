package com.ascendelements.portal.identity;

import com.ascendelements.portal.partners.TradingPartner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who logs into the portal. The password is stored only as a PBKDF2 hash. A partner user belongs to
 * exactly one trading partner; staff users belong to none.
 */
@Entity
@Table(name = "portal_user")
@NamedQuery(name = PortalUser.BY_USERNAME, query = "SELECT u FROM PortalUser u WHERE u.username = :username")
public class PortalUser {

    static final String BY_USERNAME = "PortalUser.byUsername";

    @Id
    @SequenceGenerator(name = "portal_user_seq", sequenceName = "portal_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_user_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "username", length = 100, nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", length = 200, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 512, nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @JoinFetch(JoinFetchType.OUTER)  // in the entity's own SELECT: no second query per partner or user read
    @CollectionTable(name = "portal_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);

    @ManyToOne
    @JoinColumn(name = "partner_id")
    private TradingPartner partner;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Raised by every change to what the user may do; sessions that logged in under an older one end. */
    @Column(name = "access_version", nullable = false)
    private int accessVersion;

    protected PortalUser() {
        // JPA
    }

    private PortalUser(String username, String displayName, String passwordHash, Set<PortalRole> roles, TradingPartner partner) {
        if (username == null || !username.matches("[a-z0-9._@-]{3,100}")) {
            throw new IllegalArgumentException("A username is 3-100 lower-case letters, digits, '.', '_', '@' or '-'");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "display name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.roles = EnumSet.copyOf(roles);
        this.partner = partner;
    }

    /** A hub employee with one or more staff roles. */
    public static PortalUser staff(String username, String displayName, String passwordHash, Set<PortalRole> roles) {
        if (roles.isEmpty() || roles.contains(PortalRole.PARTNER)) {
            throw new IllegalArgumentException("Staff users need staff roles and never the PARTNER role");
        }
        return new PortalUser(username, displayName, passwordHash, roles, null);
    }

    /** A user of one trading partner. */
    public static PortalUser ofPartner(String username, String displayName, String passwordHash, TradingPartner partner) {
        return new PortalUser(username, displayName, passwordHash, EnumSet.of(PortalRole.PARTNER),
                Objects.requireNonNull(partner, "partner"));
    }

    /** A new password; the user's open sessions end. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        accessVersion++;
    }

    /**
     * Other staff roles for a hub employee; the user's open sessions end, so that the next login carries them. A partner
     * user's role is its company's and does not change.
     */
    public void changeRoles(Set<PortalRole> newRoles) {
        if (partner != null) {
            throw new IllegalArgumentException(username + " is a user of " + partner.name() + "; a partner user's role does not change");
        }
        if (newRoles == null || newRoles.isEmpty() || newRoles.contains(PortalRole.PARTNER)) {
            throw new IllegalArgumentException("Staff users need staff roles and never the PARTNER role");
        }
        this.roles = EnumSet.copyOf(newRoles);
        accessVersion++;
    }

    public void disable() {
        this.enabled = false;
        accessVersion++;
    }

    /** May log in again (with the password it had; an administrator may reset it). */
    public void enable() {
        this.enabled = true;
    }

    /** Whether the user may log in (form, HTTP Basic or API token): enabled, and its company an active partner. */
    public boolean mayLogIn() {
        return enabled && (partner == null || partner.isActive());
    }

    public int accessVersion() {
        return accessVersion;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<PortalRole> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Optional<TradingPartner> partner() {
        return Optional.ofNullable(partner);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
