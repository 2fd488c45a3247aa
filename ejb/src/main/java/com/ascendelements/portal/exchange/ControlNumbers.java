package com.ascendelements.portal.exchange;

import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

/**
 * Hands out our control numbers per partner: increasing, never reused, safe under concurrency and across nodes
 * (each number is drawn under a row lock, in a short transaction of its own).
 */
@ApplicationScoped
public class ControlNumbers {

    @Inject
    private ControlNumberCounter counter;

    public long next(long partnerId, ControlNumber.Kind kind) {
        try {
            return counter.next(partnerId, kind);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (!firstUseRace(e)) {
                throw e;
            }
            return counter.next(partnerId, kind);  // another transaction created the counter row first: it exists now
        }
    }

    private static boolean firstUseRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RollbackException || t.getClass().getSimpleName().contains("IntegrityConstraint")
                    || String.valueOf(t.getMessage()).contains("uplicate")) {
                return true;
            }
        }
        return false;
    }

    /** The numbers for one partner, in the shape the writers ask for. */
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
