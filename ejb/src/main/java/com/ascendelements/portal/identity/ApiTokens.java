package com.ascendelements.portal.identity;

import com.ascendelements.portal.audit.AuditTrail;
import com.ascendelements.portal.common.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Administrators issue, rotate and revoke the API tokens of partners' systems. Rotating issues a new token and
 * revokes the user's older ones in the same transaction.
 */
@Stateless
@RolesAllowed(PortalRole.Names.ADMIN)
public class ApiTokens {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Inject
    private PortalUsers users;
    @Inject
    private AccessScope scope;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** @param days how long the token works (1 to 730 days), or null until it is revoked */
    public ApiToken.Issued issue(String username, String label, boolean revokeOthers, Integer days) {
        PortalUser user = users.byUsername(username).orElseThrow(() -> new NotFoundException("User " + username));
        if (revokeOthers) {
            of(username).forEach(token -> token.revoke(clock));
        }
        ApiToken.Issued issued;
        try {
            issued = ApiToken.issue(user, label, scope.callerName(), days, clock);
        } catch (IllegalArgumentException e) {
            throw new com.ascendelements.portal.common.InvalidRequestException(e.getMessage());
        }
        em.persist(issued.token());
        audit.record(revokeOthers ? "API_TOKEN_ROTATED" : "API_TOKEN_ISSUED", "PortalUser", user.id(),
                "Token " + issued.token().hint() + "... (" + issued.token().label() + ") for " + username
                        + issued.token().expiresAt().map(at -> ", expires " + at).orElse(""));
        return issued;
    }

    public List<ApiToken> of(String username) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.user.username = :username ORDER BY t.id", ApiToken.class)
                .setParameter("username", username).getResultList();
    }

    public void revoke(String username, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.user().username().equals(username)) {
            throw new NotFoundException("API token " + id);
        }
        token.revoke(clock);
        audit.record("API_TOKEN_REVOKED", "PortalUser", token.user().id(), "Token " + token.hint() + "... (" + token.label() + ")");
    }
}
