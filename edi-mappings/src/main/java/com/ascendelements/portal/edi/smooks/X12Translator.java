package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12Translation;
import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.message.X12Message;
import com.ascendelements.portal.edi.x12.TransactionSetSplitter;
import com.ascendelements.portal.edi.x12.X12Delimiters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The entry point for X12 translation: a received file becomes message DTOs, a message DTO becomes an X12
 * interchange. Delimiters are read from each interchange's ISA; Smooks instances and compiled DFDL schemas are
 * built once and shared; each interchange is filtered in its own ExecutionContext. Thread-safe.
 *
 * <p>This is translation only: envelope validation (control numbers, SE counts, 997/TA1) belongs to the
 * StAEDI-based validator, which should run before a file is handed here.</p>
 */
public final class X12Translator implements X12Translation {

    private final X12Reader reader;
    private final X12Writer writer;

    /** A translator on the JVM-wide Smooks instances and the UTC clock. */
    public X12Translator() {
        this(SmooksInstanceCache.shared(), Clock.systemUTC());
    }

    /** A translator on the given Smooks instances; the clock fills ISA/GS dates not given when writing. */
    public X12Translator(SmooksInstanceCache smooksInstances, Clock clock) {
        this(smooksInstances, clock, SmooksInstanceCache.Parser.STAEDI_EVENTS);
    }

    /** A translator reading with the given parser (the bindings are the same; see {@link SmooksInstanceCache.Parser}). */
    public X12Translator(SmooksInstanceCache smooksInstances, Clock clock, SmooksInstanceCache.Parser parser) {
        this.reader = new X12Reader(smooksInstances, parser);
        this.writer = new X12Writer(smooksInstances, clock);
    }

    /**
     * Reads every interchange of a file into messages, in file order. Transaction sets the portal does not
     * translate come back as {@link com.ascendelements.portal.edi.message.UnsupportedMessage}.
     *
     * @throws X12TranslationException when the file is not X12 or an interchange does not parse
     */
    public List<X12Message> read(byte[] file) {
        return reader.read(file);
    }

    /**
     * Reads a file set by set and hands each message over as soon as it is read: memory is bounded by the largest
     * transaction set, not by the file (a 20 MB interchange of 856s reads under -Xmx512m).
     *
     * @throws X12TranslationException when the file is not X12 or a set does not parse (the messages before it have
     *                                 been handed over)
     */
    public void readEach(java.io.InputStream file, java.util.function.Consumer<X12Message> each) {
        reader.readEach(file, each);
    }

    /**
     * Reads each interchange of a file on its own: an interchange that does not parse is reported in its
     * result and does not stop the others.
     *
     * @throws X12TranslationException only when the file cannot be split into interchanges at all
     */
    public List<InterchangeReadResult> readEachInterchange(byte[] file) {
        List<InterchangeReadResult> results = new ArrayList<>();
        try {
            TransactionSetSplitter.splitInterchanges(new java.io.ByteArrayInputStream(file), interchange -> {
                try {
                    results.add(new InterchangeReadResult(interchange.offset(), interchange.delimiters(),
                            interchange.isaVersion(), reader.read(interchange), null));
                } catch (X12TranslationException e) {
                    results.add(new InterchangeReadResult(interchange.offset(), interchange.delimiters(),
                            interchange.isaVersion(), List.of(), e));
                }
            });
        } catch (IllegalArgumentException e) {
            throw new X12TranslationException(e.getMessage(), e);
        }
        return results;
    }

    @Override
    public void readEach(byte[] file, java.util.function.Predicate<String> wanted, java.util.function.Consumer<X12Message> each,
                         java.util.function.Consumer<X12TranslationException> untranslatable) {
        reader.readEach(new java.io.ByteArrayInputStream(file), wanted, each, untranslatable);
    }

    @Override
    public String engine() {
        String version = org.smooks.Smooks.class.getPackage().getImplementationVersion();
        return "Smooks" + (version == null ? "" : " " + version) + " bindings on "
                + (reader.parser() == SmooksInstanceCache.Parser.DFDL ? "the DFDL parser" : "StAEDI events")
                + ", writing through the DFDL unparser";
    }

    /**
     * Reads a small file of every set with bindings and writes what it read back, so that the reading and writing Smooks
     * instances are built, the DFDL schema the writer unparses with is loaded (compiled by the build, see
     * {@link CompiledSchemaCache}) and the JIT has seen both, before the first partner file or business event.
     */
    @Override
    public void warmUp() {
        X12Delimiters common = new X12Delimiters('*', '>', null, '~');  // the usual 004010 partner's, line breaks after segments
        for (String resource : WARM_UP) {
            try (java.io.InputStream in = X12Translator.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new X12TranslationException("no warm-up file " + resource);
                }
                List<X12Message> messages = read(in.readAllBytes());
                if (messages.isEmpty()) {
                    throw new X12TranslationException("the warm-up file " + resource + " holds no set");
                }
                if (canWrite(messages.get(0).getTransactionSetCode())) {
                    write(messages.get(0), common, true);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** One file per transaction set with bindings, read by {@link #warmUp()}. */
    private static final List<String> WARM_UP = List.of("/x12/warm-up/850.edi", "/x12/warm-up/855.edi",
            "/x12/warm-up/856.edi", "/x12/warm-up/810.edi", "/x12/warm-up/997.edi");

    /** Reads a file and groups its messages by transaction set code (ST01), in order of first appearance. */
    public Map<String, List<X12Message>> readByTransactionSet(byte[] file) {
        return read(file).stream().collect(Collectors.groupingBy(X12Message::getTransactionSetCode,
                LinkedHashMap::new, Collectors.toList()));
    }

    /** Reads a file and keeps the messages of one type, e.g. {@code PurchaseOrderMessage.class}. */
    public <M extends X12Message> List<M> read(byte[] file, Class<M> messageType) {
        return read(file).stream().filter(messageType::isInstance).map(messageType::cast).toList();
    }

    /**
     * Writes a message as one interchange in the given delimiters; version and control numbers come from the
     * message's envelopes (see {@link X12Writer}).
     */
    public byte[] write(X12Message message, X12Delimiters delimiters, boolean lineBreakAfterSegment) {
        return writer.write(message, delimiters, lineBreakAfterSegment);
    }

    /** Whether {@link #write} supports this transaction set code. */
    public boolean canWrite(String transactionSetCode) {
        return X12Writer.canWrite(transactionSetCode);
    }
}
