package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.translation.X12TranslationException;

import org.apache.daffodil.japi.Compiler;
import org.apache.daffodil.japi.Daffodil;
import org.apache.daffodil.japi.DataProcessor;
import org.apache.daffodil.japi.Diagnostic;
import org.apache.daffodil.japi.ProcessorFactory;
import org.apache.daffodil.japi.ValidationMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiled DFDL schemas, shared by every Smooks instance of the JVM and kept on disk across restarts.
 *
 * <p>Compiling the X12 schemas takes several seconds; the compiled form does not depend on the delimiters
 * (they are DFDL variables), so one compiled schema serves all partners. In memory the cache is keyed by
 * schema URI and validation mode. On disk the file name carries a hash of the schema texts (the root schema
 * and everything it includes or imports) and the Daffodil version, so a changed schema or a Daffodil upgrade
 * never loads a stale file.</p>
 *
 * <p>The directory is the system property {@value #CACHE_DIRECTORY_PROPERTY}, by default
 * {@code ${java.io.tmpdir}/portal-dfdl-cache}. Files are written to a temporary name and then moved into
 * place, so concurrent JVMs never read a half-written file. A file that cannot be loaded is recompiled and
 * replaced.</p>
 */
public final class CompiledSchemaCache {

    /** System property naming the directory for compiled schemas. */
    public static final String CACHE_DIRECTORY_PROPERTY = "portal.edi.schema-cache";
    /** System property: {@code false} leaves the schema the build compiled aside (tests of the cache itself). */
    public static final String PRECOMPILED_PROPERTY = "portal.edi.schema-precompiled";

    private static final Logger LOGGER = LoggerFactory.getLogger(CompiledSchemaCache.class);
    private static final Pattern SCHEMA_LOCATION = Pattern.compile("schemaLocation=\"([^\"]+)\"");
    private static final Map<String, DataProcessor> COMPILED = new ConcurrentHashMap<>();

    private CompiledSchemaCache() {
    }

    /** The directory compiled schemas are written to. */
    public static Path cacheDirectory() {
        String configured = System.getProperty(CACHE_DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("java.io.tmpdir"), "portal-dfdl-cache");
    }

    /** The compiled schema for this URI, compiled or loaded from disk at most once per JVM. */
    public static DataProcessor get(URI schemaUri, ValidationMode validationMode) {
        DataProcessor processor = COMPILED.computeIfAbsent(schemaUri.toString(), key -> loadOrCompile(schemaUri));
        try {
            return processor.withValidationMode(validationMode);
        } catch (org.apache.daffodil.japi.InvalidUsageException e) {
            throw new X12TranslationException("validation mode " + validationMode + " refused", e);
        }
    }

    /**
     * Starts loading (or compiling) the schema at this class-path location on a daemon thread, unless it is loaded
     * already: the first translation of a JVM then loads the schema while it builds its Smooks instance (about a
     * second each on this kind of machine) instead of one after the other. A thread that needs the schema meanwhile
     * waits for this load rather than starting its own.
     *
     * @param classpathLocation e.g. {@code /x12/x12-interchange.dfdl.xsd}, resolved as the DFDL cartridge resolves it
     */
    static void loadInBackground(String classpathLocation, ClassLoader classLoader) {
        URL url = classLoader.getResource(classpathLocation.startsWith("/") ? classpathLocation.substring(1) : classpathLocation);
        if (url == null) {
            return;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (java.net.URISyntaxException e) {
            return;
        }
        if (COMPILED.containsKey(uri.toString())) {
            return;
        }
        // Daffodil's compiler recurses deeply: a stack of its own (the build gives it -Xss4m as well)
        Thread loader = new Thread(null, () -> {
            try {
                COMPILED.computeIfAbsent(uri.toString(), key -> loadOrCompile(uri));
            } catch (RuntimeException | StackOverflowError e) {
                LOGGER.warn("Loading DFDL schema {} in the background failed: {}", uri, e.toString());
            }
        }, "dfdl-schema-loader", 16L << 20);
        loader.setDaemon(true);
        loader.start();
    }

    /** Forgets the in-memory copies (tests use it to measure a restart). The disk files stay. */
    public static void clearMemory() {
        COMPILED.clear();
    }

    /**
     * Compiles the interchange schema into a folder, named as the cache names it; the build runs it at process-classes
     * into {@value #PRECOMPILED}, so the jar carries the compiled schema and no node compiles it at start.
     *
     * @param args the folder
     */
    public static void main(String[] args) throws Exception {
        URI schemaUri = CompiledSchemaCache.class.getResource(SmooksInstanceCache.INTERCHANGE_SCHEMA).toURI();
        Path file = Paths.get(args[0]).resolve(cacheFileName(schemaUri));
        if (Files.isRegularFile(file)) {
            System.out.println("Compiled DFDL schema up to date: " + file);
            return;
        }
        long start = System.nanoTime();
        DataProcessor processor = compile(schemaUri);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            processor.save(Channels.newChannel(out));
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);  // an interrupted build leaves no half file
        removeStaleVersions(file);
        System.out.printf("Compiled DFDL schema %s into %s in %d ms%n", schemaUri, file, (System.nanoTime() - start) / 1_000_000);
    }

    /** Whether the build compiled this schema into the class path (the name carries the schema's fingerprint). */
    static boolean compiledByTheBuild(URI schemaUri) {
        return CompiledSchemaCache.class.getResource(PRECOMPILED + cacheFileName(schemaUri)) != null;
    }

    /** Where the build puts the compiled schemas on the class path. */
    static final String PRECOMPILED = "/x12/compiled/";

    private static DataProcessor loadOrCompile(URI schemaUri) {
        String name = cacheFileName(schemaUri);
        boolean usePrecompiled = !"false".equals(System.getProperty(PRECOMPILED_PROPERTY));
        try (InputStream precompiled = usePrecompiled ? CompiledSchemaCache.class.getResourceAsStream(PRECOMPILED + name) : null) {
            if (precompiled != null) {
                long start = System.nanoTime();
                DataProcessor processor = Daffodil.compiler().reload(Channels.newChannel(precompiled));
                LOGGER.info("Loaded DFDL schema {} compiled by the build in {} ms", schemaUri, (System.nanoTime() - start) / 1_000_000);
                return processor;
            }
        } catch (Exception e) {
            LOGGER.warn("The DFDL schema compiled by the build cannot be loaded ({}); trying the cache", e.toString());
        }
        Path file = cacheDirectory().resolve(name);
        if (Files.isRegularFile(file)) {
            try {
                long start = System.nanoTime();
                DataProcessor processor = Daffodil.compiler().reload(file.toFile());
                LOGGER.info("Loaded compiled DFDL schema {} from {} in {} ms", schemaUri, file,
                        (System.nanoTime() - start) / 1_000_000);
                return processor;
            } catch (Exception e) {
                LOGGER.warn("Compiled DFDL schema {} cannot be loaded ({}); compiling again", file, e.toString());
            }
        }
        if (usePrecompiled) {
            LOGGER.warn("The build did not compile DFDL schema {} ({} is not on the class path): compiling it now, which takes "
                    + "seconds", schemaUri, PRECOMPILED + name);
        }
        long start = System.nanoTime();
        DataProcessor processor = compile(schemaUri);
        LOGGER.info("Compiled DFDL schema {} in {} ms", schemaUri, (System.nanoTime() - start) / 1_000_000);
        save(processor, file);
        return processor;
    }

    private static DataProcessor compile(URI schemaUri) {
        Compiler compiler = Daffodil.compiler();
        ProcessorFactory factory;
        try {
            factory = compiler.compileSource(schemaUri);
        } catch (IOException e) {
            throw new X12TranslationException("cannot read DFDL schema " + schemaUri, e);
        }
        if (factory.isError()) {
            throw new X12TranslationException("DFDL schema " + schemaUri + " does not compile: "
                    + describe(factory.getDiagnostics()));
        }
        DataProcessor processor = factory.onPath("/");
        if (processor.isError()) {
            throw new X12TranslationException("DFDL schema " + schemaUri + " does not compile: "
                    + describe(processor.getDiagnostics()));
        }
        return processor;
    }

    private static void save(DataProcessor processor, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                processor.save(Channels.newChannel(out));
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            LOGGER.info("Saved compiled DFDL schema to {}", file);
            removeStaleVersions(file);
        } catch (Exception e) {
            LOGGER.warn("Cannot save compiled DFDL schema to {}: {}", file, e.toString());
        }
    }

    /** Deletes files of the same schema with another fingerprint (an older schema or Daffodil version). */
    private static void removeStaleVersions(Path current) throws IOException {
        String name = current.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (var files = Files.newDirectoryStream(current.getParent(), prefix + "*.bin")) {
            for (Path file : files) {
                if (!file.equals(current)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static String cacheFileName(URI schemaUri) {
        String path = schemaUri.getPath() == null ? schemaUri.toString() : schemaUri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return name + '-' + fingerprint(schemaUri) + ".bin";
    }

    /** Hash of the schema texts (root and everything it includes/imports) and the Daffodil version. */
    private static String fingerprint(URI schemaUri) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String daffodilVersion = Daffodil.class.getPackage().getImplementationVersion();
            digest.update(String.valueOf(daffodilVersion).getBytes(StandardCharsets.UTF_8));
            Set<String> seen = new LinkedHashSet<>();
            digestSchema(schemaUri, digest, seen);
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digestSchema(URI uri, MessageDigest digest, Set<String> seen) {
        if (!seen.add(uri.toString())) {
            return;
        }
        String text;
        try (InputStream in = uri.toURL().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            digest.update(uri.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        Matcher matcher = SCHEMA_LOCATION.matcher(text);
        while (matcher.find()) {
            URI referenced = resolve(uri, matcher.group(1));
            if (referenced != null) {
                digestSchema(referenced, digest, seen);
            }
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            if (location.startsWith("/")) {
                URL url = CompiledSchemaCache.class.getResource(location);
                return url == null ? null : url.toURI();
            }
            return base.resolve(location);
        } catch (Exception e) {
            return null;
        }
    }

    private static String describe(java.util.List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                text.append(System.lineSeparator()).append(diagnostic.getMessage());
            }
        }
        return text.toString();
    }
}
