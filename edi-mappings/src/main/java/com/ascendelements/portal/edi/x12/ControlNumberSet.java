package com.ascendelements.portal.edi.x12;

import java.util.HashSet;
import java.util.Set;

/**
 * The ST02 values seen in one functional group, to find one used twice. A group may hold many thousands of sets:
 * all-digit control numbers (the usual case) are kept as packed longs in an open-addressing table (about 16 bytes
 * each instead of a String in a HashSet), others as strings.
 */
final class ControlNumberSet {

    /** Digits that fit with their count: 17 digits times 32 stays below Long.MAX_VALUE. */
    private static final int MAX_PACKED_DIGITS = 17;
    private static final long EMPTY = -1L;

    private long[] table = newTable(64);
    private int size;
    private Set<String> others;

    /** @return whether {@code controlNumber} was not there before */
    boolean add(String controlNumber) {
        long key = pack(controlNumber);
        if (key < 0) {
            if (others == null) {
                others = new HashSet<>();
            }
            return others.add(controlNumber);
        }
        if (size * 2 >= table.length) {
            grow();
        }
        boolean added = insert(table, key);
        if (added) {
            size++;
        }
        return added;
    }

    private static boolean insert(long[] into, long key) {
        int mask = into.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (into[slot] != EMPTY) {
            if (into[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        into[slot] = key;
        return true;
    }

    /** Doubles the table; the keys move over, so {@code size} stays what it is. */
    private void grow() {
        long[] grown = newTable(table.length * 2);
        for (long key : table) {
            if (key != EMPTY) {
                insert(grown, key);
            }
        }
        table = grown;
    }

    private static long[] newTable(int capacity) {
        long[] t = new long[capacity];
        java.util.Arrays.fill(t, EMPTY);
        return t;
    }

    /** @return the digits and their count in one non-negative long, or -1 when the value is not 1..17 digits */
    private static long pack(String value) {
        int length = value.length();
        if (length == 0 || length > MAX_PACKED_DIGITS) {
            return -1;
        }
        long number = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number * 32 + length;
    }
}
