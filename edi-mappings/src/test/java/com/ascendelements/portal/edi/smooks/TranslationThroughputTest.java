package com.ascendelements.portal.edi.smooks;

import com.ascendelements.portal.edi.x12.X12Delimiters;

import com.ascendelements.portal.edi.message.X12Message;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rough figures, printed not asserted (a shared 2-core machine is too noisy to assert on): schema compile
 * versus loading the compiled schema from disk, reading small 850s on one and two threads, writing 855s.
 */
class TranslationThroughputTest {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 150;

    @Test
    void printsRoughThroughput() throws Exception {
        byte[] order = Files.readAllBytes(GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi"));

        // a "restart": compiled schema dropped from memory, new Smooks instances (reading on StAEDI events needs no schema)
        CompiledSchemaCache.clearMemory();
        try (SmooksInstanceCache fresh = new SmooksInstanceCache()) {
            long start = System.nanoTime();
            new X12Translator(fresh, Clock.systemUTC()).read(order);
            report("first read after restart (new Smooks instances)", millis(start) + " ms");
        }

        X12Translator translator = new X12Translator();
        for (int i = 0; i < WARM_UP; i++) {
            translator.read(order);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            translator.read(order);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report("read 850 (" + order.length + " bytes), 1 thread",
                String.format("%.0f messages/s, %.2f ms each, %.2f MB/s", MEASURED / seconds,
                        seconds * 1000 / MEASURED, order.length * MEASURED / seconds / 1e6));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            start = System.nanoTime();
            List<Future<List<X12Message>>> results = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                results.add(pool.submit(() -> translator.read(order)));
            }
            for (Future<List<X12Message>> result : results) {
                assertThat(result.get()).hasSize(1);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            report("read 850, 2 threads", String.format("%.0f messages/s", MEASURED / seconds));
        } finally {
            pool.shutdownNow();
        }

        X12Message acknowledgment = PurchaseOrderAcknowledgment855Test.acknowledgmentOfEcoProOrder("004010");
        X12Delimiters delimiters = new X12Delimiters('*', '>', null, '~');
        for (int i = 0; i < WARM_UP; i++) {
            translator.write(acknowledgment, delimiters, true);
        }
        start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            translator.write(acknowledgment, delimiters, true);
        }
        seconds = (System.nanoTime() - start) / 1e9;
        report("write 855, 1 thread", String.format("%.0f messages/s", MEASURED / seconds));
    }

    @Test
    void printsFullCompileTime() throws Exception {
        byte[] order = Files.readAllBytes(GoldenFiles.ROOT.resolve("850/ecopro-850-004010.edi"));
        String previous = System.getProperty(CompiledSchemaCache.CACHE_DIRECTORY_PROPERTY);
        Path empty = Files.createTempDirectory("dfdl-cold-cache");
        System.setProperty(CompiledSchemaCache.CACHE_DIRECTORY_PROPERTY, empty.toString());
        System.setProperty(CompiledSchemaCache.PRECOMPILED_PROPERTY, "false");
        CompiledSchemaCache.clearMemory();
        try (SmooksInstanceCache fresh = new SmooksInstanceCache()) {
            long start = System.nanoTime();
            new X12Translator(fresh, Clock.systemUTC()).read(order);
            report("first read with an empty disk cache (full DFDL compile + save)", millis(start) + " ms");
        } finally {
            System.clearProperty(CompiledSchemaCache.PRECOMPILED_PROPERTY);
            CompiledSchemaCache.clearMemory();
            if (previous == null) {
                System.clearProperty(CompiledSchemaCache.CACHE_DIRECTORY_PROPERTY);
            } else {
                System.setProperty(CompiledSchemaCache.CACHE_DIRECTORY_PROPERTY, previous);
            }
            try (var files = Files.list(empty)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(empty);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void report(String what, String figure) {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("[throughput] %s: %s (load average %.1f on %d cores)%n", what, figure, load,
                Runtime.getRuntime().availableProcessors());
    }
}
