package com.ascendelements.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The repository of portal users. */
@ApplicationScoped
public class PortalUsers {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<PortalUser> byUsername(String username) {
        return em.createNamedQuery(PortalUser.BY_USERNAME, PortalUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public PortalUser add(PortalUser user) {
        em.persist(user);
        return user;
    }
}
