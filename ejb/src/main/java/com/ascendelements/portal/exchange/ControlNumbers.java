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
        return retryingFirstUse(() -> counter.next(partnerId, kind));
    }

    private static <T> T retryingFirstUse(java.util.function.Supplier<T> draw) {
        try {
            return draw.get();
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (!firstUseRace(e)) {
                throw e;
            }
            return draw.get();  // another transaction created the counter row first: it exists now
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

    /**
     * The numbers for one partner, in the shape the writers ask for. The first number asked for draws one of each
     * kind in a single short transaction (most documents need exactly one ISA13, GS06 and ST02); any further number
     * is drawn on its own. A number drawn and not used is a gap, never a reuse.
     */
    public ControlNumberSource forPartner(long partnerId) {
        return new ControlNumberSource() {
            private java.util.Map<ControlNumber.Kind, Long> firstOfEach;

            private long take(ControlNumber.Kind kind) {
                if (firstOfEach == null) {
                    firstOfEach = new java.util.EnumMap<>(retryingFirstUse(() -> counter.nextOfEachKind(partnerId)));
                }
                Long first = firstOfEach.remove(kind);
                return first != null ? first : next(partnerId, kind);
            }

            @Override
            public long nextInterchangeControlNumber() {
                return take(ControlNumber.Kind.INTERCHANGE);
            }

            @Override
            public long nextGroupControlNumber() {
                return take(ControlNumber.Kind.GROUP);
            }

            @Override
            public long nextTransactionSetControlNumber() {
                return take(ControlNumber.Kind.TRANSACTION_SET);
            }
        };
    }
}
