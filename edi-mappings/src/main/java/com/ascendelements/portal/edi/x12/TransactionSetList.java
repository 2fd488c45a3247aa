package com.ascendelements.portal.edi.x12;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The transaction sets of one functional group as the validator keeps them. A 997 names every set (AK2/AK5), so
 * every set is kept, but a set without any issue needs only its ST01, ST02, ST03 and segment count: those are packed
 * into a few arrays (about 25 bytes per set instead of a report object with its strings), and the report is made
 * again when it is asked for. Sets with issues are kept as they are. Unmodifiable for its users.
 */
final class TransactionSetList extends AbstractList<TransactionSetReport> implements RandomAccess {

    /** Longest all-digit ST02 that fits a long. */
    private static final int MAX_PACKED_DIGITS = 18;

    /** ST01 and ST03 values, each once. */
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> textIndex = new HashMap<>();
    private int size;
    private int[] identifier = new int[8];
    private int[] implementationReference = new int[8];
    private int[] segmentCount = new int[8];
    private long[] controlNumber = new long[8];
    private byte[] controlNumberDigits = new byte[8];
    /** The reports of sets that could not be packed (issues, or control numbers that are not plain digits). */
    private TransactionSetReport[] kept = new TransactionSetReport[8];

    /** Adds the report of the next set of the group. */
    void append(TransactionSetReport report) {
        if (size == identifier.length) {
            int capacity = Math.max(8, size * 2);
            identifier = Arrays.copyOf(identifier, capacity);
            implementationReference = Arrays.copyOf(implementationReference, capacity);
            segmentCount = Arrays.copyOf(segmentCount, capacity);
            controlNumber = Arrays.copyOf(controlNumber, capacity);
            controlNumberDigits = Arrays.copyOf(controlNumberDigits, capacity);
            kept = Arrays.copyOf(kept, capacity);
        }
        if (packable(report)) {
            identifier[size] = indexOf(report.identifier());
            implementationReference[size] = report.implementationReference() == null ? -1 : indexOf(report.implementationReference());
            segmentCount[size] = report.segmentCount();
            controlNumber[size] = Long.parseLong(report.controlNumber());
            controlNumberDigits[size] = (byte) report.controlNumber().length();
        } else {
            kept[size] = report;
        }
        size++;
    }

    /** Drops the spare capacity, once the group is read. */
    void trim() {
        identifier = Arrays.copyOf(identifier, size);
        implementationReference = Arrays.copyOf(implementationReference, size);
        segmentCount = Arrays.copyOf(segmentCount, size);
        controlNumber = Arrays.copyOf(controlNumber, size);
        controlNumberDigits = Arrays.copyOf(controlNumberDigits, size);
        kept = Arrays.copyOf(kept, size);
    }

    /** @return how many sets are kept as report objects (the others are packed) */
    int unpackedCount() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (kept[i] != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public TransactionSetReport get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (kept[index] != null) {
            return kept[index];
        }
        String digits = Long.toString(controlNumber[index]);
        int width = controlNumberDigits[index];
        String number = digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
        int reference = implementationReference[index];
        return new TransactionSetReport(texts.get(identifier[index]), number, reference < 0 ? null : texts.get(reference),
                segmentCount[index], segmentCount[index], List.of());
    }

    @Override
    public int size() {
        return size;
    }

    private static boolean packable(TransactionSetReport report) {
        String number = report.controlNumber();
        if (!report.issues().isEmpty() || report.identifier() == null || number == null || number.isEmpty()
                || number.length() > MAX_PACKED_DIGITS || report.declaredSegmentCount() == null
                || report.declaredSegmentCount() != report.segmentCount()) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String text) {
        return textIndex.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
    }
}
