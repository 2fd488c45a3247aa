package com.ascendelements.portal.edi.bench;

import com.ascendelements.portal.edi.message.PurchaseOrderMessage;
import com.ascendelements.portal.edi.smooks.SmooksInstanceCache;
import com.ascendelements.portal.edi.smooks.X12Translator;
import com.ascendelements.portal.edi.x12.InterchangeValidator;
import com.ascendelements.portal.edi.x12.X12Delimiters;
import com.ascendelements.portal.edi.x12.ack.ControlNumberSource;
import com.ascendelements.portal.edi.x12.out.EnvelopeParty;
import com.ascendelements.portal.edi.x12.out.OutboundEnvelope;
import com.ascendelements.portal.edi.message.PurchaseOrderAcknowledgmentMessage;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prints the X12 figures of issue 3 in one run, on a corpus it generates: small 850s per second (read + validate +
 * map to DTOs, both cores), MB/s and peak heap for a 20 MB interchange of 856s, documents written per second,
 * and StAEDI alone on the same input. Run with bin/x12-benchmark (-Xmx512m).
 */
public final class X12Benchmark {

    private static final Logger STAEDI_LOG = Logger.getLogger("io.xlate");
    private static final int THREADS = 2;
    private static final int SMALL_850S = 4_000;
    private static final int TARGET_BYTES = 20 * 1024 * 1024;
    private static final int SMOOKS_WARM_UP_SECONDS = 40;

    /**
     * @param args the sections to run, by default all: {@code first} (first Smooks translation in this JVM), {@code 850}
     *             (small 850s per second), {@code 856} (the 20 MB interchange), {@code write} (documents written)
     */
    public static void main(String[] args) throws Exception {
        java.util.Set<String> sections = args.length == 0 ? java.util.Set.of("first", "850", "856", "write") : java.util.Set.of(args);
        STAEDI_LOG.setLevel(Level.WARNING);
        Logger.getLogger("org.smooks").setLevel(Level.WARNING);
        byte[] template850 = resource("/x12/850/ecopro-850-004010.edi");
        if (sections.contains("first")) {
            // first thing in the JVM, as after a restart: before the corpus is generated (20 MB of strings)
            long firstRead = time(() -> new X12Translator().read(template850));
            long firstDfdl = time(() -> new X12Translator(SmooksInstanceCache.shared(), Clock.systemUTC(),
                    SmooksInstanceCache.Parser.DFDL).read(template850));
            System.out.printf("first Smooks translation in this JVM, before anything else: %,d ms on StAEDI events, then %,d ms on "
                            + "DFDL (its schema as the build compiled it, x12/compiled) (load average %.1f)%n%n", firstRead, firstDfdl,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        List<byte[]> orders = new ArrayList<>();
        for (int i = 0; i < SMALL_850S; i++) {
            String isa13 = String.format("%09d", i + 1);
            orders.add(new String(template850, StandardCharsets.ISO_8859_1).replace("000000101", isa13)
                    .replace("EPB-PO-24017", "EPB-PO-" + (100000 + i)).getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] big856 = big856(resource("/x12/856/ascend-856-to-ecopro-004010.edi"), TARGET_BYTES);
        System.out.printf("corpus: %,d small 850s of %,d bytes; one 856 interchange of %.1f MB%n%n",
                orders.size(), template850.length, big856.length / 1048576.0);


        InterchangeValidator validator = new InterchangeValidator();
        X12Translator translator = new X12Translator();
        X12Translator dfdl = new X12Translator(SmooksInstanceCache.shared(), Clock.systemUTC(), SmooksInstanceCache.Parser.DFDL);
        if (sections.contains("850")) {
            smallOrders(orders, validator, translator, dfdl);
        }
        if (sections.contains("856")) {
            bigShipNotices(big856, validator, translator, dfdl);
        }
        if (sections.contains("write")) {
            writing();
        }
    }

    private static void smallOrders(List<byte[]> orders, InterchangeValidator validator,
                                    X12Translator translator, X12Translator dfdl) throws Exception {
        // warm-up, then measure
        // Daffodil's and Smooks' code takes the JIT much longer to compile than StAEDI's: CPU per document keeps falling
        // for about half a minute of work, so the warm-up is by time, not by count
        warmUp(orders, SMOOKS_WARM_UP_SECONDS / 2, o -> { validator.validate(o); translator.read(o, PurchaseOrderMessage.class); });
        warmUp(orders, SMOOKS_WARM_UP_SECONDS, o -> { validator.validate(o); dfdl.read(o, PurchaseOrderMessage.class); });
        System.out.printf("small 850s, validate + read to DTOs, %d threads:%n", THREADS);
        double scan = perSecond(orders, X12Benchmark::scan);
        String scanCpu = cpuNote();
        double events = perSecond(orders, o -> { validator.validate(o); translator.read(o, PurchaseOrderMessage.class); });
        String eventsCpu = cpuNote();
        double daffodil = perSecond(orders.subList(1500, 3000), o -> { validator.validate(o); dfdl.read(o, PurchaseOrderMessage.class); });
        System.out.printf("  StAEDI validator + Smooks on DFDL (Daffodil):             %,.0f per s%s%n", daffodil, cpuNote());
        System.out.printf("  StAEDI validator + Smooks on StAEDI events (the server):  %,.0f per s%s%n", events, eventsCpu);
        System.out.printf("  StAEDI scan alone (no validation, no mapping):            %,.0f per s%s%n", scan, scanCpu);
        System.out.printf("  Smooks on StAEDI events: %.1f %% of the scan's rate (bar: 5 %% and 300 per s); on DFDL: %.1f %%%n",
                100 * events / scan, 100 * daffodil / scan);
    }

    private static void bigShipNotices(byte[] big856, InterchangeValidator validator, X12Translator translator, X12Translator dfdl)
            throws IOException {

        System.out.printf("%n20 MB interchange of 856s (heap limit %,d MB):%n", Runtime.getRuntime().maxMemory() / 1048576);
        report("StAEDI validator", big856, () -> validator.validate(big856));
        AtomicInteger notices = new AtomicInteger();
        double events = report("Smooks on StAEDI events, set by set", big856,
                () -> translator.readEach(new ByteArrayInputStream(big856), m -> notices.incrementAndGet()));
        System.out.printf("    (%,d ship notices translated, each handed over and dropped: memory bounded by one set)%n", notices.get());
        double scan = report("StAEDI scan alone", big856, () -> scan(big856));
        byte[] slice = big856(resource("/x12/856/ascend-856-to-ecopro-004010.edi"), TARGET_BYTES / 40);
        double daffodil = report("Smooks on DFDL, 0.5 MB only", slice,
                () -> dfdl.readEach(new ByteArrayInputStream(slice), m -> { }));
        System.out.printf("  Smooks on StAEDI events: %.1f %% of the scan's MB/s (bar: 25 %%, heap at most 256 MB); on DFDL: %.1f %%%n",
                100 * events / scan, 100 * daffodil / scan);
    }

    private static void writing() throws Exception {

        X12Translator smooks = new X12Translator();
        PurchaseOrderAcknowledgmentMessage ack = smooks.read(resource("/x12/855/ascend-855-to-ecopro-004010.edi"),
                PurchaseOrderAcknowledgmentMessage.class).get(0);
        EnvelopeParty hub = new EnvelopeParty("ZZ", "ASCENDELEMENTS", "ASCENDEL");
        EnvelopeParty ecopro = new EnvelopeParty("ZZ", "ECOPROBMUS", "ECOPRO");
        ControlNumberSource numbers = ControlNumberSource.startingAt(1, 1, 1);
        X12Delimiters delimiters = new X12Delimiters('*', '>', '^', '~');
        List<Integer> writes = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            writes.add(i);
        }
        OutboundEnvelope envelope = new OutboundEnvelope(hub, ecopro, "004010", delimiters, true, numbers);
        perSecond(writes.subList(0, 500), i -> envelope.write(smooks, "855", ack, Clock.systemUTC()));
        System.out.printf("%ndocuments written (855 through the Smooks mapping, DFDL unparser), %d threads: %,.0f per s%n", THREADS,
                perSecond(writes, i -> envelope.write(smooks, "855", ack, Clock.systemUTC())));
    }

    private static double report(String what, byte[] input, Runnable work) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        try {
            work.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %-36s %6.1f MB/s  (%.1f s)  peak heap %,d MB%n", what, input.length / 1048576.0 / seconds, seconds,
                    peakHeap() / 1048576);
            return input.length / 1048576.0 / seconds;
        } catch (OutOfMemoryError e) {
            System.out.printf("  %-36s FAILED: out of memory (peak heap %,d MB)%n", what, peakHeap() / 1048576);
        } catch (RuntimeException e) {
            System.out.printf("  %-36s FAILED: %s%n", what, e.getMessage());
        }
        return 0;
    }

    /** Runs {@code work} over chunks of {@code inputs} on THREADS threads for at least {@code seconds}. */
    private static <T> void warmUp(List<T> inputs, int seconds, Consumer<T> work) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        int from = 0;
        while (System.nanoTime() < until) {
            int to = Math.min(inputs.size(), from + 200);
            perSecond(inputs.subList(from, to), work);
            from = to == inputs.size() ? 0 : to;
        }
    }

    /** CPU time of the workers per input in the last {@link #perSecond} run, in nanoseconds. */
    private static double lastCpuPerInput;

    /**
     * @return inputs per second of wall time; the workers' CPU time per input is kept in {@link #lastCpuPerInput}
     *         (on a shared machine it tells what the work costs, whatever the other processes take)
     */
    private static <T> double perSecond(List<T> inputs, Consumer<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(pool.submit(() -> {
                long cpuStart = threads.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                    work.accept(inputs.get(i));
                }
                cpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        lastCpuPerInput = (double) cpu.get() / inputs.size();
        return inputs.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** @return what the last {@link #perSecond} run costs in CPU, and the rate its CPU time allows on THREADS free cores */
    private static String cpuNote() {
        return String.format("  (%.2f ms CPU each: %,.0f per s if %d cores were free; load average %.1f)", lastCpuPerInput / 1e6,
                THREADS * 1e9 / lastCpuPerInput, THREADS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void scan(byte[] input) {
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(input))) {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample's transaction set repeated with fresh control numbers until the interchange holds about 20 MB. */
    private static byte[] big856(byte[] sample, int targetBytes) {
        String text = new String(sample, StandardCharsets.ISO_8859_1);
        int st = text.indexOf("ST*856*");
        int ge = text.indexOf("GE*");
        String head = text.substring(0, st);
        String set = text.substring(st, ge);
        StringBuilder out = new StringBuilder(targetBytes + 4096).append(head);
        int count = 0;
        while (out.length() < targetBytes) {
            count++;
            out.append(set.replace("8001", String.format("%04d", count % 10000)).replace("*0001~", String.format("*%04d~", count % 10000)));
        }
        out.append("GE*").append(count).append("*801~\n").append("IEA*1*000000801~\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = X12Benchmark.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private X12Benchmark() {
    }
}
