package com.ascendelements.portal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against the portal_user table. The groups of a valid caller are its role
 * names, which the container maps one to one onto roles.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private PortalUsers users;

    @Inject
    private PasswordHashing passwords;

    /** Verified against when the user name is unknown, so that timing does not reveal which names exist. */
    private String unknownUserHash;

    @PostConstruct
    void prepare() {
        unknownUserHash = passwords.hash(UUID.randomUUID().toString());
    }

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<PortalUser> user = users.byUsername(login.getCaller());
        String password = login.getPasswordAsString();
        if (user.isEmpty() || !user.get().mayLogIn()) {   // disabled, or its company deactivated
            passwords.verify(password, unknownUserHash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.verify(password, user.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().username(),
                user.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
