package com.ascendelements.portal.exchange;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * Draws control numbers in transactions of their own (the EJB container suspends the caller's transaction and
 * resumes it), so a counter row is locked for a moment only, not for the whole processing of a file: files for the
 * same partner are processed in parallel, on one node or several. A number drawn by a transaction that later rolls
 * back is not used again (a gap, which X12 allows; a reuse it does not).
 */
@Stateless
public class ControlNumberCounter {

    /** The partner has no counter of this kind yet: {@link #create} it, then draw again. */
    @ApplicationException(rollback = true)
    public static class MissingCounterException extends RuntimeException {
        public MissingCounterException(long partnerId, ControlNumber.Kind kind) {
            super("No " + kind + " counter for partner " + partnerId);
        }
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long next(long partnerId, ControlNumber.Kind kind) {
        return draw(partnerId, kind);
    }

    /** One number of every kind (ISA13, GS06, ST02), in one transaction: what a document of one set needs. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<ControlNumber.Kind, Long> nextOfEachKind(long partnerId) {
        Map<ControlNumber.Kind, Long> numbers = new EnumMap<>(ControlNumber.Kind.class);
        for (ControlNumber.Kind kind : ControlNumber.Kind.values()) {  // always in the same order: no deadlock
            numbers.put(kind, draw(partnerId, kind));
        }
        return numbers;
    }

    /** Creates a partner's counter; fails on the primary key when another transaction created it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long partnerId, ControlNumber.Kind kind) {
        em.persist(new ControlNumber(partnerId, kind));
        em.flush();
    }

    private long draw(long partnerId, ControlNumber.Kind kind) {
        ControlNumber counter = em.find(ControlNumber.class, new ControlNumber.Key(partnerId, kind), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new MissingCounterException(partnerId, kind);
        }
        return counter.next();
    }
}
