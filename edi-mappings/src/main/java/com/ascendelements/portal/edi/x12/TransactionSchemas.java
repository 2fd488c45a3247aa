package com.ascendelements.portal.edi.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The StAEDI transaction set schemas of the gateway (850, 855, 856, 810, 997), loaded once from the classpath.
 * One schema per set serves the supported versions 004010 and 005010.
 */
public final class TransactionSchemas {

    /** Transaction sets that have a schema. */
    public static final Set<String> SUPPORTED_SETS = Set.of("850", "855", "856", "810", "997");

    /** GS08 version prefixes that are supported. */
    public static final Set<String> SUPPORTED_VERSIONS = Set.of("004010", "005010");

    /** Functional identifier (GS01) expected for each supported transaction set. */
    public static final Map<String, String> FUNCTIONAL_IDENTIFIERS = Map.of(
            "850", "PO", "855", "PR", "856", "SH", "810", "IN", "997", "FA");

    private static final String LOCATION = "/com/ascendelements/portal/edi/x12/schema/";
    private static final Map<String, Schema> SCHEMAS = load();

    private TransactionSchemas() {
    }

    /**
     * @param transactionSet ST01
     * @param version        GS08
     * @return the schema, or empty when the set or the version is not supported
     */
    public static Optional<Schema> find(String transactionSet, String version) {
        if (!isSupportedVersion(version)) {
            return Optional.empty();
        }
        return Optional.ofNullable(transactionSet == null ? null : SCHEMAS.get(transactionSet));
    }

    /** @return whether GS08 names a supported version (004010 or 005010, with or without an industry suffix) */
    public static boolean isSupportedVersion(String version) {
        return version != null && version.length() >= 6 && SUPPORTED_VERSIONS.contains(version.substring(0, 6));
    }

    private static Map<String, Schema> load() {
        SchemaFactory factory = SchemaFactory.newFactory();
        URL common = TransactionSchemas.class.getResource(LOCATION + "x12-common.xml");
        if (common == null) {
            throw new IllegalStateException("X12 schemas missing from the classpath at " + LOCATION);
        }
        try {
            factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, new URL(common, "."));
            Map<String, Schema> schemas = new java.util.HashMap<>();
            for (String set : SUPPORTED_SETS) {
                schemas.put(set, factory.createSchema(TransactionSchemas.class.getResource(LOCATION + set + ".xml")));
            }
            return Map.copyOf(schemas);
        } catch (EDISchemaException | MalformedURLException e) {
            throw new IllegalStateException("Cannot load the X12 transaction set schemas", e);
        }
    }
}
