import com.ascendelements.portal.exchange.as2.As2Peer;
import com.ascendelements.portal.exchange.as2.As2Sender;
import com.ascendelements.portal.exchange.as2.HubKey;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.PartnerCertificate;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.util.Timeout;

/**
 * AS2 load against a running portal: registers a generated AS2 key for SK Battery America (SKBATTERYAMERICA) through
 * the admin API, then sends N small 850 interchanges, signed and encrypted, with synchronous signed MDNs, from C
 * threads; prints messages/s with a positive MDN (signature and MIC checked), p50/p95 MDN latency, then polls the
 * API until every interchange has left RECEIVED (processed) and counts lost (MDN positive, nothing stored) and
 * duplicated (stored more than once) documents.
 *
 *   bin/as2-load http://127.0.0.1:18080/ 500 8 [admin] [demo-admin]
 */
public class As2Load {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: As2Load <portal URL> <messages> <threads> [admin user] [admin password]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int n = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        String user = args.length > 3 ? args[3] : "admin";
        String password = args.length > 4 ? args[4] : "demo-admin";

        HubKey skba = HubKey.generate("SKBA load " + System.currentTimeMillis(), Duration.ofDays(365));
        call(base, "PUT", "api/partners/SKBA/as2", "application/json", ("{\"as2Id\":\"SKBATTERYAMERICA\",\"url\":null,\"requireSigned\":true,"
                + "\"requireEncrypted\":true,\"compress\":false,\"mdnMode\":\"SYNC\",\"mdnSigned\":true,\"signAlgorithm\":\"sha-256\","
                + "\"encryptAlgorithm\":\"aes256-cbc\"}").getBytes(StandardCharsets.UTF_8), user, password, 200);
        call(base, "POST", "api/partners/SKBA/certificates", "application/x-pem-file",
                skba.certificatePem().getBytes(StandardCharsets.US_ASCII), user, password, 201);
        String hubPem = call(base, "GET", "api/as2/certificate", null, null, user, password, 200);
        String hubId = call(base, "GET", "api/as2/id", null, null, user, password, 200).strip();
        As2Peer hub = new As2Peer(0L, "HUB", new As2Settings(hubId, base.resolve("as2").toString(), true, true, false,
                As2Settings.MdnMode.SYNC, true, "sha-256", "aes256-cbc"),
                PartnerCertificate.parse(hubPem.getBytes(StandardCharsets.US_ASCII)));
        As2Sender sender = new As2Sender("SKBATTERYAMERICA", skba, null, Timeout.ofSeconds(10), Timeout.ofSeconds(120));

        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + ThreadLocalRandom.current().nextInt(1000);
        int controlBase = ThreadLocalRandom.current().nextInt(100_000_000, 800_000_000);
        // warm-up (not counted): first TLS-free connection, class loading on both sides
        sender.send(hub, "as2load-" + run + "-warmup.x12", order(controlBase - 1, "WARM-" + run));

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                As2Sender.Result r = sender.send(hub, fileName(run, k), order(controlBase + k, "LOAD-" + run + "-" + k));
                if (r.outcome() == As2Sender.Outcome.CONFIRMED) {
                    latencies.add(System.nanoTime() - t0);
                } else {
                    failures.add(k + ": " + r.outcome() + " " + r.detail());
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("AS2 signed+encrypted, sync signed MDN: %d sent, %d positive MDNs (MIC checked) in %.1f s = %.1f messages/s%n",
                n, sorted.size(), seconds, sorted.size() / seconds);
        if (!sorted.isEmpty()) {
            System.out.printf("MDN latency p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d threads)%n",
                    pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1) / 1e6, threads);
        }
        failures.stream().limit(5).forEach(f -> System.out.println("  not confirmed: " + f));

        // processing: every stored interchange leaves RECEIVED once the exchange engine has processed it
        long pollStart = System.nanoTime();
        long deadline = pollStart + Duration.ofMinutes(Long.getLong("as2load.waitMinutes", 5)).toNanos();
        int[] counts;
        while (true) {
            counts = count(base, run, n, user, password);
            if (counts[1] >= counts[0] - counts[3] || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(1000);
        }
        double total = (System.nanoTime() - start) / 1e9;
        int stored = counts[0];
        System.out.printf("stored %d interchanges for %d positive MDNs; processed %d (left RECEIVED) after %.1f s from the first send%s%n",
                stored, sorted.size(), counts[1], total, counts[1] < stored ? " (TIMED OUT waiting for processing)" : "");
        System.out.printf("lost (positive MDN, not stored): %d; duplicated (stored more than once): %d%n", counts[2], counts[3]);
        System.exit(counts[2] == 0 && counts[3] == 0 && failures.isEmpty() ? 0 : 1);
    }

    static String fileName(String run, int k) {
        return "as2load-" + run + "-" + k + ".x12";
    }

    /** [stored, processed, lost, duplicated] over this run's file names. */
    static int[] count(URI base, String run, int n, String user, String password) throws Exception {
        int[] seen = new int[n];
        int processed = 0;
        int stored = 0;
        for (int first = 0; ; first += 200) {
            String page = call(base, "GET", "api/interchanges?direction=INBOUND&fileName=as2load-" + run + "-&first=" + first + "&max=200",
                    null, null, user, password, 200);
            Matcher m = Pattern.compile("\"fileName\":\"as2load-" + Pattern.quote(run) + "-(\\d+)\\.x12\"[^}]*?\"status\":\"([A-Z_]+)\"").matcher(page);
            int onPage = 0;
            while (m.find()) {
                onPage++;
                stored++;
                seen[Integer.parseInt(m.group(1))]++;
                if (!m.group(2).equals("RECEIVED")) {
                    processed++;
                }
            }
            if (!page.contains("\"id\"") || onPage == 0) {
                break;
            }
        }
        int lost = 0;
        int duplicated = 0;
        for (int c : seen) {
            if (c == 0) {
                lost++;
            } else if (c > 1) {
                duplicated += c - 1;
            }
        }
        return new int[] {stored, processed, lost, duplicated};
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static byte[] order(int control, String poNumber) {
        String cn = String.format("%09d", control);
        String isa = String.format("ISA*00*          *00*          *01*%-15s*ZZ*%-15s*261128*1015*U*00401*%s*0*P*>~",
                "080231617", "ASCENDELEMENTS", cn);
        return (isa + "GS*PR*SKBA*ASCENDEL*20261128*1015*" + control + "*X*005010~ST*850*0001~BEG*00*SA*" + poNumber
                + "**20261128~SE*3*0001~GE*1*" + control + "~IEA*1*" + cn + "~").getBytes(StandardCharsets.US_ASCII);
    }

    static String call(URI base, String method, String path, String contentType, byte[] body, String user, String password,
                       int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
