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

    /**
     * Whether the user exists and is enabled now, read from the database on every call: a session of a user disabled
     * on any node ends at its next request.
     */
    public boolean isEnabled(String username) {
        return !em.createQuery("SELECT u.id FROM PortalUser u WHERE u.username = :username AND u.enabled = TRUE", Long.class)
                .setParameter("username", username).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether anybody at all can log in: no user yet is a first start. */
    public boolean any() {
        return !em.createQuery("SELECT u.id FROM PortalUser u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    public PortalUser add(PortalUser user) {
        em.persist(user);
        return user;
    }
}
