package com.ascendelements.portal.edi.translation;

import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * X12 translation as the application sees it: a received file becomes message DTOs, a message DTO becomes X12. The
 * implementation is the Smooks translation of {@code edi.smooks} (one Smooks mapping per transaction set); in the
 * application server it runs in a class loader of its own ({@link IsolatedTranslation}), so only this interface, the
 * DTOs and {@link X12TranslationException} are shared with the application.
 *
 * <p>Thread-safe.
 */
public interface X12Translation extends AutoCloseable {

    /**
     * Reads a file set by set, translating only the transaction sets whose code (ST01) {@code wanted} accepts, and
     * hands each message over as soon as it is read: memory is bounded by the largest set. A set that cannot be
     * translated goes to {@code untranslatable}, its exception naming the set (ST01, GS06, ST02) and the segment (number
     * within the set and tag) where translation failed; the sets after it are read as usual.
     *
     * @throws X12TranslationException when the file holds no interchange at all; what {@code each} or
     *                                 {@code untranslatable} throw is theirs and ends the reading
     * @throws IllegalStateException   when the translation itself fails (a fault of ours, not the data's)
     */
    void readEach(byte[] file, Predicate<String> wanted, Consumer<X12Message> each,
                  Consumer<X12TranslationException> untranslatable);

    /**
     * Writes a message as one interchange; version and control numbers come from the message's envelopes.
     *
     * @throws X12TranslationException when the message's values cannot be written as X12 (a value holding a delimiter or a
     *                                 line break, a missing envelope value, an amount finer than X12 implies)
     * @throws IllegalStateException   when the set has no mapping or the writer itself fails (a fault of ours)
     */
    byte[] write(X12Message message, X12Delimiters delimiters, boolean lineBreakAfterSegment);

    /** What translates, for the health details and the log ("Smooks 2.2.1, StAEDI events"). */
    String engine();

    /** Builds what the first translation would otherwise pay for (compiled schemas, Smooks instances). */
    void warmUp();

    /** Lets go of what the translation holds (its class loader in the server); by default nothing. */
    @Override
    default void close() {
    }
}
