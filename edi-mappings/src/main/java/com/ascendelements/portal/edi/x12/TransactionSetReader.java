package com.ascendelements.portal.edi.x12;

import com.ascendelements.portal.edi.message.X12Message;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every StAEDI document reader offers: all sets of one kind in a file as a list, or handed over set by set. A
 * reader names its transaction set and its mapper; {@link SegmentMapping} does the reading.
 *
 * @param <M> the message a set is read into
 */
public abstract class TransactionSetReader<M extends X12Message> {

    private final String transactionSetCode;
    private final Supplier<? extends SegmentMapping.SetMapper<M>> mappers;

    TransactionSetReader(String transactionSetCode, Supplier<? extends SegmentMapping.SetMapper<M>> mappers) {
        this.transactionSetCode = transactionSetCode;
        this.mappers = mappers;
    }

    /** Every set of the reader's kind in the file, with its interchange and group envelopes. */
    public final List<M> read(byte[] file) {
        return SegmentMapping.read(file, transactionSetCode, mappers);
    }

    /** Hands each set to {@code each} as soon as it is read, keeping none: memory bounded by the largest set. */
    public final void readEach(byte[] file, Consumer<? super M> each) {
        SegmentMapping.readEach(file, transactionSetCode, mappers, each);
    }
}
