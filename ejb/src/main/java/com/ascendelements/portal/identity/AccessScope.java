package com.ascendelements.portal.identity;

import com.ascendelements.portal.partners.TradingPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which documents the current caller may see. Staff see everything; a partner user sees only documents
 * its own trading partner is a party to. Application services apply this in their queries, so a page that
 * forgets to hide something still cannot show it.
 */
@ApplicationScoped
public class AccessScope {

    private static final List<String> STAFF_ROLES =
            List.of(PortalRole.Names.ADMIN, PortalRole.Names.PROCUREMENT, PortalRole.Names.FINANCE);

    @Inject
    private SecurityContext security;

    /**
     * The partner of each partner user seen so far. A user's partner is fixed when the user is created, so the
     * answer never goes stale; without it every scoped query and every row check read the user again.
     */
    private final Map<String, Long> partnerOfUser = new ConcurrentHashMap<>();

    @Inject
    private PortalUsers users;

    /**
     * The partner the caller is restricted to, or empty for staff. A caller with neither a staff role nor the
     * partner role is refused outright rather than given an unrestricted view.
     */
    public Optional<Long> restrictedToPartner() {
        if (!security.isCallerInRole(PortalRole.Names.PARTNER)) {
            if (STAFF_ROLES.stream().noneMatch(security::isCallerInRole)) {
                throw new SecurityException("Caller " + callerName() + " has no portal role");
            }
            return Optional.empty();
        }
        Principal caller = security.getCallerPrincipal();
        return Optional.of(partnerOfUser.computeIfAbsent(caller.getName(), name -> users.byUsername(name)
                .flatMap(PortalUser::partner)
                .map(TradingPartner::id)
                .orElseThrow(() -> new SecurityException("Partner user " + name + " belongs to no partner"))));
    }

    /** Whether the caller may see a document between these two parties. */
    public boolean maySee(TradingPartner party, TradingPartner otherParty) {
        return restrictedToPartner()
                .map(id -> id.equals(party.id()) || id.equals(otherParty.id()))
                .orElse(true);
    }

    /** The signed-in user, if the caller is one (not a system task). */
    public Optional<PortalUser> currentUser() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? Optional.empty() : users.byUsername(caller.getName());
    }

    public boolean isCallerInRole(String role) {
        return security.isCallerInRole(role);
    }

    public String callerName() {
        Principal caller = security.getCallerPrincipal();
        // the exchange engine's workers run without a caller: the container calls them ANONYMOUS
        return caller == null || caller.getName() == null || "ANONYMOUS".equalsIgnoreCase(caller.getName())
                ? "system" : caller.getName();
    }
}
