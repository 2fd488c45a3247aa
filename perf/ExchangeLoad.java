import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends N small 850 interchanges from EcoPro to a running portal over its REST upload and waits until every one is
 * processed; prints receipts per second, p50/p95 receipt latency, the time until all were processed, and how many
 * were lost or processed twice (both must be 0; the exit code is 1 otherwise).
 *
 *   java perf/ExchangeLoad.java run   BASE-URL COUNT [CONCURRENCY] [sync|async] [RUN-ID]
 *   java perf/ExchangeLoad.java send  BASE-URL COUNT [CONCURRENCY] [sync|async] [RUN-ID]   (send only)
 *   java perf/ExchangeLoad.java await BASE-URL COUNT RUN-ID [TIMEOUT-SECONDS]                  (wait and count only)
 *
 * sync: each upload is processed before its answer (200); async: each is stored and queued (202) and the workers
 * process it. Every file of a run carries the run id in its file name and PO number, so runs never mix.
 */
public class ExchangeLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = basic("admin", "demo-admin");
    /** EcoPro's system calls with an API token, as partners' systems do; the load issues its own tokens. */
    private static String partner;
    private static String staff;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java perf/ExchangeLoad.java run|send|await BASE-URL COUNT ...");
            System.exit(2);
        }
        String mode = args[0];
        String base = args[1].endsWith("/") ? args[1] : args[1] + "/";
        partner = "Bearer " + issueToken(base, "ecopro");
        staff = "Bearer " + issueToken(base, "admin");
        int count = Integer.parseInt(args[2]);
        if (mode.equals("await")) {
            System.exit(await(base, count, args[3], args.length > 4 ? Integer.parseInt(args[4]) : 300, System.nanoTime()));
        }
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        boolean async = args.length > 4 && args[4].equals("async");
        String run = args.length > 5 ? args[5] : String.valueOf(System.currentTimeMillis() % 100_000);
        long start = System.nanoTime();
        send(base, count, concurrency, async, run);
        if (mode.equals("run")) {
            System.exit(await(base, count, run, 300, start));
        }
    }

    private static void send(String base, int count, int concurrency, boolean async, String run) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.submit(() -> {
                long sent = System.nanoTime();
                int status = upload(base, run, n, async);
                latencies.add((System.nanoTime() - sent) / 1_000_000);
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("run %s: %d interchanges sent (%s) by %d clients in %.1f s: %.0f received/s%n", run, count,
                async ? "async, 202" : "sync, 200", concurrency, seconds, count / seconds);
        System.out.printf("receipt latency ms: p50 %d  p95 %d  max %d; answers %s%n", percentile(sorted, 50),
                percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), new TreeMap<>(statuses));
    }

    /** Waits until every interchange of the run is processed; prints the end-to-end figures. Returns the exit code. */
    private static int await(String base, int count, String run, int timeoutSeconds, long start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long processed = -1;
        long longestPoll = 0;
        while (System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            processed = total(base + "api/interchanges?max=1&status=PROCESSED&fileName=load-" + run + "-");
            longestPoll = Math.max(longestPoll, System.nanoTime() - asked);
            if (processed >= count) {
                break;
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("(counted every 250 ms; the longest count took %d ms)%n", longestPoll / 1_000_000);
        Map<String, Long> other = new TreeMap<>();
        for (String status : List.of("RECEIVED", "FAILED", "REJECTED", "DUPLICATE")) {
            other.put(status, total(base + "api/interchanges?max=1&status=" + status + "&fileName=load-" + run + "-"));
        }
        long orders = total(base + "api/purchase-orders?max=1&poNumber=LOAD-" + run + "-");
        long lost = Math.max(0, count - Math.max(processed, 0));
        long duplicated = Math.max(0, orders - count) + other.get("FAILED") + other.get("DUPLICATE");
        System.out.printf("all %d processed %.1f s after the first was sent: %.0f interchanges/s end to end%n",
                Math.max(processed, 0), seconds, Math.max(processed, 0) / seconds);
        System.out.printf("purchase orders created: %d; other states %s%n", orders, other);
        System.out.printf("lost: %d  duplicated: %d%n", lost, duplicated);
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }

    private static int upload(String base, String run, int n, boolean async) {
        String control = String.format("%09d", (Long.parseLong(run) % 10_000) * 100_000 + n);
        String isa = String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261128*1015*U*00401*%s*0*P*>~",
                "ECOPROBMUS", "ASCENDELEMENTS", control);
        String po = "LOAD-" + run + "-" + n;
        String x12 = isa + "\nGS*PO*ECOPRO*ASCENDEL*20261128*1015*" + (n + 1) + "*X*004010~\nST*850*0001~\nBEG*00*SA*" + po
                + "**20261128~\nCUR*BY*USD~\nPO1*1*12000*KG*28.5**VP*CAM-NMC811~\nCTT*1~\nSE*6*0001~\nGE*1*" + (n + 1)
                + "~\nIEA*1*" + control + "~\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/interchanges?fileName=load-" + run + "-" + n
                        + ".x12" + (async ? "&async=true" : "")))
                .header("Authorization", partner).header("Content-Type", "application/edi-x12")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(x12, StandardCharsets.US_ASCII)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long total(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", staff)
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200
                    ? Long.parseLong(response.headers().firstValue("X-Total-Count").orElse("-1")) : -1;
        } catch (Exception e) {
            return -1;  // the server is down or restarting: ask again
        }
    }

    private static String issueToken(String base, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/users/" + user + "/tokens?label=exchange-load"))
                .header("Authorization", ADMIN).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("Cannot issue an API token for " + user + ": " + response.statusCode()
                            + " " + response.body());
                }
                return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            } catch (java.io.IOException e) {
                if (attempt == 120) {
                    throw e;
                }
                Thread.sleep(1000);  // the server is (re)starting
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
