import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finance figures of issue 11 against a portal running on the data of perf/generate-data.sql, printed beside a
 * reference measured in the same run (never a pass/fail test):
 *
 *   1. the three-way match of an incoming 20-line 810: COUNT 810s from SKBA for the bench orders (AE-PO-B..., 20 lines
 *      shipped and received) go one after the other through POST /api/interchanges (processed before the answer),
 *      alternating with COUNT 20-line 856s of the same orders (same path, same size, no match): p50/p95 of both; and
 *      the match's own cost as the server measured it (InvoiceMatching with -Dportal.match.timing=true logs
 *      "match-timing ... ms=" per invoice: reads, decision and writes), read from the server's log file;
 *   2. the reconciliation of PARTNER for the last 365 days over GET /api/reconciliation, and the reconciliation page
 *      (reconciliation.xhtml: a finance user, the page's own default period), beside GET /api/purchase-orders;
 *   each with the load average of the machine.
 *
 *   java perf/FinanceBench.java BASE-URL SERVER-LOG [COUNT] [PARTNER]
 *   java perf/FinanceBench.java http://127.0.0.1:8080/ data/logs/portal-8080.log 100 SKBA
 *
 * The exceptions list under 20 users is perf/PortalLoad.java's (see the README).
 */
public class FinanceBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern MATCH_TIMING = Pattern.compile("match-timing invoice=(\\S+) lines=(\\d+) receipts=(\\d+) ms=([0-9.]+)");
    private static final int WARM_UP = 20;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java perf/FinanceBench.java BASE-URL SERVER-LOG [COUNT] [PARTNER]");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path log = Path.of(args[1]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String partner = args.length > 3 ? args[3] : "SKBA";
        String skba = "Bearer " + token(base, "skba");
        String finance = "Bearer " + token(base, "finance");
        long run = System.currentTimeMillis() / 1000 % 100_000;
        System.out.printf("run %d against %s; %d cores; load average %s%n", run, base, Runtime.getRuntime().availableProcessors(), load());

        // 1. the match: 810s and 856s of 20 lines, alternating, one at a time
        List<Long> invoices = new ArrayList<>();
        List<Long> notices = new ArrayList<>();
        for (int n = 0; n < WARM_UP + count; n++) {
            int order = 1 + (int) ((run * 7 + n) % 1000);   // bench orders 1..1000 are invoiced, 1001..2000 shipped again
            long t0 = System.nanoTime();
            post(base, skba, run, "810-" + n, control(run, 2 * n), "IN", invoice(run, n, order));
            long t1 = System.nanoTime();
            post(base, skba, run, "856-" + n, control(run, 2 * n + 1), "SH", shipNotice(run, n, 1000 + order));
            long t2 = System.nanoTime();
            if (n >= WARM_UP) {
                invoices.add((t1 - t0) / 1_000_000);
                notices.add((t2 - t1) / 1_000_000);
            }
        }
        List<Double> matches = new ArrayList<>();
        String prefix = "BINV-" + run + "-";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = MATCH_TIMING.matcher(line);
            if (m.find() && m.group(1).startsWith(prefix) && Integer.parseInt(m.group(1).substring(prefix.length())) >= WARM_UP) {
                matches.add(Double.parseDouble(m.group(4)));
            }
        }
        Collections.sort(matches);
        System.out.printf("%n1. incoming 810 of 20 lines, %d after %d warm-up, one at a time (load %s)%n", count, WARM_UP, load());
        print("POST 810 (20 lines), end to end", invoices);
        print("POST 856 (20 lines), reference", notices);
        System.out.printf("  %-44s  p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms  (%d logged)%n", "three-way match in the server",
                pct(matches, 50), pct(matches, 95), matches.isEmpty() ? 0 : matches.get(matches.size() - 1), matches.size());
        System.out.printf("  %-44s  p50 %8d ms  p95 %8d ms%n", "difference 810 - 856 (end to end)",
                pctL(invoices, 50) - pctL(notices, 50), pctL(invoices, 95) - pctL(notices, 95));

        // 2. the reconciliation, API and page, beside the purchase-order list of the API
        LocalDate today = LocalDate.now();
        String api = base + "api/reconciliation?partner=" + partner + "&from=" + today.minusDays(365) + "&to=" + today;
        HttpClient page = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        login(page, base, "finance", "demo-finance");
        String shown = get(page, base + "reconciliation.xhtml", null);
        Matcher heading = Pattern.compile("<h2>([^<]*·[^<]*)</h2>").matcher(shown);
        System.out.printf("%n2. reconciliation (load %s)%n", load());
        print("GET " + api.substring(base.length()), times(5, () -> get(HTTP, api, finance)));
        print("reconciliation.xhtml (" + (heading.find() ? heading.group(1).replace("&middot;", "·") : "?") + ")",
                times(5, () -> get(page, base + "reconciliation.xhtml", null)));
        print("GET api/purchase-orders?max=25, reference", times(20, () -> get(HTTP, base + "api/purchase-orders?max=25", finance)));
        System.out.printf("load average at the end: %s%n", load());
    }

    private static String control(long run, int n) {
        return String.format("%09d", (run % 4_000) * 100_000 + n);
    }

    /** SKBA bills the bench order's 20 lines of 10 t at the contract's 3.10 USD/kg, naming the truck's bill of lading. */
    private static String invoice(long run, int n, int order) {
        StringBuilder set = new StringBuilder("ST*810*0001~\nBIG*" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "*BINV-"
                + run + "-" + n + "**AE-PO-B" + String.format("%06d", order) + "~\nCUR*SE*USD~\nREF*BM*BBL-" + order + "~\n");
        for (int l = 1; l <= 20; l++) {
            set.append("IT1*").append(l).append("*10000*KG*3.10**VP*ES-NMC-AL~\n");
        }
        set.append("TDS*62000000~\nCTT*20~\n");
        return set + "SE*" + set.toString().split("~").length + "*0001~\n";
    }

    /** SKBA ships another 10 t of each of the bench order's 20 lines, a lot per line. */
    private static String shipNotice(long run, int n, int order) {
        String id = "BSH-" + run + "-" + n;
        StringBuilder set = new StringBuilder("ST*856*0001~\nBSN*00*" + id + "*" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)
                + "*1400~\nHL*1**S~\nTD1*PLT*20****G*209000*KG~\nTD5*B*2*ODFL*M*Old Dominion~\nREF*BM*BOL-" + id + "~\nHL*2*1*O~\nPRF*AE-PO-B"
                + String.format("%06d", order) + "~\n");
        int hl = 2;
        for (int l = 1; l <= 20; l++) {
            int lot = ++hl;
            set.append("HL*").append(lot).append("*2*P~\nMEA*PD*WT*10450*KG~\nREF*LT*LOT-").append(id).append("-").append(l).append("~\n");
            set.append("HL*").append(++hl).append("*").append(lot).append("*I~\nLIN*").append(l).append("*VP*ES-NMC-AL~\nSN1*")
                    .append(l).append("*10000*KG~\n");
        }
        set.append("CTT*").append(hl).append("~\n");
        return set + "SE*" + set.toString().split("~").length + "*0001~\n";
    }

    private static void post(String base, String auth, long run, String name, String control, String functionalId, String set) throws Exception {
        int group = Integer.parseInt(control);
        String isa = String.format("ISA*00*          *00*          *01*%-15s*ZZ*%-15s*261128*1400*^*00501*%s*0*P*>~",
                "080231617", "ASCENDELEMENTS", control);
        String x12 = isa + "\nGS*" + functionalId + "*SKBA*ASCENDEL*20261128*1400*" + group + "*X*005010~\n" + set
                + "GE*1*" + group + "~\nIEA*1*" + control + "~\n";
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/interchanges?fileName=finance-bench-"
                        + run + "-" + name + ".x12")).header("Authorization", auth).header("Content-Type", "application/edi-x12")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(x12, StandardCharsets.US_ASCII)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().contains("recorded")) {
            throw new IllegalStateException(name + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static List<Long> times(int count, Supplier<String> request) {
        request.get();  // warm-up, not measured
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            request.get();
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        return ms;
    }

    private static String get(HttpClient http, String url, String auth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(url + ": " + e, e);
        }
    }

    private static void login(HttpClient http, String base, String user, String password) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(get(http, base + "login.xhtml", null));
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

    private static String token(String base, String user) throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo-admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/users/" + user + "/tokens?label=finance-bench"))
                .header("Authorization", admin).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Cannot issue an API token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static void print(String what, List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("  %-44s  p50 %8d ms  p95 %8d ms  max %8d ms  (%d requests)%n", what, pctL(sorted, 50), pctL(sorted, 95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), sorted.size());
    }

    private static long pctL(List<Long> ms, int p) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
