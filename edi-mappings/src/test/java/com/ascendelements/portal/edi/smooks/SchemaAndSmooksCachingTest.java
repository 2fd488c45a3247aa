package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Smooks instances per delimiter set, compiled schemas shared in memory and on disk. */
class SchemaAndSmooksCachingTest {

    @Test
    void buildsOneSmooksInstancePerDelimiterSet() {
        SmooksInstanceCache cache = SmooksInstanceCache.shared();
        X12Delimiters tilde = new X12Delimiters('*', '>', null, '~');
        X12Delimiters pipe = new X12Delimiters('|', ':', '^', '~');
        SmooksInstanceCache.Parser dfdl = SmooksInstanceCache.Parser.DFDL;
        assertThat(cache.reader(tilde, dfdl)).isSameAs(cache.reader(new X12Delimiters('*', '>', null, '~'), dfdl));
        assertThat(cache.reader(pipe, dfdl)).isNotSameAs(cache.reader(tilde, dfdl));
        // StAEDI reads the delimiters from each ISA: one instance for every partner
        assertThat(cache.reader(pipe)).isSameAs(cache.reader(tilde)).isNotSameAs(cache.reader(tilde, dfdl));
        assertThat(cache.writer(tilde, true)).isNotSameAs(cache.reader(tilde));
    }

    @Test
    void loadsTheSchemaTheBuildCompiledUnderTheNameTheRuntimeLooksFor() throws Exception {
        java.net.URI schema = CompiledSchemaCache.class.getResource(SmooksInstanceCache.INTERCHANGE_SCHEMA).toURI();
        assertThat(CompiledSchemaCache.compiledByTheBuild(schema))
                .as("x12/compiled/%s on the class path", CompiledSchemaCache.cacheFileName(schema)).isTrue();
    }

    @Test
    void withoutTheBuildsCopyCompilesIntoTheConfiguredDirectory() throws Exception {
        System.setProperty(CompiledSchemaCache.PRECOMPILED_PROPERTY, "false");
        CompiledSchemaCache.clearMemory();
        try (SmooksInstanceCache cache = new SmooksInstanceCache()) {
            new X12Reader(cache, SmooksInstanceCache.Parser.DFDL).read(Files.readAllBytes(GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi")));
        } finally {
            System.clearProperty(CompiledSchemaCache.PRECOMPILED_PROPERTY);
            CompiledSchemaCache.clearMemory();
        }
        Path directory = CompiledSchemaCache.cacheDirectory();
        assertThat(directory.toString()).isEqualTo(System.getProperty(CompiledSchemaCache.CACHE_DIRECTORY_PROPERTY,
                directory.toString()));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("x12-interchange.dfdl.xsd-") && name.endsWith(".bin"));
        }
    }

    @Test
    void readsConcurrentlyWithSharedInstances() throws Exception {
        byte[] order = Files.readAllBytes(GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi"));
        byte[] scrapOrder = Files.readAllBytes(GoldenFiles.ROOT.resolve("850/ascend-to-skba-850-005010.edi"));
        X12Reader reader = new X12Reader();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<X12Message>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] file = i % 2 == 0 ? order : scrapOrder;
                results.add(pool.submit(() -> reader.read(file)));
            }
            for (int i = 0; i < results.size(); i++) {
                PurchaseOrderMessage message = (PurchaseOrderMessage) results.get(i).get().get(0);
                assertThat(message.getPurchaseOrderNumber())
                        .isEqualTo(i % 2 == 0 ? "EPB-PO-24017" : "AE-SCRAP-0042");
                assertThat(message.getLines()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
