package com.ascendelements.portal.audit;

import com.ascendelements.portal.identity.AccessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records every change people make, in the transaction of the change itself: if the change rolls back, so does
 * its entry, and no change commits without one.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccessScope scope;

    @Inject
    private Clock clock;

    /** What happened to one subject, oldest first (who, when, what). */
    public java.util.List<AuditEntry> of(String subjectType, Object subjectId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id"
                        + " ORDER BY a.occurredAt, a.id", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("id", String.valueOf(subjectId)).getResultList();
    }

    public void record(String action, String subjectType, Object subjectId, String detail) {
        recordAs(scope.callerName(), action, subjectType, subjectId, detail);
    }

    /** An entry for someone who is not (yet) the caller: a login attempt is the attempting user's. */
    public void recordAs(String actor, String action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subjectType, String.valueOf(subjectId), detail));
    }

    /** How many times this happened to the subject since then (failed logins of a user, for its lockout). */
    public long count(String action, String subjectType, Object subjectId, java.time.Instant since) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id AND a.action = :action"
                        + " AND a.occurredAt > :since", Long.class)
                .setParameter("type", subjectType).setParameter("id", String.valueOf(subjectId)).setParameter("action", action)
                .setParameter("since", since).getSingleResult();
    }
}
