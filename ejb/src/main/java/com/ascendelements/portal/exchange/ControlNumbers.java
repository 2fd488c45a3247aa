package com.ascendelements.portal.exchange;

import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out our control numbers per partner: increasing, never reused, safe under concurrency and across nodes
 * (the counter row is locked in the caller's transaction until it commits).
 */
@ApplicationScoped
public class ControlNumbers {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public long next(long partnerId, ControlNumber.Kind kind) {
        ControlNumber.Key key = new ControlNumber.Key(partnerId, kind);
        ControlNumber counter = em.find(ControlNumber.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ControlNumber(partnerId, kind);
            em.persist(counter);
            em.flush();  // a concurrent first use fails on the primary key and is retried by the caller's transaction
        }
        return counter.next();
    }

    /** The numbers for one partner, in the shape the acknowledgment writer asks for. */
    public ControlNumberSource forPartner(long partnerId) {
        return new ControlNumberSource() {
            @Override
            public long nextInterchangeControlNumber() {
                return next(partnerId, ControlNumber.Kind.INTERCHANGE);
            }

            @Override
            public long nextGroupControlNumber() {
                return next(partnerId, ControlNumber.Kind.GROUP);
            }

            @Override
            public long nextTransactionSetControlNumber() {
                return next(partnerId, ControlNumber.Kind.TRANSACTION_SET);
            }
        };
    }
}
