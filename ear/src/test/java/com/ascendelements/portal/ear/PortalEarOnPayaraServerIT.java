package com.ascendelements.portal.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the deployment unit for Payara Server: a fresh Payara Server Full domain (listeners moved to
 * loopback and to ports above 20000, Data Grid off), the EAR deployed with asadmin, then health and the API.
 */
class PortalEarOnPayaraServerIT {

    private static final int ADMIN_PORT = 24848;
    private static final String BASE = "http://127.0.0.1:28080/";

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        confineDomainToLoopback(PAYARA.resolve("glassfish/domains/domain1/config/domain.xml"));
        asadmin("start-domain", "domain1");
        asadmin("deploy", "--force=true", System.getProperty("portal.ear"));
        waitUntilReady();
    }

    @AfterAll
    static void stopDomain() throws Exception {
        asadmin("stop-domain", "domain1");
    }

    /** The newest migration in the source tree: the schema version a freshly migrated database must report. */
    static String newestMigration() throws IOException {
        try (var files = Files.list(Path.of("..", "ejb", "src", "main", "resources", "db", "migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }

    @Test
    void isReadyWithItsDatabase() throws Exception {
        HttpResponse<String> ready = get("health/ready", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"", "\"status\":\"UP\"", "\"schemaVersion\":\"" + newestMigration() + "\"");
    }

    @Test
    void servesTheApiWithItsSecurity() throws Exception {
        assertThat(get("api/partners", null).statusCode()).isEqualTo(401);
        HttpResponse<String> partners = get("api/partners", "ecopro:demo-ecopro");
        assertThat(partners.statusCode()).isEqualTo(200);
        assertThat(partners.body()).contains("\"code\":\"ECOPRO\"").doesNotContain("\"code\":\"SKBA\"");
        HttpResponse<String> page = get("purchase-orders.xhtml", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(get("login.xhtml", null).body()).contains("Log in");
    }

    /**
     * A real 850 end to end in the EAR: received over the API, validated by StAEDI, translated by the Smooks mapping in
     * its own class loader (the readiness says so), the purchase order created and a 997 accepting it.
     */
    @Test
    void translatesAnEcoPro850WithSmooksAndCreatesTheOrder() throws Exception {
        assertThat(get("health/ready", null).body()).contains("\"name\":\"x12\"", "Smooks", "StAEDI events",
                "class loader of its own");
        String x12 = "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261128*1015*U*00401*000077001*1*P*>~\n"
                + "GS*PO*ECOPRO*ASCENDEL*20261128*1015*77001*X*004010~\nST*850*0001~\nBEG*00*SA*ECO-EAR-77001**20261128~\n"
                + "CUR*BY*USD~\nN1*BY*EcoPro BM America~\nN1*SE*Ascend Elements~\nPO1*1*12000*KG*28.5**VP*CAM-NMC811~\n"
                + "DTM*002*20261220~\nCTT*1~\nSE*9*0001~\nGE*1*77001~\nIEA*1*000077001~\n";
        HttpRequest post = HttpRequest.newBuilder(URI.create(BASE + "api/interchanges?fileName=ear-850.x12"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ecopro:demo-ecopro".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/edi-x12")
                .POST(HttpRequest.BodyPublishers.ofString(x12)).build();
        HttpResponse<String> outcome = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(outcome.statusCode()).as(outcome.body()).isBetween(200, 201);
        assertThat(outcome.body()).contains("\"status\":\"PROCESSED\"", "ECO-EAR-77001");
        assertThat(get("api/purchase-orders?poNumber=ECO-EAR-77001", "buyer:demo-buyer").body())
                .contains("\"poNumber\":\"ECO-EAR-77001\"", "\"buyer\":\"ECOPRO\"", "\"total\":342000");
    }

    /** Loopback only, ports moved out of the way of a portal on 8080, no Data Grid, no JMS broker. */
    private static void confineDomainToLoopback(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml)
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replaceAll("<network-listener port=\"(\\d+)\"", "<network-listener address=\"127.0.0.1\" port=\"2$1\"")
                .replaceAll("port=\"(3700|3820|3920|8686)\"", "port=\"2$1\"")
                .replace("start-port=\"5900\" das-port=\"4900\"", "start-port=\"25900\" das-port=\"24900\"")
                .replaceFirst("<hazelcast-config-specific-configuration>",
                        "<hazelcast-config-specific-configuration enabled=\"false\">")
                .replaceFirst("<jms-service type=\"EMBEDDED\"", "<jms-service type=\"DISABLED\"");
        Files.writeString(domainXml, xml);
    }

    private static void asadmin(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString(), "--port", String.valueOf(ADMIN_PORT)));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("PORTAL_DB_URL", "jdbc:h2:file:" + System.getProperty("portal.dataDir") + "/portal;DB_CLOSE_ON_EXIT=FALSE");
        env.put("PORTAL_DEMO_DATA", "true");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("asadmin " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        assertThat(process.exitValue()).as("exit code of asadmin " + String.join(" ", args)).isZero();
    }

    private static void waitUntilReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The EAR did not become ready within 3 minutes");
    }

    private static HttpResponse<String> get(String path, String login) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
