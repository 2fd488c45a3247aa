package com.ascendelements.portal.edi.x12.ack;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Our outbound control numbers (ISA13, GS06, ST02), usually backed by database sequences per trading partner.
 */
public interface ControlNumberSource {

    /** @return the next ISA13 (1..999999999) */
    long nextInterchangeControlNumber();

    /** @return the next GS06 (1..999999999) */
    long nextGroupControlNumber();

    /** @return the next ST02 (1..999999999; written with at least four digits) */
    long nextTransactionSetControlNumber();

    /**
     * @return an in-memory source counting up from the given first numbers (for tests and single-use tools)
     */
    static ControlNumberSource startingAt(long interchange, long group, long transactionSet) {
        AtomicLong isa = new AtomicLong(interchange);
        AtomicLong gs = new AtomicLong(group);
        AtomicLong st = new AtomicLong(transactionSet);
        return new ControlNumberSource() {
            @Override
            public long nextInterchangeControlNumber() {
                return isa.getAndIncrement();
            }

            @Override
            public long nextGroupControlNumber() {
                return gs.getAndIncrement();
            }

            @Override
            public long nextTransactionSetControlNumber() {
                return st.getAndIncrement();
            }
        };
    }
}
