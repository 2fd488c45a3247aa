package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import com.ascendelements.portal.edi.message.AcknowledgedLine;
import com.ascendelements.portal.edi.message.HierarchicalLevel;
import com.ascendelements.portal.edi.message.ShipNoticeMessage;
import com.ascendelements.portal.edi.message.InvoiceLine;
import com.ascendelements.portal.edi.message.InvoiceMessage;
import com.ascendelements.portal.edi.message.ProductId;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import com.ascendelements.portal.edi.message.PurchaseOrderLine;
import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.SmooksException;
import org.smooks.io.sink.JavaSink;
import org.smooks.io.source.ByteSource;

import com.ascendelements.portal.edi.x12.TransactionSetSplitter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads X12 interchanges into message DTOs with the Smooks bindings, set by set: each transaction set is filtered in its
 * own ExecutionContext by the instance of its set from a {@link SmooksInstanceCache}, fed by StAEDI's events (one instance
 * for every partner: StAEDI reads the delimiters from each ISA) or, for comparison, by the DFDL parser (an instance
 * per delimiter set).
 *
 * <p>Thread-safe.</p>
 */
public final class X12Reader {

    private final SmooksInstanceCache smooksInstances;
    private final SmooksInstanceCache.Parser parser;

    /** A reader on the JVM-wide Smooks instances. */
    public X12Reader() {
        this(SmooksInstanceCache.shared());
    }

    /** A reader on the given Smooks instances, parsing with StAEDI's events. */
    public X12Reader(SmooksInstanceCache smooksInstances) {
        this(smooksInstances, SmooksInstanceCache.Parser.STAEDI_EVENTS);
    }

    /** A reader on the given Smooks instances and parser (both feed the same bindings). */
    public X12Reader(SmooksInstanceCache smooksInstances, SmooksInstanceCache.Parser parser) {
        this.smooksInstances = smooksInstances;
        this.parser = parser;
    }

    /** What turns X12 into events for the bindings. */
    public SmooksInstanceCache.Parser parser() {
        return parser;
    }

    /**
     * Reads every transaction set of a file (BOM, leading white space, several ISA allowed), one set at a time (see
     * {@link #readEach}).
     */
    public List<X12Message> read(byte[] file) {
        List<X12Message> messages = new ArrayList<>();
        readEach(new ByteArrayInputStream(file), messages::add);
        return messages;
    }

    /**
     * Reads a file set by set: a {@link TransactionSetSplitter} streams it and each transaction set is translated on its
     * own (its ISA and GS, the set, a GE and IEA counting one) in its own ExecutionContext, then handed to
     * {@code each}. Memory is bounded by the largest transaction set, not by the file.
     *
     * @throws X12TranslationException when the file is not X12 or a set does not parse (the sets before it have been
     *                                 handed over)
     */
    public void readEach(InputStream file, Consumer<X12Message> each) {
        readEach(file, code -> true, each, null);
    }

    /**
     * {@link #readEach(InputStream, Consumer)} for the transaction sets whose code (ST01) {@code wanted} accepts; the
     * others are passed over without being translated. A set that cannot be translated goes to {@code untranslatable}
     * (named by ST01, GS06 and ST02) and the reading goes on; without one, it ends the reading.
     */
    public void readEach(InputStream file, java.util.function.Predicate<String> wanted, Consumer<X12Message> each,
                         Consumer<X12TranslationException> untranslatable) {
        try {
            TransactionSetSplitter.split(file, set -> {
                if (!wanted.test(set.transactionSetCode())) {
                    return;
                }
                String where = "transaction set " + set.transactionSetCode() + " of interchange " + set.interchangeIndex();
                Smooks smooks = smooksInstances.reader(set.delimiters(), set.transactionSetCode(), parser);
                List<X12Message> messages;
                try {
                    messages = read(set.asInterchange(), smooks, where);
                } catch (X12TranslationException e) {
                    if (untranslatable == null) {
                        throw e;
                    }
                    untranslatable.accept(new X12TranslationException(e.getMessage(), e.getCause(), set.transactionSetCode(),
                            set.groupControlNumber(), set.controlNumber()));
                    return;
                }
                messages.forEach(each);
            }, untranslatable != null);  // with someone to tell, the sets are read whatever else the file holds
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new X12TranslationException(e.getMessage(), e);
        }
    }

    /** Reads one interchange. */
    public List<X12Message> read(TransactionSetSplitter.Interchange interchange) {
        return read(interchange.text(), smooksInstances.reader(interchange.delimiters(), parser), "interchange at offset " + interchange.offset());
    }

    private List<X12Message> read(String interchange, Smooks smooks, String where) {
        ExecutionContext executionContext = smooks.createExecutionContext();
        JavaSink sink = new JavaSink();
        try {
            // bytes, not a String: the DFDL parser reads bytes, a character source would be re-encoded on the fly
            ByteSource source = new ByteSource(interchange.getBytes(StandardCharsets.UTF_8));
            SmooksFilter.filter(smooks, executionContext, source, sink);
        } catch (SmooksException e) {
            if (parser == SmooksInstanceCache.Parser.STAEDI_EVENTS && !isDataError(e)) {
                // not the partner's data: a fault of ours (a binding, a bean), which must not be answered as the partner's
                throw new IllegalStateException(where + ": the X12 translation failed: " + rootMessage(e), e);
            }
            throw new X12TranslationException(where + " cannot be read: " + located(e), e);
        }
        Object bound = sink.getBean("messages");
        if (!(bound instanceof List<?> list)) {
            throw new X12TranslationException(where + " produced no messages");
        }
        List<X12Message> messages = new ArrayList<>();
        for (Object message : list) {
            X12Message x12Message = (X12Message) message;
            tidy(x12Message);
            messages.add(x12Message);
        }
        return messages;
    }

    /**
     * What the declarative bindings cannot do: drop product id pairs left empty, move the implied decimal
     * point of N2 amounts, link 856 levels to their parents.
     */
    private static void tidy(X12Message message) {
        if (message instanceof PurchaseOrderMessage order) {
            for (PurchaseOrderLine line : order.getLines()) {
                dropEmpty(line.getProductIds());
            }
        } else if (message instanceof PurchaseOrderAcknowledgmentMessage acknowledgment) {
            for (AcknowledgedLine line : acknowledgment.getLines()) {
                dropEmpty(line.getProductIds());
            }
        } else if (message instanceof InvoiceMessage invoice) {
            // TDS01 and SAC05 are N2: two implied decimals
            invoice.setTotalAmount(impliedTwoDecimals(invoice.getTotalAmount()));
            invoice.getCharges().forEach(charge -> charge.setAmount(impliedTwoDecimals(charge.getAmount())));
            for (InvoiceLine line : invoice.getLines()) {
                dropEmpty(line.getProductIds());
                line.getCharges().forEach(charge -> charge.setAmount(impliedTwoDecimals(charge.getAmount())));
            }
        } else if (message instanceof ShipNoticeMessage shipNotice) {
            Map<String, HierarchicalLevel> byId = new HashMap<>();
            for (HierarchicalLevel level : shipNotice.getLevels()) {
                dropEmpty(level.getProductIds());
                HierarchicalLevel parent = level.getParentId() == null ? null : byId.get(level.getParentId());
                if (parent != null) {
                    parent.children().add(level);
                }
                if (level.getId() != null) {
                    byId.put(level.getId(), level);
                }
            }
        }
    }

    private static BigDecimal impliedTwoDecimals(BigDecimal value) {
        return value == null ? null : value.movePointLeft(2);
    }

    private static void dropEmpty(List<ProductId> productIds) {
        productIds.removeIf(id -> id.getId() == null || id.getId().isEmpty());
    }

    /**
     * Whether a failure is the data's: the event reader's own refusal (an {@link X12TranslationException}) or a value a
     * binding cannot take (a date that is none, a number that is none).
     */
    static boolean isDataError(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof X12TranslationException || cause instanceof org.smooks.api.converter.TypeConverterException
                    || cause instanceof java.time.DateTimeException || cause instanceof NumberFormatException
                    || cause instanceof ArithmeticException) {
                return true;
            }
        }
        return false;
    }

    /** The reader's own account (it names the segment), or else the deepest cause's message. */
    private static String located(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof X12TranslationException) {
                return cause.getMessage();
            }
        }
        return rootMessage(e);
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
