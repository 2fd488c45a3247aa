package com.ascendelements.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks API tokens: the caller is the token's user, with its roles, while the token is not revoked nor expired and
 * the user is enabled. One indexed lookup by the token's hash.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @jakarta.inject.Inject
    private java.time.Clock clock;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiTokenCredential presented) || presented.token() == null
                || !presented.token().startsWith(ApiToken.PREFIX) || presented.token().length() > 100) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<ApiToken> token = em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(presented.token())).getResultStream().findFirst();
        if (token.isEmpty() || !token.get().isActive(clock.instant()) || !token.get().user().mayLogIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        PortalUser user = token.get().user();
        return new CredentialValidationResult(user.username(), user.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
