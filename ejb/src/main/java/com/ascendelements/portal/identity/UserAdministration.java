package com.ascendelements.portal.identity;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.partners.TradingPartner;
import com.ascendelements.portal.partners.TradingPartners;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** Portal users and their roles, maintained by administrators. */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class UserAdministration {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PortalUsers users;

    @Inject
    private TradingPartners partners;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private AccessScope scope;

    public List<PortalUser> all() {
        return em.createQuery("SELECT u FROM PortalUser u ORDER BY u.username", PortalUser.class).getResultList();
    }

    /** A staff user (roles without PARTNER) or, with a partner code, a partner user. */
    public PortalUser create(String username, String displayName, String password, Set<PortalRole> roles, String partnerCode) {
        if (users.byUsername(username).isPresent()) {
            throw new InvalidRequestException("The user name " + username + " is taken");
        }
        try {
            if (partnerCode != null && !partnerCode.isBlank()) {
                TradingPartner partner = partners.byCode(partnerCode)
                        .orElseThrow(() -> new InvalidRequestException("Unknown partner " + partnerCode));
                audit.record("USER_CREATED", "PortalUser", username, "partner user of " + partner.code());
                return users.add(PortalUser.ofPartner(username, displayName, passwords.hash(password), partner));
            }
            audit.record("USER_CREATED", "PortalUser", username, "staff roles " + roles);
            return users.add(PortalUser.staff(username, displayName, passwords.hash(password), roles));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    public void resetPassword(long userId, String newPassword) {
        try {
            PortalUser user = find(userId);
            user.changePasswordHash(passwords.hash(newPassword));
            audit.record("USER_PASSWORD_RESET", "PortalUser", user.username(), null);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    /**
     * One user's access in one go, checked before anything changes: other staff roles (null: as they are; only when they
     * differ, so that saving the same roles ends nobody's session) and a new password (null or blank: as it is).
     *
     * @return what changed, in words (empty: nothing)
     */
    public List<String> changeAccess(long userId, Set<PortalRole> roles, String newPassword) {
        PortalUser user = find(userId);
        boolean password = newPassword != null && !newPassword.isBlank();
        if (password && newPassword.length() < 8) {
            throw new InvalidRequestException("A password has at least 8 characters");
        }
        List<String> changed = new java.util.ArrayList<>();
        if (roles != null && !roles.equals(user.roles())) {
            changeRoles(userId, roles);
            changed.add("roles " + user.roles());
        }
        if (password) {
            resetPassword(userId, newPassword);
            changed.add("a new password");
        }
        return changed;
    }

    /** Other staff roles for a hub employee; its sessions end. An administrator does not take ADMIN from itself. */
    public PortalUser changeRoles(long userId, Set<PortalRole> roles) {
        PortalUser user = find(userId);
        if (user.username().equals(scope.callerName()) && user.roles().contains(PortalRole.ADMIN)
                && (roles == null || !roles.contains(PortalRole.ADMIN))) {
            throw new InvalidRequestException("You cannot take the administrator role from yourself; another administrator can");
        }
        Set<PortalRole> before = Set.copyOf(user.roles());
        try {
            user.changeRoles(roles);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        audit.record("USER_ROLES_CHANGED", "PortalUser", user.username(), before + " -> " + user.roles());
        return user;
    }

    public void disable(long userId) {
        PortalUser user = find(userId);
        user.disable();
        audit.record("USER_DISABLED", "PortalUser", user.username(), null);
    }

    public void enable(long userId) {
        PortalUser user = find(userId);
        user.enable();
        audit.record("USER_ENABLED", "PortalUser", user.username(), null);
    }

    private PortalUser find(long id) {
        PortalUser user = em.find(PortalUser.class, id);
        if (user == null) {
            throw new NotFoundException("User " + id);
        }
        return user;
    }
}
