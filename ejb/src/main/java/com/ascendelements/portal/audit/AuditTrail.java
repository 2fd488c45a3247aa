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
        em.persist(new AuditEntry(clock.instant(), scope.callerName(), action, subjectType, String.valueOf(subjectId), detail));
    }
}
