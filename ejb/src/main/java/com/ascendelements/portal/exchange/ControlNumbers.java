package com.ascendelements.portal.exchange;

import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Hands out our control numbers per partner: increasing, never reused, safe under concurrency and across nodes
 * (each number is drawn under a row lock, in a short transaction of its own; see {@link ControlNumberCounter}).
 */
@ApplicationScoped
public class ControlNumbers {

    private static final Logger LOG = Logger.getLogger(ControlNumbers.class.getName());

    @Inject
    private ControlNumberCounter counter;

    public long next(long partnerId, ControlNumber.Kind kind) {
        try {
            return counter.next(partnerId, kind);
        } catch (ControlNumberCounter.MissingCounterException e) {
            create(partnerId, kind);
            return counter.next(partnerId, kind);
        }
    }

    private Map<ControlNumber.Kind, Long> nextOfEachKind(long partnerId) {
        try {
            return counter.nextOfEachKind(partnerId);
        } catch (ControlNumberCounter.MissingCounterException e) {
            for (ControlNumber.Kind kind : ControlNumber.Kind.values()) {
                create(partnerId, kind);
            }
            return counter.nextOfEachKind(partnerId);
        }
    }

    /** The first use of a counter; another transaction creating it at the same moment is just as good. */
    private void create(long partnerId, ControlNumber.Kind kind) {
        try {
            counter.create(partnerId, kind);
        } catch (EJBException | PersistenceException e) {
            LOG.fine(() -> "Counter " + kind + " of partner " + partnerId + " exists already: " + e);
        }
    }

    /**
     * The numbers for one partner, in the shape the writers ask for. The first number asked for draws one of each
     * kind in a single short transaction (most documents need exactly one ISA13, GS06 and ST02); any further number
     * is drawn on its own. A number drawn and not used is a gap, never a reuse.
     */
    public ControlNumberSource forPartner(long partnerId) {
        return new ControlNumberSource() {
            private Map<ControlNumber.Kind, Long> firstOfEach;

            private long take(ControlNumber.Kind kind) {
                if (firstOfEach == null) {
                    firstOfEach = new EnumMap<>(nextOfEachKind(partnerId));
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
