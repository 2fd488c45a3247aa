import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the portal's first pages: USERS concurrent users, each logged in through the login form with its own
 * session, open the purchase-order list and the EDI monitor (or the PAGES given, comma-separated) ROUNDS times, one
 * request after the other without think time (a harder load than 20 people), all starting together once every user
 * has logged in; prints p50/p95/max per page and the load average. A warm-up of 10 rounds at the same load comes
 * first and is not measured.
 *
 *   java perf/PortalLoad.java [base-url] [users] [rounds] [user] [password] [pages]
 *   java perf/PortalLoad.java http://127.0.0.1:8080/ 20 25 buyer demo-buyer
 *   java perf/PortalLoad.java http://127.0.0.1:8080/ 20 25 finance demo-finance "invoices.xhtml?status=EXCEPTION,purchase-orders.xhtml"
 *       finance's exceptions list (issue 11) beside the purchase-order list as the reference, in the same run
 */
public class PortalLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static List<String> PAGES = List.of("purchase-orders.xhtml", "edi-monitor.xhtml");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        String user = args.length > 3 ? args[3] : "buyer";
        String password = args.length > 4 ? args[4] : "demo-buyer";
        if (args.length > 5) {
            PAGES = List.of(args[5].split(","));
        }

        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        PAGES.forEach(p -> latencies.put(p, Collections.synchronizedList(new ArrayList<>())));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());

        // warm-up at full load, not measured: the JIT compiles the hot paths of a freshly started server
        CountDownLatch warmUpLogins = new CountDownLatch(users);
        concurrently(users, () -> run(base, user, password, WARM_UP_ROUNDS, null, failures, warmUpLogins), failures);
        long start = System.nanoTime();
        CountDownLatch logins = new CountDownLatch(users);
        concurrently(users, () -> run(base, user, password, rounds, latencies, failures, logins), failures);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d users x %d rounds against %s in %.1f s; %d cores, load average %s%n", users, rounds, base, seconds,
                Runtime.getRuntime().availableProcessors(), load());
        for (String page : PAGES) {
            List<Long> ms = new ArrayList<>(latencies.get(page));
            Collections.sort(ms);
            System.out.printf("%-32s requests %5d  p50 %5d ms  p95 %5d ms  max %5d ms%n", page, ms.size(),
                    percentile(ms, 50), percentile(ms, 95), ms.isEmpty() ? 0 : ms.get(ms.size() - 1));
        }
        System.out.printf("failures: %d%s%n", failures.size(), failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(5, failures.size())));
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    private static final int WARM_UP_ROUNDS = 10;

    interface Work {
        void run() throws Exception;
    }

    private static void concurrently(int users, Work work, List<String> failures) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(users);
        for (int i = 0; i < users; i++) {
            new Thread(() -> {
                try {
                    work.run();
                } catch (Exception e) {
                    failures.add(e.toString());
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
    }

    private static void run(String base, String user, String password, int rounds, Map<String, List<Long>> latencies,
                            List<String> failures, CountDownLatch loggedIn) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            login(http, base, user, password);
        } finally {
            loggedIn.countDown();
        }
        // the lists are timed once every user has logged in: twenty PBKDF2 checks at once are the login's cost, not the lists'
        loggedIn.await();
        for (int r = 0; r < rounds; r++) {
            for (String page : PAGES) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (response.statusCode() != 200 || !response.body().contains("ui-datatable-data")) {
                    failures.add(page + " answered " + response.statusCode() + " in round " + r);
                } else if (latencies != null) {
                    latencies.get(page).add(ms);
                }
            }
        }
    }

    private static void login(HttpClient http, String base, String user, String password) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new IllegalStateException("No login form at " + base);
        }
        String body = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.body().contains("login:username")) {
            throw new IllegalStateException("Login as " + user + " failed");
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String load() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
