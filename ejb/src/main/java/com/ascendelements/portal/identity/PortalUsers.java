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
     * The user's access version if it exists, is enabled and its company (if a partner's) is active, read from the
     * database on every call: a session of a user disabled, given other roles or a new password, or of a partner
     * deactivated, ends at its next request on any node.
     */
    public java.util.Optional<Integer> accessVersion(String username) {
        return em.createQuery("SELECT u.accessVersion FROM PortalUser u LEFT JOIN u.partner p WHERE u.username = :username"
                        + " AND u.enabled = TRUE AND (p IS NULL OR p.active = TRUE)", Integer.class)
                .setParameter("username", username).setMaxResults(1).getResultList().stream().findFirst();
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
