import com.ascendelements.portal.exchange.as2.As2Peer;
import com.ascendelements.portal.exchange.as2.As2Receiver;
import com.ascendelements.portal.exchange.as2.As2Response;
import com.ascendelements.portal.exchange.as2.As2Sender;
import com.ascendelements.portal.exchange.as2.HubKey;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.PartnerCertificate;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hc.core5.util.Timeout;

/**
 * A crash soak (README "Crashes, many times"): runs the portal on Payara Micro against its own, freshly created
 * PostgreSQL database, puts mixed load on it and kills it with kill -9 at random moments, N times, restarting it each
 * time. The load, all of it running through the kills (a sender that gets no answer sends the same file again later,
 * as partners' systems do):
 * <ul>
 *   <li>REST: EcoPro's system uploads 850s ({@code soak-rest-K.x12}, PO {@code SOAK-R-K}, async, 202);</li>
 *   <li>AS2: SK Battery America sends 850s signed and encrypted with synchronous signed MDNs ({@code soak-as2-K.x12});
 *       a message without an MDN is sent again under a new Message-ID (OpenAS2's default);</li>
 *   <li>folder: files dropped into the watched inbound folder of EcoPro ({@code soak-folder-K.x12}, PO
 *       {@code SOAK-F-K}), written under a dot-name and renamed, as SFTP servers do;</li>
 *   <li>outbound: our 997s to SK Battery America go out over AS2 to a peer this client runs (As2Receiver with SKBA's
 *       key, MDN signed), which records every Message-ID and file it receives.</li>
 * </ul>
 * After each restart it prints what it can already tell: files acknowledged (2xx, positive MDN) but not stored,
 * files processed twice, positive MDNs for files not stored, outbound interchanges received twice under different
 * Message-IDs (the same Message-ID again is a legitimate resend). After the last kill it stops the load, waits until
 * everything is processed and delivered, and prints the totals; exit code 1 on any loss or double processing.
 *
 *   bin/soak-crash [kills] [seed]        (builds, creates the database, runs this class with the ejb classpath)
 *   java -cp ... perf/CrashSoak.java KILLS SEED PORT PEER-PORT DATABASE
 *
 * System properties: soak.minUpSeconds (5), soak.maxUpSeconds (40) the random time of load between a ready portal and
 * its kill; soak.tailSeconds (20) the load after the last restart; soak.abandonedSeconds (20) the folder intake's abandoned-file timeout given to the portal;
 * soak.drainSeconds (300) how long the final wait may take.
 */
public class CrashSoak {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo-admin".getBytes(StandardCharsets.UTF_8));

    final int kills;
    final Random random;
    final int port;
    final int peerPort;
    final String database;
    final URI base;
    final Path work = Path.of("target/soak").toAbsolutePath();
    final Path inbox = work.resolve("in/ECOPRO");
    final int abandonedSeconds = Integer.getInteger("soak.abandonedSeconds", 20);

    volatile Process portal;
    volatile boolean loading = true;
    String ecoproToken;

    /** What each sender was told: file name -> acknowledged (2xx / positive MDN / dropped into the folder). */
    final Map<String, Boolean> restAcked = new ConcurrentHashMap<>();
    final Map<String, Boolean> as2Confirmed = new ConcurrentHashMap<>();
    final Map<String, Boolean> dropped = new ConcurrentHashMap<>();
    final AtomicInteger restAttempts = new AtomicInteger();
    final AtomicInteger as2Attempts = new AtomicInteger();
    final AtomicInteger as2Refused = new AtomicInteger();
    final AtomicInteger as2NotDeployed = new AtomicInteger();
    final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The AS2 peer: file name -> Message-IDs it arrived under, and how many deliveries it saw. */
    final Map<String, Set<String>> outbound = new ConcurrentHashMap<>();
    final AtomicInteger outboundDeliveries = new AtomicInteger();

    CrashSoak(int kills, long seed, int port, int peerPort, String database) {
        this.kills = kills;
        this.random = new Random(seed);
        this.port = port;
        this.peerPort = peerPort;
        this.database = database;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: CrashSoak KILLS SEED PORT PEER-PORT DATABASE");
            System.exit(2);
        }
        CrashSoak soak = new CrashSoak(Integer.parseInt(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), args[4]);
        // the AS2 classes log every MDN: only warnings here
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Runtime.getRuntime().addShutdownHook(new Thread(soak::stopPortal));  // Ctrl-C stops the portal too
        int exit;
        try {
            exit = soak.run(Long.parseLong(args[1]));
        } finally {
            soak.stopPortal();
        }
        System.exit(exit);
    }

    int run(long seed) throws Exception {
        Files.createDirectories(inbox);
        long start = System.nanoTime();
        System.out.printf("soak: %d kill(s), seed %d, portal on port %d, AS2 peer on port %d, database %s%n", kills, seed, port, peerPort, database);
        double ready = startPortal(0);
        System.out.printf("soak: portal ready in %.0f s%n", ready);

        // SK Battery America: our AS2 partner in both directions, its key generated here; the AS2 peer receives our 997s
        HubKey skba = HubKey.generate("SKBA soak " + System.currentTimeMillis(), Duration.ofDays(365));
        String peerUrl = "http://127.0.0.1:" + peerPort + "/as2";
        call("PUT", "api/partners/SKBA/as2", "application/json", ("{\"as2Id\":\"SKBATTERYAMERICA\",\"url\":\"" + peerUrl + "\","
                + "\"requireSigned\":true,\"requireEncrypted\":true,\"compress\":false,\"mdnMode\":\"SYNC\",\"mdnSigned\":true,"
                + "\"signAlgorithm\":\"sha-256\",\"encryptAlgorithm\":\"aes256-cbc\"}").getBytes(StandardCharsets.UTF_8), 200);
        call("POST", "api/partners/SKBA/certificates", "application/x-pem-file", skba.certificatePem().getBytes(StandardCharsets.US_ASCII), 201);
        String hubPem = call("GET", "api/as2/certificate", null, null, 200);
        String hubId = call("GET", "api/as2/id", null, null, 200).strip();
        ecoproToken = call("POST", "api/users/ecopro/tokens?label=crash-soak", null, null, 201).replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        As2Peer hub = new As2Peer(0L, "HUB", new As2Settings(hubId, base.resolve("as2").toString(), true, true, false,
                As2Settings.MdnMode.SYNC, true, "sha-256", "aes256-cbc"), PartnerCertificate.parse(hubPem.getBytes(StandardCharsets.US_ASCII)));
        HttpServer peer = startPeer(skba, hub);
        As2Sender sender = new As2Sender("SKBATTERYAMERICA", skba, null, Timeout.ofSeconds(5), Timeout.ofSeconds(60));

        List<Thread> loaders = List.of(
                loader("rest", this::restLoad), loader("as2", () -> as2Load(sender, hub)), loader("folder", this::folderLoad));
        loaders.forEach(Thread::start);

        int minUp = Integer.getInteger("soak.minUpSeconds", 5);
        int maxUp = Integer.getInteger("soak.maxUpSeconds", 40);
        double restartTotal = 0;
        for (int kill = 1; kill <= kills; kill++) {
            int upMillis = minUp * 1000 + random.nextInt(Math.max(1, (maxUp - minUp) * 1000));
            Thread.sleep(upMillis);
            long pid = portal.pid();
            new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
            portal.waitFor();
            Map<String, Boolean> restBefore = Map.copyOf(restAcked);
            Map<String, Boolean> as2Before = Map.copyOf(as2Confirmed);
            double took = startPortal(kill);
            restartTotal += took;
            Report r = report(restBefore, as2Before);
            System.out.printf("kill %d/%d (kill -9 of pid %d after %.1f s of load; restarted in %.0f s): REST %d acknowledged, %d lost;"
                            + " AS2 %d positive MDNs, %d of them for files not stored; folder %d dropped; stored %d files, processed"
                            + " twice %d; outbound %d received by the peer, %d sent twice under different Message-IDs (%d resends"
                            + " under the same Message-ID); %s%n",
                    kill, kills, pid, upMillis / 1000.0, took, r.restAcked, r.restLost, r.as2Confirmed, r.mdnWithoutStorage,
                    dropped.size(), r.stored, r.twice, r.outboundFiles, r.outboundTwice, r.outboundResends, load());
        }

        // load after the last restart too (the resends and re-claimed jobs the last kill left run under load), then the
        // end: no new files; everything sent so far must be stored, processed once and its 997 delivered once
        Thread.sleep(Integer.getInteger("soak.tailSeconds", 20) * 1000L);
        loading = false;
        for (Thread t : loaders) {
            t.join(120_000);
        }
        long drainDeadline = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("soak.drainSeconds", 300)).toNanos();
        Report fin;
        while (true) {
            fin = report(restAcked, as2Confirmed);
            if (fin.settled() || System.nanoTime() > drainDeadline) {
                break;
            }
            Thread.sleep(2000);
        }
        peer.stop(0);
        double minutes = (System.nanoTime() - start) / 60e9;
        int files = restAcked.size() + as2Confirmed.size() + dropped.size();
        System.out.printf("soak summary: %d kill(s) -9 at random moments in %.1f min (seed %d; restart to ready %.0f s on average);"
                + " %s%n", kills, minutes, seed, kills == 0 ? 0 : restartTotal / kills, load());
        System.out.printf("soak summary: files %d (REST %d after %d attempts, AS2 %d with a positive MDN after %d attempts, folder %d);"
                        + " stored %d, processed %d; %d in the folder or .processing, %d not processed at the end%n",
                files, restAcked.size(), restAttempts.get(), as2Confirmed.size(), as2Attempts.get(), dropped.size(), fin.stored,
                fin.processed, fin.folderLeft, fin.unprocessed);
        System.out.printf("soak summary: AS2 sends answered HTTP 404 while the portal was starting: %d; refused otherwise (negative"
                + " MDN or failed MDN check): %d; all sent again%n", as2NotDeployed.get(), as2Refused.get());
        System.out.printf("soak summary: lost %d, processed twice %d, MDNs for files not stored %d, outbound files sent twice %d"
                        + " (%d outbound interchanges delivered, %d deliveries, %d legitimate resends under the same Message-ID),"
                        + " purchase orders %d for %d EcoPro files, parked jobs %d%n",
                fin.restLost + fin.folderLost, fin.twice, fin.mdnWithoutStorage, fin.outboundTwice, fin.outboundFiles,
                outboundDeliveries.get(), fin.outboundResends, fin.orders, restAcked.size() + dropped.size(), fin.parked);
        unexpected.stream().distinct().limit(10).forEach(u -> System.out.println("soak: unexpected answer: " + u));
        boolean ok = fin.restLost + fin.folderLost == 0 && fin.twice == 0 && fin.mdnWithoutStorage == 0 && fin.outboundTwice == 0
                && fin.unprocessed == 0 && fin.outboundPending == 0 && fin.orders == restAcked.size() + dropped.size();
        System.out.println(ok ? "soak: PASSED" : "soak: FAILED" + (fin.settled() ? "" : " (not settled after the drain timeout:"
                + " unprocessed " + fin.unprocessed + ", folder " + fin.folderLeft + ", outbound undelivered " + fin.outboundPending + ")"));
        return ok ? 0 : 1;
    }

    // --- the portal ---

    /** Starts Payara Micro as bin/run-portal does and waits until it is ready; returns the seconds it took. */
    double startPortal(int generation) throws Exception {
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", "web/target/payara-micro.jar", "--deploy", "web/target/portal.war",
                "--contextroot", "/", "--port", Integer.toString(port), "--prebootcommandfile", "web/src/main/payara/loopback.asadmin",
                "--nohazelcast");
        Map<String, String> env = pb.environment();
        env.put("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        env.put("PORTAL_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        env.put("PORTAL_DB_USER", "postgres");
        env.put("PORTAL_DB_PASSWORD", "postgres");
        env.put("PORTAL_DEMO_DATA", "true");
        env.put("PORTAL_DATA_DIR", work.resolve("data").toString());
        env.put("PORTAL_INBOUND_FOLDER", work.resolve("in").toString());
        env.put("PORTAL_INBOUND_FOLDER_POLL_SECONDS", "1");
        env.put("PORTAL_INBOUND_FOLDER_ABANDONED_SECONDS", Integer.toString(abandonedSeconds));
        // a short lease and retry delay: a job the kill interrupts is claimed again soon after the restart
        env.putIfAbsent("PORTAL_EXCHANGE_LEASE_SECONDS", "15");
        env.putIfAbsent("PORTAL_EXCHANGE_RETRY_DELAY_SECONDS", "2");
        env.putIfAbsent("PORTAL_EXCHANGE_MAX_ATTEMPTS", "50");
        env.put("PORTAL_AS2_RESPONSE_TIMEOUT_SECONDS", "30");
        pb.redirectErrorStream(true).redirectOutput(work.resolve("portal-" + generation + ".log").toFile());
        portal = pb.start();
        for (int i = 0; i < 600; i++) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal exited during start-up: see " + work.resolve("portal-" + generation + ".log"));
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.body().contains("\"status\":\"UP\"")) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not ready after 5 minutes: see " + work.resolve("portal-" + generation + ".log"));
    }

    void stopPortal() {
        Process p = portal;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
    }

    // --- the load ---

    Thread loader(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                unexpected.add(name + " loader stopped: " + e);
            }
        }, "soak-" + name);
        t.setDaemon(true);
        return t;
    }

    void restLoad() {
        for (int k = 0; loading; k++) {
            String name = "soak-rest-" + k + ".x12";
            byte[] x12 = ecoproOrder(100_000_000 + k, k + 1, "SOAK-R-" + k);
            while (true) {  // the same file again until the portal answers that it has it (a partner's system resends)
                restAttempts.incrementAndGet();
                int status = upload(name, x12);
                if (status == 200 || status == 202 || status == 422) {
                    restAcked.put(name, true);
                    break;
                }
                if (status > 0 && status < 500 && status != 404) {
                    unexpected.add("REST " + name + ": HTTP " + status);
                }
                if (!loading) {
                    return;
                }
                sleep(500);
            }
            sleep(40);
        }
    }

    int upload(String name, byte[] x12) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("api/interchanges?async=true&fileName=" + name))
                    .header("Authorization", "Bearer " + ecoproToken).header("Content-Type", "application/edi-x12")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(x12)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void as2Load(As2Sender sender, As2Peer hub) {
        for (int k = 0; loading; k++) {
            String name = "soak-as2-" + k + ".x12";
            byte[] x12 = skbaOrder(300_000_000 + k, k + 1, "SOAK-A-" + k);
            while (true) {
                as2Attempts.incrementAndGet();
                As2Sender.Result r = sender.send(hub, name, x12);
                if (r.outcome() == As2Sender.Outcome.CONFIRMED) {
                    as2Confirmed.put(name, true);
                    break;
                }
                if (r.outcome() == As2Sender.Outcome.REFUSED && r.detail() != null && r.detail().startsWith("HTTP 404")) {
                    // Payara Micro answers before the application is deployed: the portal is starting
                    as2NotDeployed.incrementAndGet();
                } else if (r.outcome() == As2Sender.Outcome.REFUSED) {
                    // a negative MDN or a failed MDN check: the portal refused it (e.g. storage failed while it went
                    // down); a partner resends
                    as2Refused.incrementAndGet();
                    unexpected.add("AS2 " + name + " refused: " + r.detail());
                }
                if (!loading) {
                    return;
                }
                sleep(500);
            }
            sleep(100);
        }
    }

    void folderLoad() {
        for (int k = 0; loading; k++) {
            String name = "soak-folder-" + k + ".x12";
            while (loading && countFilesQuietly(inbox) >= 50) {
                sleep(300);  // a partner's system does not pile up more than a backlog while we are down
            }
            try {
                Path temp = inbox.resolve("." + name + ".part");
                Files.write(temp, ecoproOrder(200_000_000 + k, k + 1, "SOAK-F-" + k));
                Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                dropped.put(name, true);
            } catch (IOException e) {
                unexpected.add("folder " + name + ": " + e);
            }
            sleep(300);
        }
    }

    static byte[] ecoproOrder(int control, int group, String po) {
        String cn = String.format("%09d", control);
        return (String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261128*1015*U*00401*%s*0*P*>~", "ECOPROBMUS",
                "ASCENDELEMENTS", cn) + "\nGS*PO*ECOPRO*ASCENDEL*20261128*1015*" + group + "*X*004010~\nST*850*0001~\nBEG*00*SA*" + po
                + "**20261128~\nCUR*BY*USD~\nPO1*1*12000*KG*28.5**VP*CAM-NMC811~\nCTT*1~\nSE*6*0001~\nGE*1*" + group + "~\nIEA*1*" + cn
                + "~\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] skbaOrder(int control, int group, String po) {
        String cn = String.format("%09d", control);
        return (String.format("ISA*00*          *00*          *01*%-15s*ZZ*%-15s*261128*1015*^*00501*%s*0*P*>~", "080231617",
                "ASCENDELEMENTS", cn) + "GS*PO*SKBA*ASCENDEL*20261128*1015*" + group + "*X*005010~ST*850*0001~BEG*00*SA*" + po
                + "**20261128~PO1*1*10*KG*28.5**VP*CAM-NMC811~CTT*1~SE*5*0001~GE*1*" + group + "~IEA*1*" + cn + "~")
                .getBytes(StandardCharsets.US_ASCII);
    }

    // --- the AS2 peer that receives our 997s ---

    HttpServer startPeer(HubKey skba, As2Peer hub) throws IOException {
        ThreadLocal<String> messageId = new ThreadLocal<>();
        As2Receiver receiver = new As2Receiver("SKBATTERYAMERICA", skba, id -> id.equals(hub.as2Id()) ? Optional.of(hub) : Optional.empty(),
                new As2Receiver.Intake() {
                    @Override
                    public void accept(As2Peer partner, String fileName, byte[] payload) {
                        outboundDeliveries.incrementAndGet();
                        outbound.computeIfAbsent(fileName, f -> ConcurrentHashMap.newKeySet()).add(messageId.get());
                    }

                    @Override
                    public void refuse(Long partnerId, String fileName, byte[] rawMessage, String reason) {
                        unexpected.add("the AS2 peer refused " + fileName + ": " + reason);
                    }
                });
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), peerPort), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/as2", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            messageId.set(headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Message-ID"))
                    .map(Map.Entry::getValue).findFirst().orElse("(none)"));
            As2Response response = receiver.receive(headers, body, "127.0.0.1");
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(response.body());
            }
        });
        server.start();
        return server;
    }

    // --- what happened ---

    record Report(int restAcked, int restLost, int as2Confirmed, int mdnWithoutStorage, int folderLost, int folderLeft, int stored,
                  int processed, int twice, int unprocessed, int orders, int parked, int outboundFiles, int outboundTwice,
                  int outboundResends, int outboundPending) {
        boolean settled() {
            return folderLeft == 0 && unprocessed == 0 && outboundPending == 0;
        }
    }

    /**
     * What the database and the peer say now, about the files acknowledged in {@code rest} and {@code as2} and all
     * files dropped into the folder.
     */
    Report report(Map<String, Boolean> rest, Map<String, Boolean> as2) throws Exception {
        // fresh statistics first: the tables grow by thousands of rows per kill faster than autovacuum analyses them, and
        // on stale ones PostgreSQL joins the audit trail to the interchanges in a nested loop (the 2026-12-07 run: the
        // report took 9 of every 10 minutes by kill 34, against 0.8 s for the same query once analysed)
        sql("ANALYZE interchange; ANALYZE audit_entry; ANALYZE purchase_order; ANALYZE exchange_job");
        // per inbound soak file: interchanges stored, and how many reached a final processing outcome
        Map<String, int[]> stored = new TreeMap<>();
        for (String line : sql("SELECT file_name, count(*), count(*) FILTER (WHERE status IN ('PROCESSED', 'REJECTED')),"
                + " count(*) FILTER (WHERE status IN ('RECEIVED', 'FAILED')) FROM interchange WHERE direction = 'INBOUND'"
                + " AND file_name LIKE 'soak-%' GROUP BY file_name")) {
            String[] f = line.split("\\|");
            stored.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])});
        }
        int restLost = (int) rest.keySet().stream().filter(n -> !stored.containsKey(n)).count();
        int mdnWithoutStorage = (int) as2.keySet().stream().filter(n -> !stored.containsKey(n)).count();
        int folderLeft = countFiles(inbox) + countFiles(inbox.resolve(".processing"));
        int folderLost = folderLeft > 0 ? 0 : (int) dropped.keySet().stream().filter(n -> !stored.containsKey(n)).count();
        int processedFiles = (int) stored.values().stream().filter(c -> c[1] >= 1).count();
        int twiceByFile = (int) stored.values().stream().filter(c -> c[1] > 1).count();
        // one interchange given a final outcome more than once (the audit keeps every processing)
        int twiceByAudit = Integer.parseInt(sql("SELECT count(*) FROM (SELECT a.subject_id FROM audit_entry a JOIN interchange i"
                + " ON a.subject_type = 'Interchange' AND a.subject_id = CAST(i.id AS VARCHAR) WHERE i.file_name LIKE 'soak-%'"
                + " AND a.action IN ('INTERCHANGE_PROCESSED', 'INTERCHANGE_REJECTED', 'INTERCHANGE_DUPLICATE')"
                + " GROUP BY a.subject_id HAVING count(*) > 1) twice").get(0));
        int twiceByOrder = Integer.parseInt(sql("SELECT count(*) FROM (SELECT po_number FROM purchase_order WHERE po_number LIKE 'SOAK-%'"
                + " GROUP BY po_number HAVING count(*) > 1) twice").get(0));
        int orders = Integer.parseInt(sql("SELECT count(*) FROM purchase_order WHERE po_number LIKE 'SOAK-R-%' OR po_number LIKE 'SOAK-F-%'").get(0));
        int unprocessed = (int) stored.values().stream().filter(c -> c[1] == 0 && c[2] > 0).count();
        int parked = Integer.parseInt(sql("SELECT count(*) FROM exchange_job WHERE state = 'PARKED'").get(0));
        // outbound: every 997/TA1 to SKBA must reach the peer once (resends under the same Message-ID allowed)
        int outboundPending = Integer.parseInt(sql("SELECT count(*) FROM interchange i WHERE i.direction = 'OUTBOUND'"
                + " AND i.receiver_partner_id = (SELECT id FROM trading_partner WHERE code = 'SKBA') AND i.status IN ('READY', 'SENDING')").get(0));
        int outboundTwice = (int) outbound.values().stream().filter(ids -> ids.size() > 1).count();
        int outboundResends = outboundDeliveries.get() - outbound.values().stream().mapToInt(Set::size).sum();
        return new Report(rest.size(), restLost, as2.size(), mdnWithoutStorage, folderLost, folderLeft, stored.size(), processedFiles,
                Math.max(twiceByFile, Math.max(twiceByAudit, twiceByOrder)), unprocessed, orders, parked, outbound.size(), outboundTwice,
                outboundResends, outboundPending);
    }

    static int countFilesQuietly(Path dir) {
        try {
            return countFiles(dir);
        } catch (IOException e) {
            return 0;
        }
    }

    static int countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    List<String> sql(String query) throws Exception {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-tAq", "-v", "ON_ERROR_STOP=1",
                "-c", query).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql: " + out);
        }
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The machine's load average and the portal's CPU share, for the figures. */
    static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    String call(String method, String path, String contentType, byte[] body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Authorization", ADMIN)
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
