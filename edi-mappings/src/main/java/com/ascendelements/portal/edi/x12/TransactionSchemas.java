package com.ascendelements.portal.edi.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The StAEDI transaction set schemas of the gateway (850, 855, 856, 810, 824, 860, 861, 865, 997), loaded once from the classpath: one
 * schema per set and version ({@code <set>-<version>.xml}, including the version's dictionary {@code x12-<version>.xml}), generated from the X12 dictionaries and set structures in
 * {@code src/main/x12-schema} (see edi-mappings/README.md). A GS08 with an industry suffix (004010VICS) uses its version's.
 */
public final class TransactionSchemas {

    /** Transaction sets that have a schema. */
    public static final Set<String> SUPPORTED_SETS = Set.of("850", "855", "856", "810", "824", "860", "861", "865", "997");

    /** GS08 version prefixes that are supported. */
    public static final Set<String> SUPPORTED_VERSIONS = Set.of("004010", "005010");

    /** Functional identifier (GS01) expected for each supported transaction set. */
    public static final Map<String, String> FUNCTIONAL_IDENTIFIERS = Map.of(
            "850", "PO", "855", "PR", "856", "SH", "810", "IN", "824", "AG", "860", "PC", "861", "RC", "865", "CA", "997", "FA");

    private static final String LOCATION = "/com/ascendelements/portal/edi/x12/schema/";
    /**
     * Loaded on first use, set by set: each schema includes its version's whole dictionary, and loading all ten up
     * front would cost seconds on a busy machine before the first file could be validated.
     */
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private TransactionSchemas() {
    }

    /**
     * @param transactionSet ST01
     * @param version        GS08
     * @return the schema, or empty when the set or the version is not supported
     */
    public static Optional<Schema> find(String transactionSet, String version) {
        if (!isSupportedVersion(version) || transactionSet == null || !SUPPORTED_SETS.contains(transactionSet)) {
            return Optional.empty();
        }
        return Optional.of(SCHEMAS.computeIfAbsent(transactionSet + "-" + version.substring(0, 6), TransactionSchemas::load));
    }

    /** @return whether GS08 names a supported version (004010 or 005010, with or without an industry suffix) */
    public static boolean isSupportedVersion(String version) {
        return version != null && version.length() >= 6 && SUPPORTED_VERSIONS.contains(version.substring(0, 6));
    }

    private static Schema load(String name) {
        URL url = TransactionSchemas.class.getResource(LOCATION + name + ".xml");
        if (url == null) {
            throw new IllegalStateException("X12 schema " + name + " missing from the classpath at " + LOCATION
                    + " (generated from src/main/x12-schema)");
        }
        SchemaFactory factory = SchemaFactory.newFactory();
        try {
            factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, new URL(url, "."));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot locate the X12 schemas at " + url, e);
        }
        return createSchema(factory, url);
    }

    private static Schema createSchema(SchemaFactory factory, URL url) {
        try {
            return factory.createSchema(url);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("Cannot load the X12 transaction set schema " + url, e);
        }
    }
}
