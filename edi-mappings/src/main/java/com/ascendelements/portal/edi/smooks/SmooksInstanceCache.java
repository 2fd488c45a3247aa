package com.ascendelements.portal.edi.smooks;


import com.ascendelements.portal.edi.x12.X12Delimiters;
import org.apache.daffodil.japi.ValidationMode;
import org.smooks.Smooks;
import org.smooks.cartridges.edi.EdiReaderConfigurator;
import org.smooks.engine.resource.config.DefaultResourceConfig;
import org.smooks.engine.resource.config.GenericReaderConfigurator;
import org.smooks.FilterSettings;

import java.io.Closeable;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Smooks instances, built once per configuration and delimiter set and then shared by all threads
 * (a Smooks instance is thread-safe once configured; each message gets its own ExecutionContext).
 *
 * <p>Reading on StAEDI's events needs no compiled schema and one instance per set for every partner. The DFDL parser
 * (kept for comparison) and the writer compile the DFDL schema on first use, shared through {@link CompiledSchemaCache},
 * so a partner with unusual delimiters costs only a new Smooks instance, not a new compile.</p>
 */
public final class SmooksInstanceCache implements Closeable {

    /** The DFDL schema for a whole interchange (all transaction sets, 004010 and 005010). */
    public static final String INTERCHANGE_SCHEMA = "/x12/x12-interchange.dfdl.xsd";
    /** The bindings for reading. */
    public static final String READ_BINDINGS = "/x12/smooks-x12-read.xml";
    /** X12 has no escape character; the cartridge insists on one, so an unused control character is given. */
    static final String UNUSED_ESCAPE_CHARACTER = "%#x1F;";

    private static final SmooksInstanceCache SHARED = new SmooksInstanceCache();

    private final Map<String, Smooks> instances = new ConcurrentHashMap<>();

    /** A cache of its own (tests, or a component that wants to close its instances itself). */
    public SmooksInstanceCache() {
    }

    /** The JVM-wide cache. */
    public static SmooksInstanceCache shared() {
        return SHARED;
    }

    /** The envelope bindings, part of every reading instance. */
    static final String ENVELOPE_BINDINGS = "/x12/common/smooks-envelope-bindings.xml";
    /** The transaction sets with bindings of their own, and where they are. */
    private static final Map<String, String> SET_BINDINGS = Map.of(
            "850", "/x12/850/smooks-850-read.xml", "855", "/x12/855/smooks-855-read.xml",
            "810", "/x12/810/smooks-810-read.xml", "856", "/x12/856/smooks-856-read.xml",
            "997", "/x12/997/smooks-997-read.xml");

    /**
     * What turns X12 into the events the bindings see. Both give the same elements (the DFDL schemas' infoset), so the
     * bindings are the same; they differ in speed by 30 to 200 times (module README, "Decision: the reader").
     */
    public enum Parser {
        /** StAEDI's event stream laid out as the DFDL schemas lay out the sets ({@link X12EventReader}); the default. */
        STAEDI_EVENTS,
        /** The smooks-edi cartridge's DFDL parser (Apache Daffodil), kept for comparison ({@code bin/x12-benchmark}). */
        DFDL
    }

    /** The reading Smooks instance for interchanges with these delimiters (bindings of every transaction set). */
    public Smooks reader(X12Delimiters delimiters) {
        return reader(delimiters, Parser.STAEDI_EVENTS);
    }

    /** The reading Smooks instance with the bindings of every transaction set, on the given parser. */
    public Smooks reader(X12Delimiters delimiters, Parser parser) {
        return instances.computeIfAbsent("read|" + key(delimiters, parser), key -> newReader(delimiters, parser, READ_BINDINGS));
    }

    /**
     * The reading Smooks instance for one-set interchanges of one transaction set: the envelope bindings and that set's
     * only (the envelope's alone for a set without bindings). Fewer visitors make every element and every filter
     * cheaper.
     *
     * @param transactionSetCode ST01 of the set
     */
    public Smooks reader(X12Delimiters delimiters, String transactionSetCode, Parser parser) {
        String set = SET_BINDINGS.get(transactionSetCode);
        return instances.computeIfAbsent("read|" + (set == null ? "other" : transactionSetCode) + '|' + key(delimiters, parser),
                key -> set == null ? newReader(delimiters, parser, ENVELOPE_BINDINGS)
                        : newReader(delimiters, parser, ENVELOPE_BINDINGS, set));
    }

    /** StAEDI reads the delimiters from each ISA: one instance serves every partner. */
    private static String key(X12Delimiters delimiters, Parser parser) {
        return parser == Parser.STAEDI_EVENTS ? "events" : "dfdl|" + DfdlDelimiters.key(delimiters);
    }

    /**
     * The writing Smooks instance (XML events to X12 text) for these delimiters.
     *
     * @param lineBreakAfterSegment whether a line break (LF) follows each segment terminator (many partners want it)
     */
    public Smooks writer(X12Delimiters delimiters, boolean lineBreakAfterSegment) {
        return instances.computeIfAbsent("write|" + DfdlDelimiters.key(delimiters) + '|' + lineBreakAfterSegment,
                key -> newWriter(delimiters, lineBreakAfterSegment));
    }

    /** Number of Smooks instances built so far. */
    public int size() {
        return instances.size();
    }

    /** Closes every instance (not meant for {@link #shared()}, which lives as long as the JVM). */
    @Override
    public void close() {
        instances.values().forEach(Smooks::close);
        instances.clear();
    }

    private static Smooks newReader(X12Delimiters delimiters, Parser parser, String... bindings) {
        Smooks smooks = new Smooks();
        // results are beans, not a serialized stream: no serializer visitor on every element
        smooks.setFilterSettings(FilterSettings.newSaxNgSettings().setDefaultSerializationOn(false));
        if (parser == Parser.STAEDI_EVENTS) {
            smooks.setReaderConfig(new GenericReaderConfigurator(X12EventReader.class));
        } else {
            smooks.setReaderConfig(dfdlReader(delimiters));
        }
        for (String binding : bindings) {
            try {
                smooks.addResourceConfigs(binding);
            } catch (Exception e) {
                smooks.close();
                throw new IllegalStateException("cannot load Smooks bindings " + binding, e);
            }
        }
        return smooks;
    }

    private static EdiReaderConfigurator dfdlReader(X12Delimiters delimiters) {
        CompiledSchemaCache.loadInBackground(INTERCHANGE_SCHEMA, SmooksInstanceCache.class.getClassLoader());
        EdiReaderConfigurator reader = new CachedSchemaEdiReaderConfigurator(INTERCHANGE_SCHEMA);
        reader.setSegmentTerminator(DfdlDelimiters.segmentTerminatorForReading(delimiters))
                .setDataElementSeparator(DfdlDelimiters.elementSeparator(delimiters))
                .setCompositeDataElementSeparator(DfdlDelimiters.componentSeparator(delimiters))
                .setRepetitionSeparator(DfdlDelimiters.repetitionSeparator(delimiters))
                .setEscapeCharacter(UNUSED_ESCAPE_CHARACTER)
                .setValidationMode(ValidationMode.Off);
        return reader;
    }

    private static Smooks newWriter(X12Delimiters delimiters, boolean lineBreakAfterSegment) {
        CompiledSchemaCache.loadInBackground(INTERCHANGE_SCHEMA, SmooksInstanceCache.class.getClassLoader());
        Smooks smooks = new Smooks();
        smooks.setFilterSettings(FilterSettings.newSaxNgSettings().setDefaultSerializationOn(false));
        DefaultResourceConfig unparser = new DefaultResourceConfig("*", new Properties());
        unparser.setResourceType("edi");
        unparser.setParameter("dataProcessorFactory", CachingDataProcessorFactory.class.getName());
        unparser.setParameter("schemaUri", INTERCHANGE_SCHEMA);
        unparser.setParameter("segmentTerminator", DfdlDelimiters.segmentTerminatorForWriting(delimiters, lineBreakAfterSegment));
        unparser.setParameter("dataElementSeparator", DfdlDelimiters.elementSeparator(delimiters));
        unparser.setParameter("compositeDataElementSeparator", DfdlDelimiters.componentSeparator(delimiters));
        unparser.setParameter("repetitionSeparator", DfdlDelimiters.repetitionSeparator(delimiters));
        unparser.setParameter("escapeCharacter", UNUSED_ESCAPE_CHARACTER);
        unparser.setParameter("validationMode", ValidationMode.Off.name());
        smooks.addResourceConfig(unparser);
        return smooks;
    }

    /** The cartridge's EDI reader, with compiled schemas from {@link CompiledSchemaCache}. */
    static final class CachedSchemaEdiReaderConfigurator extends EdiReaderConfigurator {

        CachedSchemaEdiReaderConfigurator(String schemaUri) {
            super(schemaUri);
        }

        @Override
        protected String getDataProcessorFactory() {
            return CachingDataProcessorFactory.class.getName();
        }
    }
}
