package com.ascendelements.portal.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Draws one control number in a transaction of its own, so the counter row is locked for a moment only, not for the
 * whole processing of a file: files for the same partner are processed in parallel, on one node or several. A
 * number drawn by a transaction that later rolls back is not used again (a gap, which X12 allows; a reuse it does
 * not).
 */
@ApplicationScoped
public class ControlNumberCounter {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next(long partnerId, ControlNumber.Kind kind) {
        return draw(partnerId, kind);
    }

    /** One number of every kind (ISA13, GS06, ST02), in one transaction: what a document of one set needs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Map<ControlNumber.Kind, Long> nextOfEachKind(long partnerId) {
        java.util.Map<ControlNumber.Kind, Long> numbers = new java.util.EnumMap<>(ControlNumber.Kind.class);
        for (ControlNumber.Kind kind : ControlNumber.Kind.values()) {  // always in the same order: no deadlock
            numbers.put(kind, draw(partnerId, kind));
        }
        return numbers;
    }

    private long draw(long partnerId, ControlNumber.Kind kind) {
        ControlNumber counter = em.find(ControlNumber.class, new ControlNumber.Key(partnerId, kind), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ControlNumber(partnerId, kind);
            em.persist(counter);  // a concurrent first use fails on the primary key at commit; the caller draws again
        }
        return counter.next();
    }
}
