package com.ascendelements.portal.web;

import static com.ascendelements.portal.web.PortalClient.array;
import static com.ascendelements.portal.web.PortalClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.exchange.as2.As2Peer;
import com.ascendelements.portal.exchange.as2.As2Sender;
import com.ascendelements.portal.exchange.as2.HubKey;
import com.ascendelements.portal.partners.As2Settings;
import com.ascendelements.portal.partners.PartnerCertificate;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.apache.hc.core5.util.Timeout;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro, against the database the build points it at (H2 by default, PostgreSQL with
 * -Ppostgresql), with the demo data seeded. One deployment for the whole module: add tests here rather than
 * new classes that each start a server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @ArquillianResource
    private URL deployment;

    private PortalClient client;

    @BeforeEach
    void connect() {
        client = new PortalClient(deployment);
    }

    @Test
    void isReadyWithTheDatabaseMigrated() throws java.io.IOException {
        HttpResponse<String> ready = client.get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject database = object(ready).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo(newestMigration());
        assertThat(database.getJsonObject("data").keySet()).as("public: nothing about the database product").containsExactly("schemaVersion");
        // the deployed WAR translates X12 with the Smooks mappings, in a class loader of its own, warmed up before ready
        JsonObject x12 = object(ready).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("x12")).findFirst().orElseThrow();
        assertThat(x12.getString("status")).isEqualTo("UP");
        assertThat(x12.getJsonObject("data").getString("translation")).contains("Smooks", "StAEDI events", "writing through the DFDL unparser",
                "class loader of its own");

        assertThat(object(client.get("health/live")).getString("status")).isEqualTo("UP");
        assertThat(client.get("health").body()).as("public: no heap figures").doesNotContain("heap", "PostgreSQL", "H2");
    }

    @Test
    void publishesTheApiDescription() {
        HttpResponse<String> openApi = client.get("openapi");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/purchase-orders/{id}", "/api/partners", "Battery Materials Partner Portal API");
    }

    /** Every answer carries the browser-side defences: CSP, no sniffing, no framing, the Referer kept at home. */
    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> answer : List.of(client.get("login.xhtml", null, null), client.get("api/partners", "buyer", "demo-buyer"),
                client.get("api/partners", "buyer", "wrong"))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString()).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
        // the session cookie is out of scripts' reach and stays home; behind a TLS proxy, HSTS (Secure: bin/check-first-start)
        assertThat(client.get("login.xhtml").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));
        try {
            HttpResponse<String> proxied = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + client.port() + "/login.xhtml")).header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesCallersWithoutAValidLogin() {
        assertThat(client.get("api/partners").statusCode()).isEqualTo(401);
        assertThat(client.get("api/partners").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(client.get("api/partners", "admin", "wrong-password").statusCode()).isEqualTo(401);
        // programs get the API's JSON error, not an HTML page
        HttpResponse<String> refused = client.get("api/partners", "admin", "wrong-password");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(object(refused).getInt("status")).isEqualTo(401);
        assertThat(object(refused).getString("message")).contains("HTTP Basic", "API token");
        assertThat(client.get("api/partners", "nobody", "demo-admin").statusCode()).isEqualTo(401);
        assertThat(client.get("api/purchase-orders/1").statusCode()).isEqualTo(401);
    }

    @Test
    void staffSeeEveryPartnerAndAPartnerUserOnlyItsOwnCompany() {
        assertThat(codes(client.get("api/partners", "buyer", "demo-buyer")))   // and those other tests create
                .contains("ASCEND", "ECOPRO", "SKBA", "PIEDMONT");
        assertThat(codes(client.get("api/partners", "ecopro", "demo-ecopro"))).containsExactly("ECOPRO");
    }

    @Test
    void aPartnerUserSeesItsOwnOrdersAndCannotOpenAnotherPartnersOrder() {
        HttpResponse<String> ecoproOrders = client.get("api/purchase-orders", "ecopro", "demo-ecopro");
        assertThat(ecoproOrders.statusCode()).isEqualTo(200);
        assertThat(array(ecoproOrders).stream().map(JsonValue::asJsonObject))
                .allSatisfy(o -> assertThat(List.of(o.getString("buyer"), o.getString("seller"))).contains("ECOPRO"));
        JsonObject ecoproOrder = array(ecoproOrders).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("poNumber").equals("ECO-4500012345")).findFirst().orElseThrow();

        JsonObject scrapOrder = array(client.get("api/purchase-orders", "skba", "demo-skba")).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("poNumber").equals("AE-PO-260001")).findFirst().orElseThrow();
        assertThat(scrapOrder.getString("seller")).isEqualTo("SKBA");

        HttpResponse<String> denied = client.get("api/purchase-orders/" + scrapOrder.getInt("id"), "ecopro", "demo-ecopro");
        assertThat(denied.statusCode()).isEqualTo(404);
        assertThat(object(denied).getString("message")).contains("not found");

        HttpResponse<String> own = client.get("api/purchase-orders/" + ecoproOrder.getInt("id"), "ecopro", "demo-ecopro");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(object(own).getJsonArray("lines")).hasSize(2);
        assertThat(object(own).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1710000");
    }

    @Test
    void staffSeeEveryOrderWithItsHistory() {
        HttpResponse<String> all = client.get("api/purchase-orders?max=10", "finance", "demo-finance");
        assertThat(Integer.parseInt(all.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(3);
        // other tests add orders: look the demo order up by its number rather than on the first page
        JsonObject accepted = array(client.get("api/purchase-orders?poNumber=AE-PO-260001", "finance", "demo-finance")).stream()
                .map(JsonValue::asJsonObject).filter(o -> o.getString("poNumber").equals("AE-PO-260001")).findFirst().orElseThrow();
        JsonObject detail = object(client.get("api/purchase-orders/" + accepted.getInt("id"), "finance", "demo-finance"));
        // (a supplier's 856 in another test may have moved it on since)
        assertThat(detail.getJsonArray("history").stream().map(c -> c.asJsonObject().getString("to")))
                .startsWith("OPEN", "ACCEPTED");
    }

    @Test
    void answersBadRequestsWithAReason() {
        HttpResponse<String> badPage = client.get("api/purchase-orders?max=0", "admin", "demo-admin");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(object(badPage).getString("message")).contains("holds 1 to 500");
        assertThat(client.get("api/purchase-orders/999999", "admin", "demo-admin").statusCode()).isEqualTo(404);
    }

    @Test
    void sendsPeopleWithoutASessionToTheLoginPageAndKeepsBasicAuthenticationToTheApi() {
        HttpResponse<String> page = client.get("purchase-orders.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
        // Basic credentials open the API, not the pages: people log in through the form
        assertThat(client.get("purchase-orders.xhtml", "admin", "demo-admin").statusCode()).isEqualTo(302);
        assertThat(client.get("login.xhtml").body()).contains("Log in");
    }

    /** The newest migration in the source tree: the schema version a freshly migrated database must report. */
    static String newestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "ejb", "src", "main", "resources", "db", "migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }

    private static byte[] purchaseOrderFrom(String senderId, String controlNumber, String poNumber) {
        String isa = String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261128*1015*U*00401*%s*1*P*>~",
                senderId, "ASCENDELEMENTS", controlNumber);
        return (isa + "\nGS*PO*ECOPRO*ASCENDEL*20261128*1015*" + Integer.parseInt(controlNumber) + "*X*004010~\n"
                + "ST*850*0001~\nBEG*00*SA*" + poNumber + "**20261128~\nCUR*BY*USD~\nDTM*002*20261220~\n"
                + "N1*BY*EcoPro BM America~\nN1*SE*Ascend Elements~\n"
                + "PO1*1*12000*KG*28.5**VP*CAM-NMC811~\nPO1*2*8*MT*28500**VP*CAM-NMC811~\nDTM*010*20261215~\n"
                + "CTT*2~\nSE*11*0001~\nGE*1*" + Integer.parseInt(controlNumber) + "~\nIEA*1*" + controlNumber + "~\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Only the seller answers an order (issue 13 item 6): procurement may not accept, reject or change a line of an order
     * the hub placed with a supplier (that would write an 855 "from" the supplier), and a partner may not answer another
     * seller's order; the order stays as it was.
     */
    @Test
    void onlyTheSellerAnswersAnOrder() {
        long id = array(client.get("api/purchase-orders?poNumber=AE-PO-260002", "buyer", "demo-buyer")).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject before = object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer"));
        String lines = "api/purchase-orders/" + id + "/lines/1/";
        for (String action : List.of("accept", "reject", "change?quantity=10")) {
            HttpResponse<String> refused = client.post(lines + action, new byte[0], "buyer", "demo-buyer");
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
            assertThat(object(refused).getString("message")).startsWith("Only Piedmont Cell Works")   // another test renames it
                    .endsWith(" answers order AE-PO-260002; the hub bought it and waits for the answer");
        }
        assertThat(client.post(lines + "accept", new byte[0], "skba", "demo-skba").statusCode()).isEqualTo(404);
        JsonObject after = object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer"));
        assertThat(after.getJsonArray("lines")).isEqualTo(before.getJsonArray("lines"));
        assertThat(after.getJsonArray("history")).isEqualTo(before.getJsonArray("history"));
    }

    /**
     * A file with two interchanges (issue 12 item 5): the first is broken (a letter in its control number), the second
     * good. Each gets its own answer: a TA1 rejecting the first, a TA1 and 997 accepting the second, whose order is taken.
     */
    @Test
    void aFileWithTwoInterchangesIsAnsweredInterchangeByInterchangeAndABrokenOneDoesNotStopTheOther() {
        String broken = new String(purchaseOrderFrom("ECOPROBMUS", "000009881", "ECO-4500099881"), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("*U*00401*000009881*", "*U*00401*00000988X*");
        String good = new String(purchaseOrderFrom("ECOPROBMUS", "000009882", "ECO-4500099882"), java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject outcome = object(client.post("api/interchanges?fileName=eco-two-interchanges.x12",
                (broken + good).getBytes(java.nio.charset.StandardCharsets.US_ASCII), "ecopro", "demo-ecopro"));
        assertThat(outcome.getJsonArray("createdPurchaseOrders").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("ECO-4500099882");
        assertThat(outcome.getString("reason")).contains("ISA13 must be numeric");
        List<String> answers = outcome.getJsonArray("acknowledgmentIds").getValuesAs(jakarta.json.JsonNumber::longValue).stream()
                .map(id -> client.get("api/interchanges/" + id + "/content", "ecopro", "demo-ecopro").body()).toList();
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).contains("TA1*000000000*261128*1015*R*018~").doesNotContain("ST*997");
        assertThat(answers.get(1)).contains("TA1*000009882*261128*1015*A*000~", "AK1*PO*9882~", "AK2*850*0001~", "AK5*A~", "AK9*A*1*1*1~");
        assertThat(client.get("api/purchase-orders?poNumber=ECO-4500099881", "buyer", "demo-buyer").headers().firstValue("X-Total-Count"))
                .contains("0");
    }

    /**
     * An 850 with a line the hub cannot take (a material it does not know) and one it can: the order holds the good line,
     * an 855 at once refuses the other with the reason (ACK IR, N9/MSG), and when the hub confirms the good line the
     * order's own 855 accepts it (ACK IA): the customer hears one line accepted and one rejected.
     */
    @Test
    void anOrderWithALineTheHubCannotTakeIsTakenWithoutItAndAn855SaysWhy() {
        byte[] file = new String(purchaseOrderFrom("ECOPROBMUS", "000009870", "ECO-4500099870"), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("PO1*1*12000*KG*28.5**VP*CAM-NMC811", "PO1*1*12000*KG*28.5**VP*CAM-NMC999").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject outcome = object(client.post("api/interchanges?fileName=eco-9870.x12", file, "ecopro", "demo-ecopro"));
        assertThat(outcome.getString("status")).isEqualTo("PROCESSED");
        assertThat(outcome.getJsonArray("createdPurchaseOrders").getString(0)).isEqualTo("ECO-4500099870");
        assertThat(outcome.getString("reason")).contains("Purchase order ECO-4500099870 taken without line 1: No material CAM-NMC999 in the catalogue",
                "refused with an 855 (855-ECO-4500099870-");
        assertThat(client.get("api/interchanges/" + outcome.getJsonArray("acknowledgmentIds").getJsonNumber(0) + "/content", "ecopro",
                "demo-ecopro").body()).as("the syntax is fine").contains("AK9*A*1*1*1");
        // the monitor and the API tell the two outcomes apart, for the partner too
        JsonObject received = object(client.get("api/interchanges/" + outcome.getJsonNumber("interchangeId"), "ecopro", "demo-ecopro"));
        assertThat(received.getString("syntaxOutcome")).isEqualTo("ACCEPTED");
        assertThat(received.getString("businessOutcome")).isEqualTo("PARTLY_APPLIED");

        JsonObject refusal = onlyInterchange("855-ECO-4500099870", "ecopro", "demo-ecopro");
        assertThat(refusal.getString("direction")).isEqualTo("OUTBOUND");
        String linesRefused = client.get("api/interchanges/" + refusal.getJsonNumber("id") + "/content", "ecopro", "demo-ecopro").body();
        assertThat(linesRefused).contains("*ZZ*ASCENDELEMENTS", "*ZZ*ECOPROBMUS", "GS*PR*", "BAK*00*AC*ECO-4500099870*20261128",
                        "PO1*1*12000*KG*28.5**VP*CAM-NMC999", "ACK*IR*12000*KG", "N9*L1*NOTES",
                        "MSG*Line 1 not taken, No material CAM-NMC999 in the catalogue")
                .as("the line taken is answered when the hub confirms it").doesNotContain("PO1*2*");

        JsonObject order = array(client.get("api/purchase-orders?poNumber=ECO-4500099870", "buyer", "demo-buyer")).getJsonObject(0);
        long orderId = order.getJsonNumber("id").longValue();
        JsonObject detail = object(client.get("api/purchase-orders/" + orderId, "buyer", "demo-buyer"));
        assertThat(detail.getJsonArray("lines")).hasSize(1);
        assertThat(detail.getJsonArray("lines").getJsonObject(0).getString("lineNumber")).isEqualTo("2");
        assertThat(detail.getJsonArray("history").getJsonObject(0).getString("by")).as("placed through the order service").isEqualTo("EDI ECOPRO");
        assertThat(client.post("api/purchase-orders/" + orderId + "/lines/2/accept", new byte[0], "buyer", "demo-buyer").statusCode())
                .isEqualTo(200);
        jakarta.json.JsonArray answers = array(client.get("api/interchanges?fileName=855-ECO-4500099870&direction=OUTBOUND", "ecopro", "demo-ecopro"));
        assertThat(answers).hasSize(2);
        String accepted = answers.stream().map(a -> client.get("api/interchanges/" + a.asJsonObject().getJsonNumber("id") + "/content",
                "ecopro", "demo-ecopro").body()).filter(body -> !body.contains("ACK*IR")).findFirst().orElseThrow();
        assertThat(accepted).contains("BAK*00*AD*ECO-4500099870", "ACK*IA*8*MT");

        // the same order again in another file: kept and linked, no second order and no 855 refusing the order EcoPro has
        byte[] resent = new String(purchaseOrderFrom("ECOPROBMUS", "000009873", "ECO-4500099870"), StandardCharsets.US_ASCII)
                .replace("PO1*1*12000*KG*28.5**VP*CAM-NMC811", "PO1*1*12000*KG*28.5**VP*CAM-NMC999").getBytes(StandardCharsets.US_ASCII);
        JsonObject again = object(client.post("api/interchanges?fileName=eco-9870-again.x12", resent, "ecopro", "demo-ecopro"));
        assertThat(again.getString("reason")).contains("Purchase order ECO-4500099870 exists already (the same order sent again)")
                .doesNotContain("855");
        assertThat(array(client.get("api/interchanges?fileName=855-ECO-4500099870&direction=OUTBOUND", "ecopro", "demo-ecopro"))).hasSize(2);
        // the number again for another order: refused with an 855 RD that says why
        byte[] other = new String(purchaseOrderFrom("ECOPROBMUS", "000009874", "ECO-4500099870"), StandardCharsets.US_ASCII)
                .replace("PO1*2*8*MT", "PO1*2*9*MT").getBytes(StandardCharsets.US_ASCII);
        JsonObject reused = object(client.post("api/interchanges?fileName=eco-9870-other.x12", other, "ecopro", "demo-ecopro"));
        assertThat(reused.getString("reason")).contains("has been used before by EcoPro BM America for another order", "refused with an 855");
        assertThat(array(client.get("api/purchase-orders?poNumber=ECO-4500099870", "buyer", "demo-buyer"))).hasSize(1);
        assertThat(client.get("api/interchanges?fileName=855-ECO-4500099870", "skba", "demo-skba").headers().firstValue("X-Total-Count"))
                .contains("0");
    }

    /**
     * A customer whose profile says its orders fall under contracts: a line for a material it has no active contract for
     * is refused in the 855 with that reason; the line its contract covers is taken. Off again afterwards.
     */
    @Test
    void aCustomerWhoseOrdersFallUnderContractsHasALineWithoutOneRefused() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String settings = "{\"sendAcknowledgments\":true,\"expectAcknowledgments\":true,\"windowHours\":24,\"reusedControlNumbers\":\"REJECT\","
                + "\"ordersUnderContract\":true}";
        assertThat(client.put("api/partners/ECOPRO/acknowledgments", settings, "ecopro", "demo-ecopro").statusCode()).isEqualTo(403);
        try {
            HttpResponse<String> changed = client.put("api/partners/ECOPRO/acknowledgments", settings, "admin", "demo-admin");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(object(changed).getJsonObject("acknowledgments").getBoolean("ordersUnderContract")).isTrue();
            // line 1: CAM-NMC811, on EcoPro's CAM contract of this year; line 2: electrode scrap, under no contract with EcoPro
            byte[] file = new String(purchaseOrderFrom("ECOPROBMUS", "000009872", "ECO-4500099872"), StandardCharsets.US_ASCII)
                    .replace("**20261128~", "**" + today + "~").replace("DTM*002*20261220~\n", "").replace("DTM*010*20261215~\n", "")
                    .replace("PO1*2*8*MT*28500**VP*CAM-NMC811", "PO1*2*8*MT*3100**VP*ES-NMC-AL").replace("SE*11*", "SE*9*")
                    .getBytes(StandardCharsets.US_ASCII);
            JsonObject outcome = object(client.post("api/interchanges?fileName=eco-9872.x12", file, "ecopro", "demo-ecopro"));
            assertThat(outcome.getString("status")).as(outcome.toString()).isEqualTo("PROCESSED");
            assertThat(outcome.getString("reason")).contains("taken without line 2: No active contract with EcoPro", "for ES-NMC-AL on");
            String answer = client.get("api/interchanges/" + onlyInterchange("855-ECO-4500099872", "ecopro", "demo-ecopro").getJsonNumber("id")
                    + "/content", "ecopro", "demo-ecopro").body();
            assertThat(answer).contains("BAK*00*AC*ECO-4500099872", "PO1*2*8*MT*3100**VP*ES-NMC-AL", "ACK*IR*8*MT",
                    "MSG*Line 2 not taken, No active contract with EcoPro").doesNotContain("PO1*1*");
        } finally {
            client.put("api/partners/ECOPRO/acknowledgments", settings.replace("true}", "false}"), "admin", "demo-admin");
        }
    }

    /**
     * An 850 none of whose lines obeys the rules a person's order obeys (an unknown material; a ship date before the order
     * date): nothing is recorded, and an 855 RD refuses every line with each line's reason.
     */
    @Test
    void anOrderNoneOfWhoseLinesCanBeTakenIsRefusedWithAn855ThatSaysWhy() {
        byte[] file = new String(purchaseOrderFrom("ECOPROBMUS", "000009871", "ECO-4500099871"), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("PO1*1*12000*KG*28.5**VP*CAM-NMC811", "PO1*1*12000*KG*28.5**VP*CAM-NMC999")
                .replace("DTM*010*20261215", "DTM*010*20261101").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject outcome = object(client.post("api/interchanges?fileName=eco-9871.x12", file, "ecopro", "demo-ecopro"));
        assertThat(outcome.getString("status")).isEqualTo("FAILED");
        assertThat(outcome.getString("reason")).contains("Purchase order ECO-4500099871 not taken: None of its lines can be taken",
                "line 1: No material CAM-NMC999 in the catalogue", "line 2: The ship date is before the order date",
                "refused with an 855 (855-ECO-4500099871-");
        assertThat(outcome.getJsonArray("createdPurchaseOrders")).isEmpty();
        JsonObject received = object(client.get("api/interchanges/" + outcome.getJsonNumber("interchangeId"), "ecopro", "demo-ecopro"));
        assertThat(received.getString("syntaxOutcome")).isEqualTo("ACCEPTED");
        assertThat(received.getString("businessOutcome")).isEqualTo("REFUSED");
        JsonObject refusal = onlyInterchange("855-ECO-4500099871", "ecopro", "demo-ecopro");
        assertThat(client.get("api/interchanges/" + refusal.getJsonNumber("id") + "/content", "ecopro", "demo-ecopro").body())
                .contains("BAK*00*RD*ECO-4500099871*20261128", "N9*L1*NOTES", "MSG*Order not taken, None of its lines can be taken",
                        "CAM-NMC999", "ship date is before the order date", "ACK*IR*12000*KG", "ACK*IR*8*MT");
        assertThat(array(client.get("api/purchase-orders?poNumber=ECO-4500099871", "buyer", "demo-buyer"))).isEmpty();
    }

    /**
     * A customer changes its order by 860 through the rules of a change on the order page (issue 12 item 3): applied
     * whole and answered with an 865 accepting each line; a change that breaks a rule is applied not at all and answered
     * with an 865 rejecting each line with its reason; a change of an order the hub does not have, or of a cancelled one,
     * is refused with an 824. Only the buyer changes an order.
     */
    @Test
    void aCustomersChangeIsAppliedWholeAndAnsweredWithAn865OrRefusedWithItsReasons() {
        JsonObject placed = object(client.post("api/interchanges?fileName=eco-9880.x12", purchaseOrderFrom("ECOPROBMUS", "000009880",
                "ECO-4500099880"), "ecopro", "demo-ecopro"));
        assertThat(placed.getString("status")).as(placed.toString()).isEqualTo("PROCESSED");
        long id = array(client.get("api/purchase-orders?poNumber=ECO-4500099880", "ecopro", "demo-ecopro")).getJsonObject(0)
                .getJsonNumber("id").longValue();

        // line 1 from 12,000 kg to 15 t (given in t, kept in the line's kg); line 2 delivered two days later
        JsonObject applied = object(client.post("api/interchanges?fileName=eco-9880-change.x12", orderChangeFrom("000009881",
                "BCH*04*SA*ECO-4500099880**1*20261128~\nPOC*1*QI*15**MT~\nPOC*2*CT~\nDTM*002*20261222~\nCTT*2*15~\n"), "ecopro", "demo-ecopro"));
        assertThat(applied.getString("status")).as(applied.toString()).isEqualTo("PROCESSED");
        assertThat(applied.getString("reason")).contains("860 for purchase order ECO-4500099880 applied (line 1: 12000 kg, now 15000 kg;"
                + " line 2: delivery 2026-12-20, now 2026-12-22); answered with an 865 (865-ECO-4500099880-");
        JsonObject received = object(client.get("api/interchanges/" + applied.getJsonNumber("interchangeId"), "ecopro", "demo-ecopro"));
        assertThat(List.of(received.getString("syntaxOutcome"), received.getString("businessOutcome"))).containsExactly("ACCEPTED", "APPLIED");
        JsonObject order = object(client.get("api/purchase-orders/" + id, "ecopro", "demo-ecopro"));
        assertThat(order.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("15000");
        assertThat(order.getJsonArray("lines").getJsonObject(1).getString("requestedDeliveryDate")).isEqualTo("2026-12-22");
        assertThat(order.getJsonArray("history").stream().map(JsonValue::asJsonObject)).anySatisfy(h -> {
            assertThat(h.getString("by")).isEqualTo("EDI ECOPRO");
            assertThat(h.getString("reason", "")).startsWith("Change 1: line 1: 12000 kg, now 15000 kg");
        });
        String accepted = client.get("api/interchanges/" + onlyInterchange("865-ECO-4500099880", "ecopro", "demo-ecopro").getJsonNumber("id")
                + "/content", "ecopro", "demo-ecopro").body();
        assertThat(accepted).contains("GS*CA*ASCENDEL*ECOPRO*", "ST*865*", "BCA*00*AT*ECO-4500099880**1*20261128", "POC*1*QI*15**MT",
                "ACK*IA*15*MT", "POC*2*CT~", "ACK*IA~", "CTT*2").doesNotContain("MSG*");

        // a quantity of nothing, a delivery before the ship date and an added line: nothing applied, each line told why
        JsonObject refused = object(client.post("api/interchanges?fileName=eco-9880-bad.x12", orderChangeFrom("000009882",
                "BCH*04*SA*ECO-4500099880**2*20261128~\nPOC*1*QD*0**KG~\nPOC*2*CT~\nDTM*002*20261201~\nPOC*3*AI*5**MT***BP*CAM-NMC811~\n"
                        + "CTT*3*5~\n"), "ecopro", "demo-ecopro"));
        assertThat(refused.getString("status")).as(refused.toString()).isEqualTo("FAILED");
        assertThat(refused.getString("reason")).contains("not applied: line 3: adding a line (AI) is not done by a change");
        String rejection = client.get("api/interchanges?fileName=865-ECO-4500099880&direction=OUTBOUND", "ecopro", "demo-ecopro").body();
        assertThat(array(client.get("api/interchanges?fileName=865-ECO-4500099880", "ecopro", "demo-ecopro"))).as(rejection).hasSize(2);
        String rd = array(client.get("api/interchanges?fileName=865-ECO-4500099880", "ecopro", "demo-ecopro")).stream()
                .map(a -> client.get("api/interchanges/" + a.asJsonObject().getJsonNumber("id") + "/content", "ecopro", "demo-ecopro").body())
                .filter(body -> body.contains("BCA*00*RD")).findFirst().orElseThrow();
        assertThat(rd).contains("BCA*00*RD*ECO-4500099880**2*20261128", "N9*L1*NOTES", "MSG*line 3 adding a line (AI) is not done by a change",
                "POC*1*QD*0**KG", "ACK*IR*0*KG", "ACK*IR*5*MT");
        // the AI line alone refuses the change before the rules see the others; without it, they give their own reasons
        JsonObject ruled = object(client.post("api/interchanges?fileName=eco-9880-bad2.x12", orderChangeFrom("000009883",
                "BCH*04*SA*ECO-4500099880**3*20261128~\nPOC*1*QD*0**KG~\nPOC*2*CT~\nDTM*002*20261201~\nCTT*2*0~\n"), "ecopro", "demo-ecopro"));
        assertThat(ruled.getString("reason")).contains("line 1: The quantity must be more than zero",
                "line 2: The delivery date is before the ship date", "answered with an 865");
        // an older change that arrives late (its number, BCH05, not above the last one applied) does not overwrite it
        JsonObject late1 = object(client.post("api/interchanges?fileName=eco-9880-late1.x12", orderChangeFrom("000009887",
                "BCH*04*SA*ECO-4500099880**1*20261128~\nPOC*1*QI*16**MT~\nCTT*1*16~\n"), "ecopro", "demo-ecopro"));
        assertThat(late1.getString("reason")).contains("Change 1 of order ECO-4500099880 comes after change 1 was applied",
                "refused with an 824");
        order = object(client.get("api/purchase-orders/" + id, "ecopro", "demo-ecopro"));
        assertThat(order.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").bigDecimalValue()).as("unchanged").isEqualByComparingTo("15000");
        assertThat(order.getJsonArray("lines").getJsonObject(1).getString("requestedDeliveryDate")).isEqualTo("2026-12-22");

        // an order the hub does not have: an 824 naming the 860
        JsonObject unknown = object(client.post("api/interchanges?fileName=eco-9880-unknown.x12", orderChangeFrom("000009884",
                "BCH*04*SA*ECO-4500099999**1*20261128~\nPOC*1*QI*15**MT~\nCTT*1*15~\n"), "ecopro", "demo-ecopro"));
        assertThat(unknown.getString("reason")).contains("860 for purchase order ECO-4500099999, which EcoPro BM America has not placed with",
                "refused with an 824");
        assertThat(client.get("api/interchanges/" + onlyInterchange("824-860-ECO-4500099999", "ecopro", "demo-ecopro").getJsonNumber("id")
                + "/content", "ecopro", "demo-ecopro").body()).contains("BGN*00*", "OTI*TR*PO*ECO-4500099999", "*860~", "TED*ZZZ*860 for purchase");

        // the buyer's side only: the hub's staff do not change what EcoPro ordered, another partner cannot even see it
        String change = "{\"lines\":[{\"line\":\"1\",\"quantity\":1}]}";
        HttpResponse<String> staff = client.postJson("api/purchase-orders/" + id + "/changes", change, "buyer", "demo-buyer");
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(object(staff).getString("message")).startsWith("Only EcoPro BM America changes order ECO-4500099880; it placed the order with");
        assertThat(client.postJson("api/purchase-orders/" + id + "/changes", change, "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(client.postJson("api/purchase-orders/" + id + "/cancel", "{}", "skba", "demo-skba").statusCode()).isEqualTo(404);

        // cancelled by 860 (BCH01 01): an 865 acknowledges it; a change afterwards is refused with an 824
        JsonObject cancelled = object(client.post("api/interchanges?fileName=eco-9880-cancel.x12", orderChangeFrom("000009885",
                "BCH*01*SA*ECO-4500099880**4*20261128~\n"), "ecopro", "demo-ecopro"));
        assertThat(cancelled.getString("status")).as(cancelled.toString()).isEqualTo("PROCESSED");
        assertThat(object(client.get("api/purchase-orders/" + id, "ecopro", "demo-ecopro")).getString("status")).isEqualTo("CANCELLED");
        JsonObject late = object(client.post("api/interchanges?fileName=eco-9880-late.x12", orderChangeFrom("000009886",
                "BCH*04*SA*ECO-4500099880**5*20261128~\nPOC*1*QI*16**MT~\nCTT*1*16~\n"), "ecopro", "demo-ecopro"));
        assertThat(late.getString("reason")).contains("Order ECO-4500099880 is cancelled; only an order that nothing has shipped against",
                "refused with an 824");
    }

    /**
     * Procurement changes an order the hub placed with a supplier, on the API as on the order page: the supplier is sent
     * an 860; a change that breaks a rule is refused field by field and nothing is sent; the supplier cannot change the
     * hub's order; a cancelled order is told by an 860 too and changes no more.
     */
    @Test
    void procurementChangesAnOrderItPlacedAndTheSupplierIsSentAn860() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String ship = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10).toString();
        String order = "{\"poNumber\":\"AE-PO-IT-3860\",\"sellerCode\":\"SKBA\",\"orderDate\":\"" + today + "\",\"currency\":\"USD\","
                + "\"lines\":[{\"materialCode\":\"EOL-LIB-EV\",\"quantity\":10,\"unit\":\"METRIC_TON\",\"unitPrice\":0.85,"
                + "\"priceUnit\":\"KILOGRAM\",\"requestedShipDate\":\"" + ship + "\"}]}";
        HttpResponse<String> placed = client.postJson("api/purchase-orders", order, "buyer", "demo-buyer");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        long id = object(placed).getJsonNumber("id").longValue();
        String changes = "api/purchase-orders/" + id + "/changes";

        String later = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(20).toString();
        HttpResponse<String> changed = client.postJson(changes, "{\"lines\":[{\"line\":\"1\",\"quantity\":12,\"requestedDeliveryDate\":\""
                + later + "\"}]}", "buyer", "demo-buyer");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonObject line = object(changed).getJsonArray("lines").getJsonObject(0);
        assertThat(line.getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("12");
        assertThat(line.getString("requestedDeliveryDate")).isEqualTo(later);
        String sent = client.get("api/interchanges/" + onlyInterchange("860-AE-PO-IT-3860", "skba", "demo-skba").getJsonNumber("id")
                + "/content", "skba", "demo-skba").body();
        String basic = later.replace("-", "");
        assertThat(sent).contains("GS*PC*", "ST*860*", "BCH*04*SA*AE-PO-IT-3860**1*" + today.replace("-", ""), "N1*BY*", "N1*SE*",
                "POC*1*CA*12000**KG***VP*EOL-LIB-EV", "DTM*010*" + ship.replace("-", ""), "DTM*002*" + basic, "CTT*1*12000");

        // a delivery before the ship date: refused with the line's reason, the order as it was, nothing sent
        HttpResponse<String> bad = client.postJson(changes, "{\"lines\":[{\"line\":\"1\",\"requestedDeliveryDate\":\"" + today + "\"},"
                + "{\"line\":\"7\",\"quantity\":1}]}", "buyer", "demo-buyer");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(object(bad).getString("message")).contains("Line 1: The delivery date is before the ship date",
                "Line 7: order AE-PO-IT-3860 has no line 7");
        assertThat(object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer")).getJsonArray("lines").getJsonObject(0)
                .getString("requestedDeliveryDate")).isEqualTo(later);
        assertThat(client.get("api/interchanges?fileName=860-AE-PO-IT-3860", "buyer", "demo-buyer").headers().firstValue("X-Total-Count"))
                .contains("1");
        assertThat(client.postJson(changes, "{\"lines\":[]}", "buyer", "demo-buyer").statusCode()).isEqualTo(400);

        // the supplier answers and ships the order; it does not change what the hub ordered
        HttpResponse<String> supplier = client.postJson(changes, "{\"lines\":[{\"line\":\"1\",\"quantity\":99}]}", "skba", "demo-skba");
        assertThat(supplier.statusCode()).isEqualTo(403);
        assertThat(object(supplier).getString("message")).startsWith("Only Ascend Elements").contains(" changes order AE-PO-IT-3860; it placed");
        assertThat(client.postJson(changes, "{\"lines\":[{\"line\":\"1\",\"quantity\":99}]}", "finance", "demo-finance").statusCode())
                .isEqualTo(403);

        // SK Battery America answers the change with 865s: accepted, then (a second answer) refused; both noted on the order
        String orderDate = today.replace("-", "");
        JsonObject accepted865 = object(client.post("api/interchanges?fileName=skba-865-accept.x12", fromSkba("000008651", "CA",
                "ST*865*0001~\nBCA*00*AT*AE-PO-IT-3860**1*" + orderDate + "~\nPOC*1*CA*12000**KG~\nACK*IA*12000*KG~\nCTT*1~\nSE*6*0001~\n"),
                "skba", "demo-skba"));
        assertThat(accepted865.getString("status")).as(accepted865.toString()).isEqualTo("PROCESSED");
        assertThat(accepted865.getString("reason")).contains("865 for purchase order AE-PO-IT-3860: SK Battery America", "accepted change 1");
        JsonObject refused865 = object(client.post("api/interchanges?fileName=skba-865-refuse.x12", fromSkba("000008652", "CA",
                "ST*865*0001~\nBCA*00*RD*AE-PO-IT-3860**1*" + orderDate + "~\nN9*L1*NOTES~\nMSG*No furnace capacity in week 2~\n"
                        + "POC*1*CA*12000**KG~\nACK*IR*12000*KG~\nCTT*1~\nSE*8*0001~\n"), "skba", "demo-skba"));
        assertThat(refused865.getString("status")).isEqualTo("FAILED");
        assertThat(refused865.getString("reason")).contains("refused change 1 (line 1 refused; No furnace capacity in week 2)",
                "noted on the order for procurement");
        assertThat(object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer")).getJsonArray("history").stream()
                .map(h -> h.asJsonObject().getString("reason", ""))).contains("The seller accepted change 1",
                "The seller refused change 1: line 1 refused; No furnace capacity in week 2");

        HttpResponse<String> cancel = client.postJson("api/purchase-orders/" + id + "/cancel", "{\"reason\":\"Plant closed\"}", "buyer", "demo-buyer");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        assertThat(object(cancel).getString("status")).isEqualTo("CANCELLED");
        assertThat(array(client.get("api/interchanges?fileName=860-AE-PO-IT-3860", "skba", "demo-skba")).stream()
                .map(a -> client.get("api/interchanges/" + a.asJsonObject().getJsonNumber("id") + "/content", "skba", "demo-skba").body()))
                .anySatisfy(body -> assertThat(body).contains("BCH*01*SA*AE-PO-IT-3860**2*").doesNotContain("POC*"));
        HttpResponse<String> afterwards = client.postJson(changes, "{\"lines\":[{\"line\":\"1\",\"quantity\":11}]}", "buyer", "demo-buyer");
        assertThat(afterwards.statusCode()).isEqualTo(400);
        assertThat(object(afterwards).getString("message")).contains("Order AE-PO-IT-3860 is cancelled");
    }

    /**
     * Bad input is a 400 that names the field and the reason, never a 500, and nothing is recorded (issue 13 items 13 and
     * 15): a body that is not JSON, wrong types, an unknown unit, an impossible date, NaN, numbers beyond any column, an
     * order dated in year 1 or 9999, currency XXX, a billion tonnes; a query parameter that is not a number or not a status.
     * The same rules refuse an 850 dated 9999 with an 855.
     */
    @Test
    void badInputIsRefusedWithTheFieldAndTheReasonAndNothingIsRecorded() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String order = "{\"poNumber\":\"AE-PO-IT-BAD\",\"sellerCode\":\"PIEDMONT\",\"orderDate\":\"" + today + "\",\"currency\":\"USD\","
                + "\"lines\":[{\"materialCode\":\"EOL-LIB-EV\",\"quantity\":10,\"unit\":\"METRIC_TON\",\"unitPrice\":0.85,"
                + "\"priceUnit\":\"KILOGRAM\"}]}";
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"poNumber\": ", "not the JSON this call takes");
        cases.put(order.replace("\"quantity\":10", "\"quantity\":\"lots\""), "not the JSON this call takes");
        cases.put(order.replace("METRIC_TON", "BARREL"), "not the JSON this call takes");
        cases.put(order.replace(today, "2026-02-30"), "not the JSON this call takes");
        cases.put(order.replace("\"quantity\":10", "\"quantity\":\"NaN\""), "not the JSON this call takes");
        cases.put(order.replace("\"quantity\":10", "\"quantity\":1e16"), "is more than one line can be");
        cases.put(order.replace("\"quantity\":10", "\"quantity\":1000000000000"), "is more than one line can be (at most a million tonnes");
        cases.put(order.replace("\"unitPrice\":0.85", "\"unitPrice\":1e20"), "A unit price above 1000000000 is not plausible");
        cases.put(order.replace(today, "0001-01-01"), "The order date 0001-01-01 is before 2000");
        cases.put(order.replace(today, "9999-12-31"), "The order date 9999-12-31 is more than 10 years ahead");
        cases.put(order.replace("\"USD\"", "\"XXX\""), "XXX is not a currency anybody pays an invoice in");
        for (java.util.Map.Entry<String, String> bad : cases.entrySet()) {
            HttpResponse<String> refused = client.postJson("api/purchase-orders", bad.getKey(), "buyer", "demo-buyer");
            assertThat(refused.statusCode()).as(bad.getKey() + " -> " + refused.body()).isEqualTo(400);
            assertThat(object(refused).getString("message")).as(bad.getKey()).contains(bad.getValue());
        }
        assertThat(array(client.get("api/purchase-orders?poNumber=AE-PO-IT-BAD", "buyer", "demo-buyer"))).as("nothing recorded").isEmpty();

        HttpResponse<String> max = client.get("api/purchase-orders?max=abc", "buyer", "demo-buyer");
        assertThat(max.statusCode()).isEqualTo(400);
        assertThat(object(max).getString("message")).isEqualTo("max: \"abc\" is not a whole number");
        HttpResponse<String> status = client.get("api/interchanges?status=NOPE", "buyer", "demo-buyer");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(object(status).getString("message")).startsWith("status: NOPE is not one of [RECEIVED, ");

        byte[] farAhead = new String(purchaseOrderFrom("ECOPROBMUS", "000009897", "ECO-4500099897"), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("**20261128~", "**99991231~").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject edi = object(client.post("api/interchanges?fileName=eco-9897.x12", farAhead, "ecopro", "demo-ecopro"));
        assertThat(edi.getString("reason")).contains("The order date 9999-12-31 is more than 10 years ahead", "refused with an 855");
    }

    /** An 860 from EcoPro to the hub, with the BCH and what follows it as given (segments end with ~ and a line break). */
    private static byte[] orderChangeFrom(String controlNumber, String body) {
        String isa = String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261207*1015*U*00401*%s*1*P*>~",
                "ECOPROBMUS", "ASCENDELEMENTS", controlNumber);
        int segments = body.split("\n").length + 2;
        return (isa + "\nGS*PC*ECOPRO*ASCENDEL*20261207*1015*" + Integer.parseInt(controlNumber) + "*X*004010~\nST*860*0001~\n" + body
                + "SE*" + segments + "*0001~\nGE*1*" + Integer.parseInt(controlNumber) + "~\nIEA*1*" + controlNumber + "~\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void aPartnersPurchaseOrderFileBecomesAnOrderWithA997AndAResendIsNotProcessedTwice() {
        byte[] file = purchaseOrderFrom("ECOPROBMUS", "000009001", "ECO-4500099001");
        HttpResponse<String> first = client.post("api/interchanges?fileName=eco-9001.x12", file, "ecopro", "demo-ecopro");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject outcome = object(first);
        assertThat(outcome.getString("status")).isEqualTo("PROCESSED");
        assertThat(outcome.getJsonArray("createdPurchaseOrders").getString(0)).isEqualTo("ECO-4500099001");
        JsonObject received = object(client.get("api/interchanges/" + outcome.getJsonNumber("interchangeId"), "ecopro", "demo-ecopro"));
        assertThat(List.of(received.getString("syntaxOutcome"), received.getString("businessOutcome"))).containsExactly("ACCEPTED", "APPLIED");
        assertThat(outcome.getJsonArray("acknowledgmentIds")).hasSize(1);  // ISA14=1: TA1 and 997 in one interchange

        JsonObject ack = object(client.get("api/interchanges/" + outcome.getJsonArray("acknowledgmentIds").getJsonNumber(0).longValue(),
                "ecopro", "demo-ecopro"));
        assertThat(ack.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(ack.getJsonNumber("acknowledges").longValue()).isEqualTo(outcome.getJsonNumber("interchangeId").longValue());

        JsonObject order = array(client.get("api/purchase-orders?max=100", "ecopro", "demo-ecopro")).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("poNumber").equals("ECO-4500099001")).findFirst().orElseThrow();
        JsonObject detail = object(client.get("api/purchase-orders/" + order.getInt("id"), "ecopro", "demo-ecopro"));
        assertThat(detail.getJsonArray("lines")).hasSize(2);
        // 12,000 kg at 28.50 USD/kg + 8 t at 28,500 USD/t
        assertThat(detail.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("570000");

        HttpResponse<String> resend = client.post("api/interchanges?fileName=eco-9001-again.x12", file, "ecopro", "demo-ecopro");
        assertThat(resend.statusCode()).isEqualTo(200);
        assertThat(object(resend).getString("status")).isEqualTo("DUPLICATE");
        assertThat(object(resend).getString("reason")).contains("Resend of interchange " + outcome.getJsonNumber("interchangeId"));
        assertThat(array(client.get("api/purchase-orders?max=100", "ecopro", "demo-ecopro")).stream()
                .filter(o -> o.asJsonObject().getString("poNumber").equals("ECO-4500099001"))).hasSize(1);
    }

    @Test
    void aDifferentFileUnderAnInterchangeControlNumberUsedBeforeIsRejectedWithTa1025OrProcessedWithAWarningAsTheProfileSays() {
        HttpResponse<String> first = client.post("api/interchanges?fileName=eco-9101.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009101", "ECO-4500099101"), "ecopro", "demo-ecopro");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long firstId = object(first).getJsonNumber("interchangeId").longValue();

        // the partner's system reset its counter: its next order comes under the same ISA13 with other content
        HttpResponse<String> reused = client.post("api/interchanges?fileName=eco-9101-after-reset.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009101", "ECO-4500099102"), "ecopro", "demo-ecopro");
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        JsonObject refused = object(reused);
        assertThat(refused.getString("status")).isEqualTo("REJECTED");
        assertThat(refused.getString("reason")).contains("025", "ISA13 000009101 was used before by interchange " + firstId);
        assertThat(refused.getJsonArray("createdPurchaseOrders")).isEmpty();
        String ta1 = client.get("api/interchanges/" + refused.getJsonArray("acknowledgmentIds").getJsonNumber(0) + "/content",
                "ecopro", "demo-ecopro").body();
        assertThat(ta1).contains("TA1*000009101*261128*1015*R*025").doesNotContain("AK1*");
        // kept, with its reason, where the partner looks
        JsonObject kept = object(client.get("api/interchanges/" + refused.getJsonNumber("interchangeId"), "ecopro", "demo-ecopro"));
        assertThat(kept.getString("statusReason")).contains("was used before");
        assertThat(kept.getString("syntaxOutcome")).isEqualTo("REJECTED");
        assertThat(kept.getString("businessOutcome")).isEqualTo("NOT_APPLIED");
        assertThat(kept.getJsonNumber("sizeBytes").longValue()).isEqualTo(purchaseOrderFrom("ECOPROBMUS", "000009101", "ECO-4500099102").length);

        // only an administrator changes the partner's profile; with "process and warn" the order is taken, the TA1 says E 025
        String warn = "{\"sendAcknowledgments\":true,\"expectAcknowledgments\":true,\"windowHours\":24,"
                + "\"reusedControlNumbers\":\"PROCESS_WITH_WARNING\"}";
        assertThat(client.put("api/partners/ECOPRO/acknowledgments", warn, "ecopro", "demo-ecopro").statusCode()).isEqualTo(403);
        assertThat(client.put("api/partners/ECOPRO/acknowledgments", warn.replace("PROCESS_WITH_WARNING", "MAYBE"), "admin", "demo-admin")
                .statusCode()).isEqualTo(400);
        try {
            HttpResponse<String> changed = client.put("api/partners/ECOPRO/acknowledgments", warn, "admin", "demo-admin");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(object(changed).getJsonObject("acknowledgments").getString("reusedControlNumbers")).isEqualTo("PROCESS_WITH_WARNING");
            HttpResponse<String> warned = client.post("api/interchanges?fileName=eco-9101-warned.x12",
                    purchaseOrderFrom("ECOPROBMUS", "000009101", "ECO-4500099103"), "ecopro", "demo-ecopro");
            assertThat(warned.statusCode()).as(warned.body()).isEqualTo(200);
            assertThat(object(warned).getString("status")).isEqualTo("PROCESSED");
            assertThat(object(warned).getString("reason")).contains("025", "was used before");
            assertThat(object(warned).getJsonArray("createdPurchaseOrders").getString(0)).isEqualTo("ECO-4500099103");
            assertThat(client.get("api/interchanges/" + object(warned).getJsonArray("acknowledgmentIds").getJsonNumber(0) + "/content",
                    "ecopro", "demo-ecopro").body()).contains("TA1*000009101*261128*1015*E*025", "AK1*PO*9101");
        } finally {
            client.put("api/partners/ECOPRO/acknowledgments", warn.replace("PROCESS_WITH_WARNING", "REJECT"), "admin", "demo-admin");
        }
    }

    @Test
    void anEnvelopeDeviationIsRejectedByDefaultAndTakenWithANoteOnceThePartnersProfileAllowsIt() {
        byte[] unpadded = unpaddedTrailer(purchaseOrderFrom("ECOPROBMUS", "000009201", "ECO-4500099201"), "000009201");
        HttpResponse<String> strict = client.post("api/interchanges?fileName=eco-9201-unpadded.x12", unpadded, "ecopro", "demo-ecopro");
        assertThat(strict.statusCode()).as(strict.body()).isEqualTo(422);
        JsonObject refused = object(strict);
        assertThat(refused.getString("status")).isEqualTo("REJECTED");
        assertThat(refused.getJsonArray("createdPurchaseOrders")).isEmpty();
        assertThat(client.get("api/interchanges/" + refused.getJsonArray("acknowledgmentIds").getJsonNumber(0) + "/content",
                "ecopro", "demo-ecopro").body()).contains("TA1*000009201*261128*1015*R*001").doesNotContain("AK1*");

        String allow = "{\"sendAcknowledgments\":true,\"expectAcknowledgments\":true,\"windowHours\":24,"
                + "\"reusedControlNumbers\":\"REJECT\",\"allowedEnvelopeDeviations\":[\"IEA02_UNPADDED\"]}";
        assertThat(client.put("api/partners/ECOPRO/acknowledgments", allow, "ecopro", "demo-ecopro").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = client.put("api/partners/ECOPRO/acknowledgments", allow.replace("IEA02_UNPADDED", "ANYTHING_GOES"),
                "admin", "demo-admin");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("ANYTHING_GOES");
        try {
            HttpResponse<String> changed = client.put("api/partners/ECOPRO/acknowledgments", allow, "admin", "demo-admin");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(object(changed).getJsonObject("acknowledgments").getJsonArray("allowedEnvelopeDeviations").getString(0))
                    .isEqualTo("IEA02_UNPADDED");
            HttpResponse<String> tolerated = client.post("api/interchanges?fileName=eco-9202-unpadded.x12",
                    unpaddedTrailer(purchaseOrderFrom("ECOPROBMUS", "000009202", "ECO-4500099202"), "000009202"), "ecopro", "demo-ecopro");
            assertThat(tolerated.statusCode()).as(tolerated.body()).isEqualTo(200);
            JsonObject taken = object(tolerated);
            assertThat(taken.getString("status")).isEqualTo("PROCESSED");
            assertThat(taken.getString("reason")).contains("allowed for this partner");
            assertThat(taken.getJsonArray("createdPurchaseOrders").getString(0)).isEqualTo("ECO-4500099202");
            // still noted to the partner: TA1 E 001, and the group accepted
            assertThat(client.get("api/interchanges/" + taken.getJsonArray("acknowledgmentIds").getJsonNumber(0) + "/content",
                    "ecopro", "demo-ecopro").body()).contains("TA1*000009202*261128*1015*E*001", "AK1*PO*9202", "AK9*A");
        } finally {
            client.put("api/partners/ECOPRO/acknowledgments", allow.replace("\"IEA02_UNPADDED\"", ""), "admin", "demo-admin");
        }
    }

    private static byte[] unpaddedTrailer(byte[] file, String controlNumber) {
        return new String(file, java.nio.charset.StandardCharsets.US_ASCII)
                .replace("IEA*1*" + controlNumber + "~", "IEA*1*" + Integer.parseInt(controlNumber) + "~")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] acknowledgmentFromSkba(String controlNumber, String poNumber, String lines) {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String set = "ST*855*0001~BAK*00*AC*" + poNumber + "*" + today + "~" + lines + "CTT*" + (lines.split("PO1\\*", -1).length - 1) + "~";
        int segments = set.split("~").length + 1;
        return ("ISA*00*          *00*          *01*080231617      *ZZ*ASCENDELEMENTS *" + today.substring(2) + "*1015*^*00501*"
                + controlNumber + "*0*P*>~\nGS*PR*SKBA*ASCENDEL*" + today + "*1015*" + Integer.parseInt(controlNumber) + "*X*005010~\n"
                + set.replace("~", "~\n") + "SE*" + segments + "*0001~\nGE*1*" + Integer.parseInt(controlNumber) + "~\nIEA*1*"
                + controlNumber + "~\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void aSuppliersPurchaseOrderAcknowledgmentAnswersTheHubsOrderOrIsRefusedWithItsReason() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String order = "{\"poNumber\":\"AE-PO-IT-855A\",\"sellerCode\":\"SKBA\",\"orderDate\":\"" + today + "\",\"currency\":\"USD\","
                + "\"lines\":[{\"materialCode\":\"ES-NMC-AL\",\"quantity\":20000,\"unit\":\"KILOGRAM\",\"unitPrice\":3.10,\"priceUnit\":\"KILOGRAM\"},"
                + "{\"materialCode\":\"ES-NMC-AL\",\"quantity\":10000,\"unit\":\"KILOGRAM\",\"unitPrice\":3.10,\"priceUnit\":\"KILOGRAM\"}]}";
        HttpResponse<String> placed = client.postJson("api/purchase-orders", order, "buyer", "demo-buyer");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        long id = object(placed).getJsonNumber("id").longValue();

        // SKBA's system answers: line 1 accepted, line 2 with 8 t instead of 10 t, and a note for the buyer saying why
        HttpResponse<String> answered = client.post("api/interchanges?fileName=skba-855.x12", acknowledgmentFromSkba("000008551",
                "AE-PO-IT-855A", "N9*L1*NOTES~MSG*Line 2 short by 2 t until the January campaign~"
                        + "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20000*KG~PO1*2*10000*KG*3.1**VP*ES-NMC-AL~ACK*IQ*8*MT~"),
                "skba", "demo-skba");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(object(answered).getString("status")).isEqualTo("PROCESSED");
        assertThat(object(answered).getString("reason")).contains("855 for purchase order AE-PO-IT-855A applied", "order CHANGED",
                "notes: Line 2 short by 2 t until the January campaign");
        JsonObject detail = object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer"));
        assertThat(detail.getString("status")).isEqualTo("CHANGED");
        assertThat(detail.getJsonArray("lines").getJsonObject(0).getString("status")).isEqualTo("ACCEPTED");
        assertThat(detail.getJsonArray("lines").getJsonObject(1).getString("status")).isEqualTo("CHANGED");
        assertThat(detail.getJsonArray("lines").getJsonObject(1).getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("8000");
        assertThat(detail.getJsonArray("history").getJsonObject(detail.getJsonArray("history").size() - 1).getString("by")).isEqualTo("EDI SKBA");
        // the 855 that came in is the order's document: none of ours is written for it
        assertThat(client.get("api/interchanges?fileName=855-AE-PO-IT-855A", "buyer", "demo-buyer").headers().firstValue("X-Total-Count"))
                .contains("0");

        // an 855 for an order the hub never placed with SKBA, and one with a line the order lacks: kept and refused with the reason
        HttpResponse<String> notOurs = client.post("api/interchanges?fileName=skba-855-unknown.x12", acknowledgmentFromSkba("000008552",
                "ECO-4500012345", "PO1*1*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20000*KG~"), "skba", "demo-skba");
        assertThat(notOurs.statusCode()).as(notOurs.body()).isEqualTo(422);
        assertThat(object(notOurs).getString("reason")).contains("855 for purchase order ECO-4500012345", "has not placed with");
        HttpResponse<String> badLine = client.post("api/interchanges?fileName=skba-855-line.x12", acknowledgmentFromSkba("000008553",
                "AE-PO-IT-855A", "PO1*7*20000*KG*3.1**VP*ES-NMC-AL~ACK*IA*20000*KG~"), "skba", "demo-skba");
        assertThat(badLine.statusCode()).as(badLine.body()).isEqualTo(422);
        assertThat(object(badLine).getString("reason")).contains("855 line 7", "has no such line", "refused with an 824");
        assertThat(object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer")).getString("status")).isEqualTo("CHANGED");
        // and SKBA's system hears it: an 824 per refused 855, naming it by PO number, group and set, with the reason
        JsonObject advice = onlyInterchange("824-855-ECO-4500012345", "skba", "demo-skba");
        assertThat(advice.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(client.get("api/interchanges/" + advice.getJsonNumber("id") + "/content", "skba", "demo-skba").body())
                .contains("GS*AG*", "ST*824*", "BGN*00*REJECT-855-ECO-4500012345*", "OTI*TR*PO*ECO-4500012345*****8552*0001*855",
                        "TED*ZZZ*855 for purchase order ECO-4500012345");
        assertThat(client.get("api/interchanges?fileName=824-855-ECO-4500012345", "ecopro", "demo-ecopro").headers()
                .firstValue("X-Total-Count")).contains("0");
    }

    /** One upload limit (PORTAL_UPLOAD_MAX_BYTES, 50 MB by default): a larger body is answered 413, not kept, recorded. */
    @Test
    void aFileAboveTheUploadLimitIsRefusedWith413AndTheRefusalRecorded() {
        byte[] huge = new byte[52_428_800 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> refused = client.post("api/interchanges?fileName=too-big-9900.x12", huge, "ecopro", "demo-ecopro");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(object(refused).getString("message")).contains("limited to 52428800 bytes");
        assertThat(client.get("api/interchanges?fileName=too-big-9900", "admin", "demo-admin").headers().firstValue("X-Total-Count"))
                .contains("0");
        // (a file of exactly the limit is taken and kept: brokenFilesAreKeptAndRejectedWithTheirReason sends one)
    }

    /**
     * What the validator reports beside good interchanges (junk between them, a Ctrl-Z trailer after the last) does not
     * keep the Smooks translation from the sets it accepted: both orders are created in one go, no job is retried.
     */
    @Test
    void theGoodInterchangesOfAFileWithJunkAroundThemAreTranslated() {
        byte[] first = purchaseOrderFrom("ECOPROBMUS", "000009891", "ECO-4500099891");
        byte[] second = purchaseOrderFrom("ECOPROBMUS", "000009892", "ECO-4500099892");
        byte[] file = (new String(first, java.nio.charset.StandardCharsets.US_ASCII) + "THIS IS NOT X12\n"
                + new String(second, java.nio.charset.StandardCharsets.US_ASCII) + "\u001A").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject outcome = object(client.post("api/interchanges?fileName=eco-junk.x12", file, "ecopro", "demo-ecopro"));
        assertThat(outcome.getString("status")).as(outcome.toString()).isNotEqualTo("FAILED");
        assertThat(outcome.getJsonArray("createdPurchaseOrders").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("ECO-4500099891", "ECO-4500099892");
    }

    @Test
    void brokenFilesAreKeptAndRejectedWithTheirReason() {
        HttpResponse<String> garbage = client.post("api/interchanges?fileName=garbage.bin", new byte[] {0, 1, 2, (byte) 0xff, 'I', 'S', 'A'},
                "buyer", "demo-buyer");
        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(object(garbage).getString("status")).isEqualTo("REJECTED");
        assertThat(object(garbage).getString("reason")).startsWith("No X12 interchange in the file");
        long id = object(garbage).getJsonNumber("interchangeId").longValue();
        assertThat(object(client.get("api/interchanges/" + id, "buyer", "demo-buyer")).getJsonNumber("sizeBytes").longValue()).isEqualTo(7);

        // a 5,000-character name with a control character: the bytes are stored, the name shortened for its column,
        // its beginning and extension kept, the whole name in the reception's audit entry
        String longName = "eco-" + "n".repeat(4990) + "%09.x12";
        HttpResponse<String> named = client.post("api/interchanges?fileName=" + longName, purchaseOrderFrom("ECOPROBMUS", "000009899",
                "ECO-4500099899"), "ecopro", "demo-ecopro");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        JsonObject stored = object(client.get("api/interchanges/" + object(named).getJsonNumber("interchangeId"), "ecopro", "demo-ecopro"));
        assertThat(stored.getString("fileName")).hasSize(255).startsWith("eco-nnn").endsWith("nnn_.x12").contains("\u2026");
        assertThat(array(client.get("api/purchase-orders?poNumber=ECO-4500099899", "ecopro", "demo-ecopro"))).hasSize(1);

        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMegabytes, (byte) 0x1a);
        HttpResponse<String> huge = client.post("api/interchanges?fileName=huge.bin", fiftyMegabytes, "buyer", "demo-buyer");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(422);
        assertThat(object(huge).getString("reason")).startsWith("No X12 interchange in the file");
        assertThat(object(client.get("api/interchanges/" + object(huge).getJsonNumber("interchangeId"), "buyer", "demo-buyer"))
                .getJsonNumber("sizeBytes").longValue()).isEqualTo(50L * 1024 * 1024);

        // a transaction set we do not handle: kept, and refused by a 997 that says so (AK5 R 1)
        byte[] carrierLoadTender = ("ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*ASCENDELEMENTS *261128*1015*U*00401*000009901*0*P*>~\n"
                + "GS*SM*ECOPRO*ASCENDEL*20261128*1015*9901*X*004010~\nST*204*0001~\nB2**ODFL**LOAD1**PP~\nSE*3*0001~\n"
                + "GE*1*9901~\nIEA*1*000009901~\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> unsupported = client.post("api/interchanges?fileName=204.x12", carrierLoadTender, "ecopro", "demo-ecopro");
        assertThat(unsupported.statusCode()).as(unsupported.body()).isEqualTo(422);
        assertThat(object(unsupported).getString("reason")).contains("204 is not supported");
        long ack = object(unsupported).getJsonArray("acknowledgmentIds").getJsonNumber(0).longValue();
        assertThat(client.get("api/interchanges/" + ack + "/content", "ecopro", "demo-ecopro").body()).contains("AK2*204*0001", "AK5*R*1");

        HttpResponse<String> empty = client.post("api/interchanges", new byte[0], "buyer", "demo-buyer");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(object(empty).getString("status")).isEqualTo("REJECTED");

        byte[] badCounts = new String(purchaseOrderFrom("ECOPROBMUS", "000009002", "ECO-4500099002"),
                java.nio.charset.StandardCharsets.US_ASCII).replace("SE*11*0001", "SE*99*0001").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> rejected = client.post("api/interchanges?fileName=bad-count.x12", badCounts, "ecopro", "demo-ecopro");
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(object(rejected).getString("reason")).contains("SE");
        assertThat(object(rejected).getJsonArray("acknowledgmentIds")).isNotEmpty();  // the 997 says why

        // an envelope error (ISA13 and IEA02 differ) rejects the interchange with a TA1; its valid order is not applied
        byte[] brokenEnvelope = new String(purchaseOrderFrom("ECOPROBMUS", "000009004", "ECO-4500099004"),
                java.nio.charset.StandardCharsets.US_ASCII).replace("IEA*1*000009004", "IEA*1*000009999")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> envelope = client.post("api/interchanges?fileName=bad-envelope.x12", brokenEnvelope, "ecopro", "demo-ecopro");
        assertThat(envelope.statusCode()).as(envelope.body()).isEqualTo(422);
        assertThat(object(envelope).getJsonArray("createdPurchaseOrders")).isEmpty();
        assertThat(array(client.get("api/purchase-orders?max=100", "ecopro", "demo-ecopro")).stream()
                .filter(o -> o.asJsonObject().getString("poNumber").equals("ECO-4500099004"))).isEmpty();
    }

    @Test
    void aPartnerCannotSendAnotherPartnersDocuments() {
        HttpResponse<String> forged = client.post("api/interchanges?fileName=forged.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009003", "ECO-4500099003"), "skba", "demo-skba");
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(object(forged).getString("reason")).contains("is not SK Battery America", "who handed it in");
        assertThat(client.post("api/interchanges", new byte[] {'x'}, "finance", "demo-finance").statusCode()).isEqualTo(403);
        // the forged file is kept, and shown to the company it claims to come from, not to the one that sent it
        long id = object(forged).getJsonNumber("interchangeId").longValue();
        assertThat(client.get("api/interchanges/" + id, "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(object(client.get("api/interchanges/" + id, "ecopro", "demo-ecopro")).getString("status")).isEqualTo("REJECTED");

        // a file with no sender to tell (garbage) is shown to the partner that handed it in, with its reason, and to no other
        HttpResponse<String> garbage = client.post("api/interchanges?fileName=skba-garbage-9003.bin", new byte[] {0, 1, 2, 'I', 'S', 'A'},
                "skba", "demo-skba");
        assertThat(garbage.statusCode()).isEqualTo(422);
        long garbageId = object(garbage).getJsonNumber("interchangeId").longValue();
        assertThat(object(client.get("api/interchanges/" + garbageId, "skba", "demo-skba")).getString("statusReason"))
                .startsWith("No X12 interchange in the file");
        assertThat(client.get("api/interchanges?fileName=skba-garbage-9003", "skba", "demo-skba").headers()
                .firstValue("X-Total-Count")).contains("1");
        assertThat(client.get("api/interchanges/" + garbageId + "/content", "skba", "demo-skba").statusCode()).isEqualTo(200);
        assertThat(client.get("api/interchanges/" + garbageId, "ecopro", "demo-ecopro").statusCode()).isEqualTo(404);
        assertThat(client.get("api/interchanges?fileName=skba-garbage-9003", "ecopro", "demo-ecopro").headers()
                .firstValue("X-Total-Count")).contains("0");
        assertThat(client.get("api/interchanges?fileName=forged.x12", "skba", "demo-skba").headers()
                .firstValue("X-Total-Count")).as("the forged file stays hidden from its sender").contains("0");
    }

    @Test
    void interchangesAreSearchedAndDownloadedWithinTheCallersScope() {
        byte[] file = purchaseOrderFrom("ECOPROBMUS", "000009010", "ECO-4500099010");
        assertThat(client.post("api/interchanges?fileName=eco-9010.x12", file, "ecopro", "demo-ecopro").statusCode()).isEqualTo(200);

        HttpResponse<String> found = client.get("api/interchanges?controlNumber=000009010&direction=INBOUND", "ecopro", "demo-ecopro");
        assertThat(found.headers().firstValue("X-Total-Count")).contains("1");
        long id = array(found).getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(client.get("api/interchanges?controlNumber=000009010", "skba", "demo-skba").headers().firstValue("X-Total-Count"))
                .contains("0");
        // our 997 to EcoPro was handed in by no one: the partner's search still finds what it receives
        long ackId = object(client.post("api/interchanges?fileName=eco-9010-ack-check.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009011", "ECO-4500099011"), "ecopro", "demo-ecopro"))
                .getJsonArray("acknowledgmentIds").getJsonNumber(0).longValue();
        assertThat(array(client.get("api/interchanges?direction=OUTBOUND&max=500", "ecopro", "demo-ecopro")).stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue())).contains(ackId);

        HttpResponse<String> content = client.get("api/interchanges/" + id + "/content", "ecopro", "demo-ecopro");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(new String(file, java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(client.get("api/interchanges/" + id + "/content", "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(client.get("api/interchanges?from=yesterday", "admin", "demo-admin").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsChangeTradingPartnerProfiles() {
        String change = "{\"name\":\"Piedmont Cell Works LLC\",\"x12Qualifier\":\"ZZ\",\"x12InterchangeId\":\"PIEDMONTCELL\","
                + "\"x12ApplicationCode\":\"PIEDMONT\",\"x12Version\":\"004010\",\"delimiters\":\"*>^~\",\"lineBreakAfterSegment\":true}";
        assertThat(client.put("api/partners/PIEDMONT", change, "buyer", "demo-buyer").statusCode()).isEqualTo(403);
        assertThat(client.put("api/partners/PIEDMONT", change, "piedmont", "demo-piedmont").statusCode()).isEqualTo(403);
        HttpResponse<String> changed = client.put("api/partners/PIEDMONT", change, "admin", "demo-admin");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(object(client.get("api/partners/PIEDMONT", "admin", "demo-admin")).getString("name")).isEqualTo("Piedmont Cell Works LLC");
        assertThat(client.put("api/partners/PIEDMONT", change.replace("004010", "003020"), "admin", "demo-admin").statusCode()).isEqualTo(400);
        assertThat(client.put("api/partners/PIEDMONT", change.replace("PIEDMONTCELL", "ECOPROBMUS"), "admin", "demo-admin").statusCode())
                .isEqualTo(400);  // another partner's interchange ID
        assertThat(client.get("api/partners/SKBA", "ecopro", "demo-ecopro").statusCode()).isEqualTo(404);
    }

    @Test
    void our855WaitsForThePartners997AndTheAnswerIsKeptWithThePartnersErrorCodes() {
        long accepted855 = hubAnswersAnOrderOf("000009020", "ECO-4500099020");
        JsonObject group = object(client.get("api/interchanges/" + accepted855, "buyer", "demo-buyer")).getJsonArray("groups").getJsonObject(0);
        assertThat(group.getString("functionalId")).isEqualTo("PR");
        assertThat(group.getString("acknowledgment")).isEqualTo("WAITING");
        assertThat(group.getBoolean("overdue")).isFalse();

        HttpResponse<String> ack = client.post("api/interchanges?fileName=997-accept.x12",
                functionalAcknowledgment("000009030", accepted855, false), "ecopro", "demo-ecopro");
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(object(ack).getString("reason")).contains("997 A for our group " + group.getString("groupControlNumber"));
        assertThat(object(ack).getJsonArray("acknowledgmentIds")).isEmpty();  // no 997 for a 997
        JsonObject acknowledged = object(client.get("api/interchanges/" + accepted855, "ecopro", "demo-ecopro"));
        assertThat(acknowledged.getString("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.getJsonArray("groups").getJsonObject(0).getString("acknowledgment")).isEqualTo("ACCEPTED");

        long rejected855 = hubAnswersAnOrderOf("000009021", "ECO-4500099021");
        HttpResponse<String> rejection = client.post("api/interchanges?fileName=997-reject.x12",
                functionalAcknowledgment("000009031", rejected855, true), "ecopro", "demo-ecopro");
        assertThat(rejection.statusCode()).as(rejection.body()).isEqualTo(200);
        JsonObject refused = object(client.get("api/interchanges/" + rejected855, "buyer", "demo-buyer")).getJsonArray("groups").getJsonObject(0);
        assertThat(refused.getString("acknowledgment")).isEqualTo("REJECTED");
        assertThat(refused.getString("ackCode")).isEqualTo("R");
        assertThat(refused.getString("ackDetail")).contains("AK3 N1 segment 4 code 8", "AK4 N1 element 2 code 7", "AK5 5");
        // both sides read the same business outcome: an 824 names our 855 the 997 rejected, with what the 997 said
        assertThat(object(rejection).getString("reason")).contains("997 R for our group " + refused.getString("groupControlNumber"),
                "answered with an 824 (824-GS" + refused.getString("groupControlNumber") + "-");
        String advice = client.get("api/interchanges/" + onlyInterchange("824-GS" + refused.getString("groupControlNumber") + "-", "ecopro",
                "demo-ecopro").getJsonNumber("id") + "/content", "ecopro", "demo-ecopro").body();
        assertThat(advice).contains("OTI*TR*TN*855 ECO-4500099021", "*" + refused.getString("groupControlNumber") + "**855~",
                "TED*ZZZ*Rejected by your 997 (AK9 R", "NTE*GEN*", "not in effect");

        // a 997 for a group we never sent is refused with an 824 that names it
        byte[] stray = new String(functionalAcknowledgment("000009032", rejected855, false), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("AK1*PR*" + refused.getString("groupControlNumber") + "~", "AK1*PR*987654~").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject strayOutcome = object(client.post("api/interchanges?fileName=997-stray.x12", stray, "ecopro", "demo-ecopro"));
        assertThat(strayOutcome.getString("status")).isEqualTo("FAILED");
        assertThat(strayOutcome.getString("reason")).contains("997 for group 987654 (PR), which we never sent to ECOPRO; refused with an 824");
        // ... but never one that acknowledges an 824: no 997/824 ping-pong with a partner that numbers its 997s wrongly
        byte[] strayAboutAdvice = new String(functionalAcknowledgment("000009033", rejected855, false), java.nio.charset.StandardCharsets.US_ASCII)
                .replace("AK1*PR*" + refused.getString("groupControlNumber") + "~", "AK1*AG*987655~")
                .replace("AK2*855*", "AK2*824*").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JsonObject aboutAdvice = object(client.post("api/interchanges?fileName=997-stray-ag.x12", strayAboutAdvice, "ecopro", "demo-ecopro"));
        assertThat(aboutAdvice.getString("reason")).contains("997 for group 987655 (AG), which we never sent to ECOPRO; not answered");
        assertThat(client.get("api/interchanges?fileName=824-997-987655", "ecopro", "demo-ecopro").headers().firstValue("X-Total-Count"))
                .contains("0");
        assertThat(client.get("api/interchanges/" + onlyInterchange("824-997-987654", "ecopro", "demo-ecopro").getJsonNumber("id") + "/content",
                "ecopro", "demo-ecopro").body()).contains("OTI*TR*TN*987654*******997~", "TED*ZZZ*997 for group 987654 (PR), which we never sent to ECOPRO");
    }

    @Test
    void procurementConfirmsAnotherQuantityForALineAndThe855SaysSo() {
        HttpResponse<String> received = client.post("api/interchanges?fileName=ECO-4500099095.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009095", "ECO-4500099095"), "ecopro", "demo-ecopro");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        long orderId = array(client.get("api/purchase-orders?poNumber=ECO-4500099095", "buyer", "demo-buyer")).getJsonObject(0)
                .getJsonNumber("id").longValue();
        String change = "api/purchase-orders/" + orderId + "/lines/1/change?quantity=";
        assertThat(client.post(change + "10000", new byte[0], "ecopro", "demo-ecopro").statusCode()).isEqualTo(403);  // the buyer
        assertThat(client.post(change + "many", new byte[0], "buyer", "demo-buyer").statusCode()).isEqualTo(400);
        assertThat(client.post(change + "12000", new byte[0], "buyer", "demo-buyer").statusCode()).isEqualTo(400);  // as ordered
        HttpResponse<String> changed = client.post(change + "10000", new byte[0], "buyer", "demo-buyer");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(client.post("api/purchase-orders/" + orderId + "/lines/2/accept", new byte[0], "buyer", "demo-buyer").statusCode())
                .isEqualTo(200);
        assertThat(object(client.get("api/purchase-orders/" + orderId, "ecopro", "demo-ecopro")).getString("status")).isEqualTo("CHANGED");

        HttpResponse<String> found = client.get("api/interchanges?direction=OUTBOUND&fileName=855-ECO-4500099095", "buyer", "demo-buyer");
        long ack = array(found).getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(client.get("api/interchanges/" + ack + "/content", "ecopro", "demo-ecopro").body())
                .contains("BAK*00*AC*ECO-4500099095", "ACK*IC*10000*KG", "ACK*IA*8*");
    }

    /** ECOPRO orders from the hub; procurement accepts both lines, which sends our 855. Returns the 855's id. */
    private long hubAnswersAnOrderOf(String controlNumber, String poNumber) {
        HttpResponse<String> received = client.post("api/interchanges?fileName=" + poNumber + ".x12",
                purchaseOrderFrom("ECOPROBMUS", controlNumber, poNumber), "ecopro", "demo-ecopro");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        long orderId = array(client.get("api/purchase-orders?max=100", "buyer", "demo-buyer")).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("poNumber").equals(poNumber)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        // the buyer may not answer its own order: only the seller does (the buyer sees the order, so it is told why)
        HttpResponse<String> byBuyer = client.post("api/purchase-orders/" + orderId + "/lines/1/accept", new byte[0], "ecopro", "demo-ecopro");
        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(object(byBuyer).getString("message")).startsWith("Only Ascend Elements").endsWith("answers order " + poNumber);
        for (String line : List.of("1", "2")) {
            HttpResponse<String> answer = client.post("api/purchase-orders/" + orderId + "/lines/" + line + "/accept", new byte[0],
                    "buyer", "demo-buyer");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        HttpResponse<String> found = client.get("api/interchanges?direction=OUTBOUND&fileName=855-" + poNumber, "buyer", "demo-buyer");
        assertThat(found.headers().firstValue("X-Total-Count")).contains("1");
        return array(found).getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** ECOPRO's 997 for the group of one of our 855s: accepting it, or rejecting it with segment and element errors. */
    private byte[] functionalAcknowledgment(String controlNumber, long our855, boolean reject) {
        String x855 = client.get("api/interchanges/" + our855 + "/content", "buyer", "demo-buyer").body();
        String[] gs = x855.substring(x855.indexOf("GS*")).split("[~\\n]")[0].split("\\*");
        String st02 = x855.substring(x855.indexOf("ST*855*") + 7).split("[~\\n]")[0];
        String body = "ST*997*0001~AK1*PR*" + gs[6] + "~AK2*855*" + st02 + "~"
                + (reject ? "AK3*N1*4**8~AK4*2**7~AK5*R*5~AK9*R*1*1*0~" : "AK5*A~AK9*A*1*1*1~");
        int segments = body.split("~").length + 1;
        int group = Integer.parseInt(controlNumber);
        return (String.format("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*261128*1015*U*00401*%s*0*P*>~", "ECOPROBMUS",
                "ASCENDELEMENTS", controlNumber) + "GS*FA*ECOPRO*ASCENDEL*20261128*1015*" + group + "*X*004010~" + body
                + "SE*" + segments + "*0001~GE*1*" + group + "~IEA*1*" + controlNumber + "~")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** SK Battery America's 005010 interchange (repetition separator ^) around one transaction set. */
    private static byte[] fromSkba(String controlNumber, String functionalId, String set) {
        int group = Integer.parseInt(controlNumber);
        String isa = String.format("ISA*00*          *00*          *01*%-15s*ZZ*%-15s*261128*1400*^*00501*%s*0*P*>~",
                "080231617", "ASCENDELEMENTS", controlNumber);
        return (isa + "\nGS*" + functionalId + "*SKBA*ASCENDEL*20261128*1400*" + group + "*X*005010~\n" + set
                + "GE*1*" + group + "~\nIEA*1*" + controlNumber + "~\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static String shipNotice(String shipmentId, String poNumber) {
        return "ST*856*0001~\nBSN*00*" + shipmentId + "*20261128*1400~\nHL*1**S~\nTD1*PLT*10****G*20500*KG~\n"
                + "TD5*B*2*ODFL*M*Old Dominion~\nREF*BM*BOL-" + shipmentId + "~\nHL*2*1*O~\nPRF*" + poNumber + "~\n"
                + "HL*3*2*P~\nMEA*PD*WT*20500*KG~\nREF*LT*LOT-" + shipmentId + "~\nHL*4*3*I~\nLIN*1*VP*ES-NMC-AL~\n"
                + "SN1*1*20000*KG~\nCTT*4~\nSE*16*0001~\n";
    }

    @Test
    void aSuppliersShipNoticeAndInvoiceAreRecordedAgainstTheHubsOrder() {
        HttpResponse<String> shipped = client.post("api/interchanges?fileName=skba-856-9070.x12",
                fromSkba("000009070", "SH", shipNotice("SKBA-SH-9070", "AE-PO-260001")), "skba", "demo-skba");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
        assertThat(object(shipped).getString("reason")).contains("Ship notice recorded: SKBA-SH-9070");

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String invoice = "ST*810*0001~\nBIG*" + today + "*SKBA-INV-9071**AE-PO-260001~\nCUR*SE*USD~\n"
                + "IT1*1*20000*KG*3.10**VP*ES-NMC-AL~\nTDS*6200000~\nCTT*1~\nSE*7*0001~\n";
        HttpResponse<String> billed = client.post("api/interchanges?fileName=skba-810-9071.x12",
                fromSkba("000009071", "IN", invoice), "skba", "demo-skba");
        assertThat(billed.statusCode()).as(billed.body()).isEqualTo(200);
        assertThat(object(billed).getString("reason")).contains("Invoice recorded: SKBA-INV-9071");

        // both are now documents of the order: the EDI monitor finds them by PO number
        HttpResponse<String> documents = client.get("api/interchanges?poNumber=AE-PO-260001&direction=INBOUND", "buyer", "demo-buyer");
        assertThat(array(documents).stream().map(i -> i.asJsonObject().getString("fileName")))
                .contains("skba-856-9070.x12", "skba-810-9071.x12");
        assertThat(client.get("api/interchanges?poNumber=AE-PO-260001", "ecopro", "demo-ecopro").headers()
                .firstValue("X-Total-Count")).contains("0");

        // the same shipment again under another control number is refused, not recorded twice
        HttpResponse<String> again = client.post("api/interchanges?fileName=skba-856-9072.x12",
                fromSkba("000009072", "SH", shipNotice("SKBA-SH-9070", "AE-PO-260001")), "skba", "demo-skba");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(object(again).getString("reason")).contains("Ship notice SKBA-SH-9070 exists already");

        // a shipment against another supplier's order is refused with the reason
        HttpResponse<String> foreign = client.post("api/interchanges?fileName=skba-856-9073.x12",
                fromSkba("000009073", "SH", shipNotice("SKBA-SH-9073", "AE-PO-260002")), "skba", "demo-skba");
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(object(foreign).getString("reason")).contains("has no purchase order AE-PO-260002 from SKBA");

        // the shipment that was recorded moved the order on, as a shipment from the ship notice form would, by SKBA's EDI identity
        long orderId = array(client.get("api/purchase-orders?poNumber=AE-PO-260001", "buyer", "demo-buyer")).getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject order = object(client.get("api/purchase-orders/" + orderId, "buyer", "demo-buyer"));
        assertThat(order.getString("status")).isEqualTo("PARTIALLY_SHIPPED");
        assertThat(order.getJsonArray("history").getJsonObject(order.getJsonArray("history").size() - 1).getString("by")).isEqualTo("EDI SKBA");
        // more than the order and its contract's 5 % allow (80,000 kg ordered: 40,000 + 20,000 shipped, 30,000 more) is refused
        // as the ship notice form refuses it, nothing of it is recorded, and SKBA hears why in an 824
        HttpResponse<String> over = client.post("api/interchanges?fileName=skba-856-9074.x12",
                fromSkba("000009074", "SH", shipNotice("SKBA-SH-9074", "AE-PO-260001").replace("SN1*1*20000*KG", "SN1*1*30000*KG")),
                "skba", "demo-skba");
        assertThat(over.statusCode()).as(over.body()).isEqualTo(422);
        // an 810 under the invoice form's rules: a line the order lacks, dated before the order: refused, SKBA told why
        HttpResponse<String> badInvoice = client.post("api/interchanges?fileName=skba-810-9075.x12", fromSkba("000009075", "IN",
                invoice.replace("BIG*" + today + "*SKBA-INV-9071", "BIG*20200102*SKBA-INV-9075").replace("IT1*1*", "IT1*9*")), "skba", "demo-skba");
        assertThat(badInvoice.statusCode()).as(badInvoice.body()).isEqualTo(422);
        assertThat(object(badInvoice).getString("reason")).contains("Invoice SKBA-INV-9075 not recorded:", "Order AE-PO-260001 has no line 9",
                "The invoice date is before the order date", "refused with an 824");
        assertThat(array(client.get("api/invoices?partner=SKBA&status=EXCEPTION", "finance", "demo-finance")).stream()
                .map(i -> i.asJsonObject().getString("invoiceNumber"))).doesNotContain("SKBA-INV-9075");
        assertThat(object(over).getString("reason")).contains("Ship notice SKBA-SH-9074 not recorded: Order AE-PO-260001 Line 1:",
                "60000 kg shipped before; at most 84000 kg may ship (5 % tolerance)", "refused with an 824");
        assertThat(array(client.get("api/ship-notices?text=SKBA-SH-9074", "buyer", "demo-buyer"))).isEmpty();
        assertThat(object(client.get("api/purchase-orders/" + orderId, "buyer", "demo-buyer")).getString("status")).isEqualTo("PARTIALLY_SHIPPED");
    }

    /** SK Battery America's 810 for part of an order at a price per kg, naming the truck it bills by its bill of lading or not. */
    private static byte[] invoiceFromSkba(String controlNumber, String invoiceNumber, String kilograms, String price, String billOfLading) {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String total = new java.math.BigDecimal(kilograms).multiply(new java.math.BigDecimal(price)).movePointRight(2)
                .setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
        String set = "ST*810*0001~\nBIG*" + today + "*" + invoiceNumber + "**AE-PO-IT-3WM~\nCUR*SE*USD~\n"
                + (billOfLading == null ? "" : "REF*BM*" + billOfLading + "~\n")
                + "IT1*1*" + kilograms + "*KG*" + price + "**VP*ES-NMC-AL~\nTDS*" + total + "~\nCTT*1~\n";
        return fromSkba(controlNumber, "IN", set + "SE*" + (set.split("~").length) + "*0001~\n");
    }

    private JsonObject invoiceNamed(String invoiceNumber, String user, String password) {
        HttpResponse<String> found = client.get("api/invoices?text=" + invoiceNumber, user, password);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.headers().firstValue("X-Total-Count")).as(invoiceNumber).contains("1");
        return object(client.get("api/invoices/" + array(found).getJsonObject(0).getJsonNumber("id"), user, password));
    }

    private long receive(String shipmentId, String kilograms) {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        long id = array(client.get("api/ship-notices?text=" + shipmentId, "buyer", "demo-buyer")).getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> receipt = client.postJson("api/ship-notices/" + id + "/receipts", "{\"lotNumber\":\"LOT-" + shipmentId
                + "\",\"receivedOn\":\"" + today + "\",\"deliveryReference\":\"TRUCK-" + shipmentId + "\",\"received\":" + kilograms
                + ",\"unit\":\"kg\",\"deliveryCompleted\":true}", "buyer", "demo-buyer");
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        return object(receipt).getJsonNumber("id").longValue();
    }

    @Test
    void threeTrucksAndThreeInvoicesOverEdiEachInvoiceMatchesItsOwnTruckAndFinanceDecidesTheException() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        // 60,000 kg of electrode scrap at 3.10 USD/kg on the SKBA contract: 5 % quantity and 1 % price tolerance
        String order = "{\"poNumber\":\"AE-PO-IT-3WM\",\"sellerCode\":\"SKBA\",\"contractNumber\":\"AE-SKBA-" + today.substring(0, 4)
                + "-007\",\"orderDate\":\"" + today + "\",\"currency\":\"USD\",\"lines\":[{\"materialCode\":\"ES-NMC-AL\","
                + "\"quantity\":60000,\"unit\":\"KILOGRAM\",\"unitPrice\":3.10,\"priceUnit\":\"KILOGRAM\"}]}";
        HttpResponse<String> placed = client.postJson("api/purchase-orders", order, "buyer", "demo-buyer");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        long orderId = object(placed).getJsonNumber("id").longValue();
        assertThat(client.post("api/purchase-orders/" + orderId + "/lines/1/accept", new byte[0], "skba", "demo-skba").statusCode()).isEqualTo(200);
        // three trucks of 20,000 kg, each its own ship notice (bill of lading BOL-SKBA-3WM-n, lot LOT-SKBA-3WM-n)
        for (int truck = 1; truck <= 3; truck++) {
            HttpResponse<String> shipped = client.post("api/interchanges?fileName=skba-856-3wm-" + truck + ".x12",
                    fromSkba("00000930" + truck, "SH", shipNotice("SKBA-3WM-" + truck, "AE-PO-IT-3WM")), "skba", "demo-skba");
            assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
        }
        receive("SKBA-3WM-1", "20000");
        receive("SKBA-3WM-2", "19900");

        // the invoices come out of order; each names its truck
        for (String[] sent : List.of(new String[] {"000009313", "SKBA-3WM-INV-3", "BOL-SKBA-3WM-3"},
                new String[] {"000009311", "SKBA-3WM-INV-1", "BOL-SKBA-3WM-1"}, new String[] {"000009312", "SKBA-3WM-INV-2", "BOL-SKBA-3WM-2"})) {
            HttpResponse<String> billed = client.post("api/interchanges?fileName=" + sent[1] + ".x12",
                    invoiceFromSkba(sent[0], sent[1], "20000", "3.10", sent[2]), "skba", "demo-skba");
            assertThat(billed.statusCode()).as(billed.body()).isEqualTo(200);
            assertThat(object(billed).getString("reason")).contains("Invoice recorded: " + sent[1]);
        }
        // truck 3 has not arrived: an exception, though trucks 1 and 2 have
        JsonObject third = invoiceNamed("SKBA-3WM-INV-3", "finance", "demo-finance");
        assertThat(third.getString("status")).isEqualTo("EXCEPTION");
        assertThat(third.getJsonArray("shipmentReferences").getString(0)).isEqualTo("BOL-SKBA-3WM-3");
        assertThat(third.getJsonArray("lines").getJsonObject(0).getJsonArray("reasons").getString(0)).isEqualTo("NOT_YET_RECEIVED");
        // truck 1: matched to its own receipt and approved without a person
        JsonObject first = invoiceNamed("SKBA-3WM-INV-1", "finance", "demo-finance");
        assertThat(first.getString("status")).isEqualTo("APPROVED");
        assertThat(first.getString("matchStatus")).isEqualTo("MATCHED");
        assertThat(first.getString("decidedBy")).isEqualTo("three-way match");
        JsonObject firstLine = first.getJsonArray("lines").getJsonObject(0);
        assertThat(firstLine.getJsonArray("receipts")).singleElement()
                .satisfies(r -> assertThat(r.asJsonObject().getString("shipmentId")).isEqualTo("SKBA-3WM-1"));
        assertThat(firstLine.getJsonNumber("ordered").bigDecimalValue()).isEqualByComparingTo("60000");
        assertThat(firstLine.getJsonNumber("shipped").bigDecimalValue()).isEqualByComparingTo("60000");
        // truck 2: 20,000 kg billed, 19,900 kg received: 0.5 % short, inside the 5 %; 100 kg x 3.10 = 310.00 USD
        JsonObject second = invoiceNamed("SKBA-3WM-INV-2", "finance", "demo-finance");
        assertThat(second.getString("status")).isEqualTo("APPROVED");
        assertThat(second.getString("matchStatus")).isEqualTo("WITHIN_TOLERANCE");
        JsonObject secondLine = second.getJsonArray("lines").getJsonObject(0);
        assertThat(secondLine.getJsonNumber("matched").bigDecimalValue()).isEqualByComparingTo("19900");
        assertThat(secondLine.getJsonNumber("difference").bigDecimalValue()).isEqualByComparingTo("310.00");
        assertThat(secondLine.getJsonArray("receipts").getJsonObject(0).getString("shipmentId")).isEqualTo("SKBA-3WM-2");

        // the partner sees its own invoices and their match, another partner none of them
        assertThat(invoiceNamed("SKBA-3WM-INV-2", "skba", "demo-skba").getString("matchStatus")).isEqualTo("WITHIN_TOLERANCE");
        assertThat(client.get("api/invoices/" + second.getJsonNumber("id"), "ecopro", "demo-ecopro").statusCode()).isEqualTo(404);
        assertThat(client.get("api/invoices?text=SKBA-3WM", "ecopro", "demo-ecopro").headers().firstValue("X-Total-Count")).contains("0");

        // truck 3 arrives: the waiting invoice is matched again by itself, against truck 3
        receive("SKBA-3WM-3", "20000");
        JsonObject thirdAgain = invoiceNamed("SKBA-3WM-INV-3", "finance", "demo-finance");
        assertThat(thirdAgain.getString("status")).isEqualTo("APPROVED");
        assertThat(thirdAgain.getJsonArray("lines").getJsonObject(0).getJsonArray("receipts").getJsonObject(0).getString("shipmentId"))
                .isEqualTo("SKBA-3WM-3");

        // a fourth invoice names no truck: everything that arrived is billed, and the price is 3.50 against 3.10 (+1 %)
        HttpResponse<String> fourth = client.post("api/interchanges?fileName=SKBA-3WM-INV-4.x12",
                invoiceFromSkba("000009314", "SKBA-3WM-INV-4", "2000", "3.50", null), "skba", "demo-skba");
        assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(200);
        JsonObject exception = invoiceNamed("SKBA-3WM-INV-4", "finance", "demo-finance");
        assertThat(exception.getString("status")).isEqualTo("EXCEPTION");
        assertThat(exception.getJsonArray("lines").getJsonObject(0).getJsonArray("reasons").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("PRICE_ABOVE_CONTRACT", "OVER_INVOICED");
        HttpResponse<String> queue = client.get("api/invoices?status=EXCEPTION&partner=SKBA&from=" + today + "&to=" + today, "finance", "demo-finance");
        assertThat(array(queue).stream().map(i -> i.asJsonObject().getString("invoiceNumber"))).contains("SKBA-3WM-INV-4")
                .doesNotContain("SKBA-3WM-INV-1", "SKBA-3WM-INV-3");

        // only finance decides, always with a reason; the seller sees the dispute and why
        String path = "api/invoices/" + exception.getJsonNumber("id");
        assertThat(client.postJson(path + "/approve", "{\"reason\":\"fine\"}", "skba", "demo-skba").statusCode()).isEqualTo(403);
        assertThat(client.postJson(path + "/approve", "{\"reason\":\"fine\"}", "buyer", "demo-buyer").statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = client.postJson(path + "/approve", "{}", "finance", "demo-finance");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(object(noReason).getString("message")).contains("Give the reason");
        assertThat(client.postJson(path + "/hold", "{\"reason\":\"asking for the weighbridge tickets\"}", "finance", "demo-finance")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> disputed = client.postJson(path + "/dispute", "{\"reason\":\"3.50 USD/kg against 3.10 on contract, and nothing left to bill\"}",
                "finance", "demo-finance");
        assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
        HttpResponse<String> late = client.postJson(path + "/approve", "{\"reason\":\"on second thought\"}", "finance", "demo-finance");
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(object(late).getString("message")).contains("DISPUTED and cannot be approved");
        JsonObject seen = object(client.get(path, "skba", "demo-skba"));
        assertThat(seen.getString("status")).isEqualTo("DISPUTED");
        assertThat(seen.getString("decisionReason")).contains("3.50 USD/kg against 3.10");
        assertThat(client.get(path, "ecopro", "demo-ecopro").statusCode()).isEqualTo(404);
        // and over EDI: an 824 rejecting the invoice, with the reason
        JsonObject advice = onlyInterchange("824-SKBA-3WM-INV-4", "skba", "demo-skba");
        assertThat(advice.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(client.get("api/interchanges/" + advice.getJsonNumber("id") + "/content", "skba", "demo-skba").body())
                .contains("GS*AG*", "ST*824*", "BGN*00*DISPUTE-SKBA-3WM-INV-4*", "OTI*TR*IV*SKBA-3WM-INV-4*******810",
                        "TED*ZZZ*Disputed 3.50 USD/kg against 3.10 on contract");
        assertThat(client.get("api/interchanges?fileName=824-SKBA-3WM-INV-4", "ecopro", "demo-ecopro").headers()
                .firstValue("X-Total-Count")).contains("0");

        // the same invoice again under another number (same order, date and total) is caught as a duplicate
        client.post("api/interchanges?fileName=SKBA-3WM-INV-1B.x12", invoiceFromSkba("000009315", "SKBA-3WM-INV-1B", "20000", "3.10",
                "BOL-SKBA-3WM-1"), "skba", "demo-skba");
        assertThat(invoiceNamed("SKBA-3WM-INV-1B", "finance", "demo-finance").getJsonArray("lines").getJsonObject(0).getJsonArray("reasons")
                .getValuesAs(jakarta.json.JsonString::getString)).contains("DUPLICATE_INVOICE");

        // the reconciliation of SKBA for today: 60,000 kg ordered and shipped, 59,900 kg received; 82,000 kg invoiced
        // (three trucks, the disputed 2,000 kg and the duplicate), 60,000 kg of it approved = 186,000.00 USD;
        // invoiced beyond what arrived: 82,000 - 59,900 = 22,100 kg x 3.10 = 68,510.00 USD
        String reconciliation = "api/reconciliation?partner=SKBA&from=" + today + "&to=" + today;
        HttpResponse<String> figures = client.get(reconciliation, "finance", "demo-finance");
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        JsonObject line = object(figures).getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("poNumber").equals("AE-PO-IT-3WM")).findFirst().orElseThrow();
        assertThat(line.getString("side")).isEqualTo("PAYABLE");
        assertThat(line.getJsonNumber("ordered").bigDecimalValue()).isEqualByComparingTo("60000");
        assertThat(line.getJsonNumber("shipped").bigDecimalValue()).isEqualByComparingTo("60000");
        assertThat(line.getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("59900");
        assertThat(line.getJsonNumber("invoiced").bigDecimalValue()).isEqualByComparingTo("82000");
        assertThat(line.getJsonNumber("approved").bigDecimalValue()).isEqualByComparingTo("60000");
        assertThat(line.getJsonNumber("approvedAmount").bigDecimalValue()).isEqualByComparingTo("186000.00");
        assertThat(line.getJsonNumber("invoicedNotReceivedAmount").bigDecimalValue()).isEqualByComparingTo("68510.00");
        assertThat(line.getJsonNumber("accrual").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(object(figures).getJsonArray("waiting").stream().map(w -> w.asJsonObject().getString("invoiceNumber")))
                .contains("SKBA-3WM-INV-4", "SKBA-3WM-INV-1B");
        // the lines come a page at a time (here the last 30 days: the demo orders too); the totals cover them all
        String month = reconciliation.replace("from=" + today, "from=" + java.time.LocalDate.parse(today).minusDays(30));
        JsonObject whole = object(client.get(month, "finance", "demo-finance"));
        HttpResponse<String> paged = client.get(month + "&first=1&max=1", "finance", "demo-finance");
        int lineCount = whole.getInt("lineCount");
        assertThat(lineCount).isGreaterThanOrEqualTo(3).isEqualTo(whole.getJsonArray("lines").size());
        assertThat(object(paged).getJsonArray("lines")).containsExactly(whole.getJsonArray("lines").get(1));
        assertThat(object(paged).getInt("lineCount")).isEqualTo(lineCount);
        assertThat(paged.headers().firstValue("X-Total-Count")).contains(String.valueOf(lineCount));
        assertThat(object(paged).getJsonArray("totals")).isEqualTo(whole.getJsonArray("totals"));
        assertThat(client.get(reconciliation + "&max=501", "finance", "demo-finance").statusCode()).isEqualTo(400);
        // the supplier sees its own reconciliation, never another partner's
        assertThat(client.get(reconciliation, "skba", "demo-skba").statusCode()).isEqualTo(200);
        assertThat(client.get(reconciliation, "ecopro", "demo-ecopro").statusCode()).isEqualTo(404);
        assertThat(client.get(reconciliation.replace("to=" + today, "to=2000-01-01"), "finance", "demo-finance").statusCode()).isEqualTo(400);
        // the downloads: an Excel workbook with the figures as numbers, and a PDF
        HttpResponse<byte[]> excel = client.getBytes(reconciliation + "&format=xlsx", "finance", "demo-finance");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(excel.body()))) {
            org.apache.poi.ss.usermodel.Row row = java.util.stream.StreamSupport.stream(book.getSheet("Reconciliation").spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "AE-PO-IT-3WM".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(59900.0);   // received
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(82000.0);   // invoiced
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        HttpResponse<byte[]> pdf = client.getBytes(reconciliation + "&format=pdf", "finance", "demo-finance");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void filesDroppedInAPartnersFolderAreTakenAsThatPartnersFiles() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(System.getenv("PORTAL_INBOUND_FOLDER"));
        java.nio.file.Path ecopro = java.nio.file.Files.createDirectories(root.resolve("ECOPRO"));
        java.nio.file.Path skba = java.nio.file.Files.createDirectories(root.resolve("SKBA"));
        java.nio.file.Files.write(ecopro.resolve("eco-folder-9080.x12"), purchaseOrderFrom("ECOPROBMUS", "000009080", "ECO-4500099080"));
        java.nio.file.Files.write(skba.resolve("forged-folder-9081.x12"), purchaseOrderFrom("ECOPROBMUS", "000009081", "ECO-4500099081"));
        java.nio.file.Files.write(ecopro.resolve("garbage-folder.bin"), new byte[] {0, 1, 2, (byte) 0xff});

        JsonObject taken = eventually("api/interchanges?fileName=eco-folder-9080.x12&status=PROCESSED");
        assertThat(taken.getString("transport")).isEqualTo("FOLDER");
        JsonObject forged = eventually("api/interchanges?fileName=forged-folder-9081.x12&status=REJECTED");
        assertThat(forged.getString("statusReason")).contains("who handed it in");
        JsonObject garbage = eventually("api/interchanges?fileName=garbage-folder.bin&status=REJECTED");
        assertThat(garbage.getString("statusReason")).startsWith("No X12 interchange in the file");
        assertThat(garbage.getJsonNumber("sizeBytes").longValue()).isEqualTo(4);
        assertThat(java.nio.file.Files.exists(ecopro.resolve("eco-folder-9080.x12"))).isFalse();
        try (var archived = java.nio.file.Files.list(ecopro.resolve("archive"))) {
            assertThat(archived.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-eco-folder-9080.x12"));
        }
    }

    /** The first interchange the search finds within 30 s. */
    private JsonObject eventually(String search) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            var found = array(client.get(search, "admin", "demo-admin"));
            if (!found.isEmpty()) {
                return found.getJsonObject(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Nothing found in 30 s: " + search);
    }

    @Test
    void aFileHandedInForLaterIsProcessedByTheQueue() throws InterruptedException {
        HttpResponse<String> queued = client.post("api/interchanges?async=true&fileName=eco-9040.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009040", "ECO-4500099040"), "ecopro", "demo-ecopro");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        long id = object(queued).getJsonNumber("interchangeId").longValue();
        assertThat(queued.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("interchanges/" + id));

        assertThat(statusOnceHandled(id)).isEqualTo("PROCESSED");

        // a broken file handed in for later is kept and refused by the queue, with its reason
        HttpResponse<String> broken = client.post("api/interchanges?async=true&fileName=broken-later.bin", new byte[] {'x', 0},
                "ecopro", "demo-ecopro");
        assertThat(broken.statusCode()).isEqualTo(202);
        long brokenId = object(broken).getJsonNumber("interchangeId").longValue();
        assertThat(statusOnceHandled(brokenId)).isEqualTo("REJECTED");
        assertThat(object(client.get("api/interchanges/" + brokenId, "admin", "demo-admin")).getString("statusReason"))
                .startsWith("No X12 interchange in the file");
        assertThat(array(client.get("api/purchase-orders?max=100", "ecopro", "demo-ecopro")).stream()
                .filter(o -> o.asJsonObject().getString("poNumber").equals("ECO-4500099040"))).hasSize(1);
    }

    @Test
    void staffReprocessAFileThatFailedButNeverOneAlreadyApplied() throws InterruptedException {
        // addressed to an interchange ID nobody has: rejected, and kept
        byte[] unknownReceiver = new String(purchaseOrderFrom("ECOPROBMUS", "000009050", "ECO-4500099050"),
                java.nio.charset.StandardCharsets.US_ASCII).replace("ASCENDELEMENTS ", "NOBODYATALL    ")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> rejected = client.post("api/interchanges?fileName=eco-9050.x12", unknownReceiver, "ecopro", "demo-ecopro");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        long id = object(rejected).getJsonNumber("interchangeId").longValue();

        assertThat(client.post("api/interchanges/" + id + "/reprocess", new byte[0], "ecopro", "demo-ecopro").statusCode()).isEqualTo(403);
        assertThat(client.post("api/interchanges/" + id + "/reprocess", new byte[0], "finance", "demo-finance").statusCode()).isEqualTo(403);
        HttpResponse<String> again = client.post("api/interchanges/" + id + "/reprocess", new byte[0], "buyer", "demo-buyer");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(statusOnceHandled(id)).isEqualTo("REJECTED");
        assertThat(object(client.get("api/interchanges/" + id, "buyer", "demo-buyer")).getString("statusReason")).contains("Wrong receiver");
        // every state change is kept: who, when, what
        List<String> history = array(client.get("api/interchanges/" + id + "/history", "buyer", "demo-buyer")).stream()
                .map(h -> h.asJsonObject().getString("by") + " " + h.asJsonObject().getString("action")).toList();
        assertThat(history).containsSubsequence("ecopro INTERCHANGE_RECEIVED", "ecopro INTERCHANGE_REJECTED",
                "buyer INTERCHANGE_REPROCESS", "system INTERCHANGE_REJECTED");
        assertThat(client.get("api/interchanges/" + id + "/history", "skba", "demo-skba").statusCode()).isEqualTo(404);

        HttpResponse<String> processed = client.post("api/interchanges?fileName=eco-9051.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009051", "ECO-4500099051"), "ecopro", "demo-ecopro");
        long processedId = object(processed).getJsonNumber("interchangeId").longValue();
        HttpResponse<String> refused = client.post("api/interchanges/" + processedId + "/reprocess", new byte[0], "admin", "demo-admin");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getString("message")).contains("never one already applied");
    }

    @Test
    void partnersSystemsUseRotatableApiTokensThatOnlyAdministratorsIssue() {
        assertThat(client.post("api/users/ecopro/tokens?label=erp", new byte[0], "buyer", "demo-buyer").statusCode()).isEqualTo(403);
        assertThat(client.post("api/users/ecopro/tokens?label=erp", new byte[0], "ecopro", "demo-ecopro").statusCode()).isEqualTo(403);
        HttpResponse<String> issued = client.post("api/users/ecopro/tokens?label=erp", new byte[0], "admin", "demo-admin");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = object(issued).getString("token");

        HttpResponse<String> upload = client.postWithToken("api/interchanges?fileName=eco-9060.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009060", "ECO-4500099060"), token);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(object(upload).getString("status")).isEqualTo("PROCESSED");
        // the token acts as its user: a partner user, restricted to its own company
        assertThat(client.postWithToken("api/interchanges?fileName=forged-9061.x12",
                purchaseOrderFrom("PIEDMONTCELL", "000009061", "PIED-9061"), token).statusCode()).isEqualTo(422);
        assertThat(client.get("api/users/ecopro/tokens", "admin", "demo-admin").body()).doesNotContain(token);

        HttpResponse<String> rotated = client.post("api/users/ecopro/tokens?label=erp-2&rotate=true", new byte[0], "admin", "demo-admin");
        String newToken = object(rotated).getString("token");
        assertThat(client.postWithToken("api/interchanges", new byte[] {'x'}, token).statusCode()).isEqualTo(401);
        assertThat(client.postWithToken("api/interchanges", new byte[] {'x'}, newToken).statusCode()).isEqualTo(422);
        assertThat(client.postWithToken("api/interchanges", new byte[] {'x'}, "bmp_forged").statusCode()).isEqualTo(401);

        long id = object(rotated).getJsonNumber("id").longValue();
        assertThat(client.delete("api/users/skba/tokens/" + id, "admin", "demo-admin").statusCode()).isEqualTo(404);
        assertThat(client.delete("api/users/ecopro/tokens/" + id, "admin", "demo-admin").statusCode()).isEqualTo(204);
        assertThat(client.postWithToken("api/interchanges", new byte[] {'x'}, newToken).statusCode()).isEqualTo(401);

        // a token given an expiry says when, and works until then; an expiry outside 1..730 days is refused
        HttpResponse<String> expiring = client.post("api/users/ecopro/tokens?label=erp-3&expiresInDays=30", new byte[0], "admin", "demo-admin");
        assertThat(expiring.statusCode()).isEqualTo(201);
        java.time.Instant expires = java.time.Instant.parse(object(expiring).getString("expiresAt"));
        assertThat(expires).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(29)), java.time.Instant.now().plus(java.time.Duration.ofDays(31)));
        assertThat(client.postWithToken("api/interchanges", new byte[] {'x'}, object(expiring).getString("token")).statusCode()).isEqualTo(422);
        assertThat(client.get("api/users/ecopro/tokens", "admin", "demo-admin").body()).contains("\"expiresAt\":\"");
        HttpResponse<String> never = client.post("api/users/ecopro/tokens?label=erp-4&expiresInDays=0", new byte[0], "admin", "demo-admin");
        assertThat(never.statusCode()).isEqualTo(400);
        assertThat(object(never).getString("message")).isEqualTo("A token expires after 1 to 730 days, or not at all");
    }

    @Test
    void procurementPlacesAnOrderWithASupplierWithoutEdiWhoAnswersShipsAndInvoicesItInThePortal() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String order = "{\"poNumber\":\"AE-PO-IT-3001\",\"sellerCode\":\"PIEDMONT\",\"orderDate\":\"" + today + "\",\"currency\":\"USD\","
                + "\"lines\":[{\"materialCode\":\"EOL-LIB-EV\",\"quantity\":10,\"unit\":\"METRIC_TON\",\"unitPrice\":0.85,"
                + "\"priceUnit\":\"KILOGRAM\"}]}";
        // only procurement places orders, and a form with problems is refused with its reasons
        assertThat(client.postJson("api/purchase-orders", order, "piedmont", "demo-piedmont").statusCode()).isEqualTo(403);
        assertThat(client.postJson("api/purchase-orders", order, "finance", "demo-finance").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = client.postJson("api/purchase-orders", order.replace("PIEDMONT", "ECOPRO").replace(":10,", ":-1,"),
                "buyer", "demo-buyer");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getString("message")).contains("Choose the supplier", "The quantity must be more than zero");

        HttpResponse<String> placed = client.postJson("api/purchase-orders", order, "buyer", "demo-buyer");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        long id = object(placed).getJsonNumber("id").longValue();
        assertThat(object(placed).getString("buyer")).isEqualTo("ASCEND");
        assertThat(client.postJson("api/purchase-orders", order, "buyer", "demo-buyer").statusCode()).as("the PO number is taken").isEqualTo(400);
        JsonObject sent850 = onlyInterchange("850-AE-PO-IT-3001", "buyer", "demo-buyer");
        assertThat(sent850.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(sent850.getString("status")).isEqualTo("READY");
        assertThat(sent850.getString("statusReason")).contains("collects it in the portal");
        assertThat(client.get("api/interchanges/" + sent850.getJsonNumber("id") + "/content", "piedmont", "demo-piedmont").body())
                .contains("BEG*00*SA*AE-PO-IT-3001", "PO1*1*10000*KG*0.85**VP*EOL-LIB-EV");

        // nothing ships before the supplier has answered the order
        String shipment = shipment(client.get("api/purchase-orders/" + id + "/ship-notice-draft", "piedmont", "demo-piedmont"), "PCW-SH-3001", "10");
        HttpResponse<String> tooEarly = client.postJson("api/purchase-orders/" + id + "/ship-notices", shipment, "piedmont", "demo-piedmont");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(object(tooEarly).getString("message")).contains("answer its lines before shipping");
        assertThat(client.post("api/purchase-orders/" + id + "/lines/1/accept", new byte[0], "piedmont", "demo-piedmont").statusCode()).isEqualTo(200);

        // only the seller ships: another supplier, the customer and staff (the hub is the buyer here) are told there is no such order
        for (String[] other : List.of(new String[] {"skba", "demo-skba"}, new String[] {"ecopro", "demo-ecopro"}, new String[] {"buyer", "demo-buyer"})) {
            assertThat(client.get("api/purchase-orders/" + id + "/ship-notice-draft", other[0], other[1]).statusCode()).as(other[0]).isEqualTo(404);
            assertThat(client.postJson("api/purchase-orders/" + id + "/ship-notices", shipment, other[0], other[1]).statusCode()).as(other[0]).isEqualTo(404);
            assertThat(client.postJson("api/purchase-orders/" + id + "/invoices", "{}", other[0], other[1]).statusCode()).as(other[0]).isEqualTo(404);
        }
        assertThat(client.get("api/purchase-orders/" + id + "/ship-notice-draft", "finance", "demo-finance").statusCode()).isEqualTo(403);

        JsonObject draft = object(client.get("api/purchase-orders/" + id + "/ship-notice-draft", "piedmont", "demo-piedmont"));
        JsonObject lot = draft.getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getString("poLineNumber")).isEqualTo("1");
        assertThat(lot.getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(lot.getString("unNumber")).isEqualTo("UN3480");  // from the material
        HttpResponse<String> tooMuch = client.postJson("api/purchase-orders/" + id + "/ship-notices",
                shipment(client.get("api/purchase-orders/" + id + "/ship-notice-draft", "piedmont", "demo-piedmont"), "PCW-SH-3001", "10.5"),
                "piedmont", "demo-piedmont");
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(object(tooMuch).getString("message")).contains("Line 1: 10 t ordered", "at most 10 t may ship");

        HttpResponse<String> shipped = client.postJson("api/purchase-orders/" + id + "/ship-notices", shipment, "piedmont", "demo-piedmont");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
        assertThat(object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer")).getString("status")).isEqualTo("SHIPPED");
        JsonObject received856 = onlyInterchange("856-PCW-SH-3001", "piedmont", "demo-piedmont");
        assertThat(received856.getString("direction")).isEqualTo("INBOUND");
        assertThat(received856.getString("transport")).isEqualTo("WEB_EDI");
        assertThat(received856.getString("status")).isEqualTo("PROCESSED");
        assertThat(client.get("api/interchanges/" + received856.getJsonNumber("id") + "/content", "buyer", "demo-buyer").body())
                .contains("*ZZ*PIEDMONTCELL", "BSN*00*PCW-SH-3001", "HL*1**S*1", "TD5*O*2*SAIA*M", "REF*BM*PCW-BOL-3001",
                        "PRF*AE-PO-IT-3001", "REF*LT*PCW-LOT-1", "LH1*PK*20*UN3480", "SN1**10*MT");

        JsonObject invoiceDraft = object(client.get("api/purchase-orders/" + id + "/invoice-draft", "piedmont", "demo-piedmont"));
        assertThat(invoiceDraft.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("10");
        String invoice = "{\"invoiceNumber\":\"PCW-INV-3001\",\"invoiceDate\":\"" + today + "\",\"type\":\"COMMERCIAL\","
                + "\"lines\":[{\"poLineNumber\":\"1\",\"quantity\":10,\"unitPrice\":0.85}]}";
        assertThat(client.postJson("api/purchase-orders/" + id + "/invoices", invoice, "skba", "demo-skba").statusCode()).isEqualTo(404);
        HttpResponse<String> invoiced = client.postJson("api/purchase-orders/" + id + "/invoices", invoice, "piedmont", "demo-piedmont");
        assertThat(invoiced.statusCode()).as(invoiced.body()).isEqualTo(201);
        assertThat(object(invoiced).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("8500");
        HttpResponse<String> again = client.postJson("api/purchase-orders/" + id + "/invoices", invoice.replace(":10,", ":0.1,"),
                "piedmont", "demo-piedmont");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(object(again).getString("message")).contains("Invoice number PCW-INV-3001 has been used before");
        JsonObject received810 = onlyInterchange("810-PCW-INV-3001", "buyer", "demo-buyer");
        assertThat(received810.getString("direction")).isEqualTo("INBOUND");
        assertThat(received810.getString("status")).isEqualTo("PROCESSED");
        assertThat(client.get("api/interchanges/" + received810.getJsonNumber("id") + "/content", "buyer", "demo-buyer").body())
                .contains("BIG*" + today.replace("-", "") + "*PCW-INV-3001*", "*AE-PO-IT-3001", "IT1*1*10000*KG*0.85**VP*EOL-LIB-EV", "TDS*850000");
        assertThat(object(client.get("api/purchase-orders/" + id, "buyer", "demo-buyer")).getString("status")).isEqualTo("INVOICED");
        // the order's EDI documents: our 850, and the supplier's 855, 856 and 810
        assertThat(array(client.get("api/interchanges?poNumber=AE-PO-IT-3001", "piedmont", "demo-piedmont")).stream()
                .map(i -> i.asJsonObject().getString("fileName").substring(0, 3))).containsExactlyInAnyOrder("850", "855");
    }

    @Test
    void procurementShipsAndInvoicesWhatTheHubSellsAndTheDocumentsGoOutWaitingForTheCustomers997() {
        HttpResponse<String> received = client.post("api/interchanges?fileName=ECO-4500099070.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009070", "ECO-4500099070"), "ecopro", "demo-ecopro");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        long id = array(client.get("api/purchase-orders?poNumber=ECO-4500099070", "buyer", "demo-buyer")).getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (String line : List.of("1", "2")) {
            assertThat(client.post("api/purchase-orders/" + id + "/lines/" + line + "/accept", new byte[0], "buyer", "demo-buyer").statusCode())
                    .isEqualTo(200);
        }
        JsonObject draft = object(client.get("api/purchase-orders/" + id + "/ship-notice-draft", "buyer", "demo-buyer"));
        assertThat(draft.getJsonArray("lots")).hasSize(2);
        String shipment = shipment(client.get("api/purchase-orders/" + id + "/ship-notice-draft", "buyer", "demo-buyer"), "AE-SH-9070", "12000");
        // the customer does not ship its own order
        assertThat(client.postJson("api/purchase-orders/" + id + "/ship-notices", shipment, "ecopro", "demo-ecopro").statusCode()).isEqualTo(404);
        HttpResponse<String> shipped = client.postJson("api/purchase-orders/" + id + "/ship-notices", shipment, "buyer", "demo-buyer");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
        assertThat(object(client.get("api/purchase-orders/" + id, "ecopro", "demo-ecopro")).getString("status")).isEqualTo("PARTIALLY_SHIPPED");

        JsonObject sent856 = onlyInterchange("856-AE-SH-9070", "ecopro", "demo-ecopro");
        assertThat(sent856.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(sent856.getString("status")).as("written for EcoPro, its delivery is up to EcoPro's transport").isNotIn("PROCESSED", "RECEIVED");
        JsonObject group = object(client.get("api/interchanges/" + sent856.getJsonNumber("id"), "buyer", "demo-buyer")).getJsonArray("groups").getJsonObject(0);
        assertThat(group.getString("functionalId")).isEqualTo("SH");
        assertThat(group.getString("acknowledgment")).isEqualTo("WAITING");
        assertThat(client.get("api/interchanges/" + sent856.getJsonNumber("id") + "/content", "ecopro", "demo-ecopro").body())
                .contains("*ZZ*ASCENDELEMENTS", "*ZZ*ECOPROBMUS", "BSN*00*AE-SH-9070", "PRF*ECO-4500099070", "SN1**12000*KG");

        JsonObject invoiceDraft = object(client.get("api/purchase-orders/" + id + "/invoice-draft", "buyer", "demo-buyer"));
        assertThat(invoiceDraft.getJsonArray("lines").stream().map(l -> l.asJsonObject().getJsonNumber("quantity").bigDecimalValue().toPlainString()))
                .as("what shipped, not what was ordered").containsExactly("12000", "0");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        HttpResponse<String> invoiced = client.postJson("api/purchase-orders/" + id + "/invoices", "{\"invoiceNumber\":\"AE-INV-9070\","
                + "\"invoiceDate\":\"" + today + "\",\"type\":\"PROVISIONAL\",\"lines\":[{\"poLineNumber\":\"1\",\"quantity\":12000,"
                + "\"unitPrice\":28.5},{\"poLineNumber\":\"2\",\"quantity\":0,\"unitPrice\":28500}]}", "buyer", "demo-buyer");
        assertThat(invoiced.statusCode()).as(invoiced.body()).isEqualTo(201);
        JsonObject sent810 = onlyInterchange("810-AE-INV-9070", "buyer", "demo-buyer");
        assertThat(sent810.getString("direction")).isEqualTo("OUTBOUND");
        assertThat(object(client.get("api/interchanges/" + sent810.getJsonNumber("id"), "buyer", "demo-buyer")).getJsonArray("groups")
                .getJsonObject(0).getString("functionalId")).isEqualTo("IN");
        assertThat(client.get("api/interchanges/" + sent810.getJsonNumber("id") + "/content", "buyer", "demo-buyer").body())
                .contains("REF*ZZ*PROVISIONAL", "IT1*1*12000*KG*28.5", "TDS*34200000");
    }

    /**
     * EcoPro's 861 for what the hub shipped it: every receipt of the advice is recorded, or none with the reason; only
     * the shipment's receiver may report on it.
     */
    @Test
    void aCustomersReceivingAdviceRecordsWhatArrivedOfTheHubsShipmentOrIsRefusedWithItsReason() {
        HttpResponse<String> ordered = client.post("api/interchanges?fileName=ECO-4500099861.x12",
                purchaseOrderFrom("ECOPROBMUS", "000009861", "ECO-4500099861"), "ecopro", "demo-ecopro");
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(200);
        long orderId = array(client.get("api/purchase-orders?poNumber=ECO-4500099861", "buyer", "demo-buyer")).getJsonObject(0)
                .getJsonNumber("id").longValue();
        for (String line : List.of("1", "2")) {
            assertThat(client.post("api/purchase-orders/" + orderId + "/lines/" + line + "/accept", new byte[0], "buyer", "demo-buyer")
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> shipped = client.postJson("api/purchase-orders/" + orderId + "/ship-notices",
                shipment(client.get("api/purchase-orders/" + orderId + "/ship-notice-draft", "buyer", "demo-buyer"), "AE-SH-9861", "12000"),
                "buyer", "demo-buyer");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
        long noticeId = array(client.get("api/ship-notices?text=AE-SH-9861", "buyer", "demo-buyer")).getJsonObject(0).getJsonNumber("id").longValue();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "");

        // a lot that is not on the shipment: the advice is refused whole, with the reason, and nothing is recorded
        JsonObject wrongLot = object(client.post("api/interchanges?fileName=eco-861-wrong-lot.x12",
                receivingAdvice("ECOPROBMUS", "000009862", "ECO-GR-000009862", "AE-SH-9861", "PCW-LOT-9", today), "ecopro", "demo-ecopro"));
        assertThat(wrongLot.getString("status")).isEqualTo("FAILED");
        assertThat(wrongLot.getString("reason")).contains("861 ECO-GR-000009862 for shipment AE-SH-9861 not applied",
                "Lot PCW-LOT-9 is not on ship notice AE-SH-9861", "refused with an 824");
        assertThat(client.get("api/interchanges/" + onlyInterchange("824-861-ECO-GR-000009862", "ecopro", "demo-ecopro").getJsonNumber("id")
                + "/content", "ecopro", "demo-ecopro").body()).contains("OTI*TR*RV*ECO-GR-000009862*****9862*0001*861", "TED*ZZZ*861 ECO-GR");
        // a partner that did not receive the shipment cannot report on it: for it, the shipment does not exist
        JsonObject notItsShipment = object(client.post("api/interchanges?fileName=skba-861.x12",
                receivingAdvice("080231617", "000009863", "ECO-GR-000009863", "AE-SH-9861", "PCW-LOT-1", today), "skba", "demo-skba"));
        assertThat(notItsShipment.getString("status")).isEqualTo("FAILED");
        assertThat(notItsShipment.getString("reason")).contains("no shipment AE-SH-9861 from Ascend Elements");
        assertThat(object(client.get("api/ship-notices/" + noticeId, "buyer", "demo-buyer")).getJsonArray("receipts")).isEmpty();

        // 11,800 kg accepted and 200 kg rejected (RCD06-08: 200 KG, 08) of the 12,000 kg shipped
        JsonObject applied = object(client.post("api/interchanges?fileName=eco-861.x12",
                receivingAdvice("ECOPROBMUS", "000009864", "ECO-GR-000009864", "AE-SH-9861", "PCW-LOT-1", today), "ecopro", "demo-ecopro"));
        assertThat(applied.getString("status")).as(applied.toString()).isEqualTo("PROCESSED");
        assertThat(applied.getString("reason")).contains("861 ECO-GR-000009864 for shipment AE-SH-9861 applied: 1 receipt(s)");
        JsonObject notice = object(client.get("api/ship-notices/" + noticeId, "ecopro", "demo-ecopro"));
        assertThat(notice.getString("status")).isEqualTo("RECEIVED_WITH_DISCREPANCY");
        JsonObject receipt = notice.getJsonArray("receipts").getJsonObject(0);
        assertThat(receipt.getString("receivedBy")).isEqualTo("EDI ECOPRO");
        assertThat(receipt.getString("rejectionReason")).isEqualTo("Contaminated drums");
        assertThat(notice.getJsonArray("items").getJsonObject(0).getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("11800");
        assertThat(notice.getJsonArray("items").getJsonObject(0).getJsonNumber("rejected").bigDecimalValue()).isEqualByComparingTo("200");

        // the same advice in another file (a new ISA13) is not counted twice
        JsonObject again = object(client.post("api/interchanges?fileName=eco-861-again.x12",
                receivingAdvice("ECOPROBMUS", "000009865", "ECO-GR-000009864", "AE-SH-9861", "PCW-LOT-1", today), "ecopro", "demo-ecopro"));
        assertThat(again.getString("status")).isEqualTo("FAILED");
        assertThat(again.getString("reason")).contains("Receiving advice ECO-GR-000009864 was recorded on shipment AE-SH-9861 already");
        assertThat(object(client.get("api/ship-notices/" + noticeId, "buyer", "demo-buyer")).getJsonArray("receipts")).hasSize(1);
    }

    /** An 861 from {@code senderId}: one RCD for the lot, 11,800 kg received and 200 kg rejected with the reason. */
    private static byte[] receivingAdvice(String senderId, String controlNumber, String advice, String shipmentId, String lot, String day) {
        // SK Battery America's interchange id is its DUNS number (qualifier 01)
        String isa = String.format("ISA*00*          *00*          *%s*%-15s*ZZ*%-15s*261128*1015*U*00401*%s*0*P*>~",
                senderId.chars().allMatch(Character::isDigit) ? "01" : "ZZ", senderId, "ASCENDELEMENTS", controlNumber);
        int group = Integer.parseInt(controlNumber);
        return (isa + "\nGS*RC*ECOPRO*ASCENDEL*20261128*1015*" + group + "*X*004010~\n"
                + "ST*861*0001~\nBRA*" + advice + "*" + day + "*00*1~\nREF*SI*" + shipmentId + "~\nDTM*050*" + day + "~\n"
                + "RCD*1*11800*KG***200*KG*08~\nLIN*1*VP*CAM-NMC811*LT*" + lot + "~\nREF*ZZ**Contaminated drums~\n"
                + "CTT*1*11800~\nSE*9*0001~\nGE*1*" + group + "~\nIEA*1*" + controlNumber + "~\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A ship notice from a prefilled draft: one lot for its first line, with carrier, bill of lading and weights. */
    @Test
    void theReceiverRecordsWhatArrivedPerLotOnEachTruckAndOnlyTheReceiverMay() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String order = "{\"poNumber\":\"AE-PO-IT-RCPT\",\"sellerCode\":\"PIEDMONT\",\"orderDate\":\"" + today + "\",\"currency\":\"USD\","
                + "\"lines\":[{\"materialCode\":\"EOL-LIB-EV\",\"quantity\":10,\"unit\":\"METRIC_TON\",\"unitPrice\":0.85,"
                + "\"priceUnit\":\"KILOGRAM\"}]}";
        HttpResponse<String> placed = client.postJson("api/purchase-orders", order, "buyer", "demo-buyer");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        long orderId = object(placed).getJsonNumber("id").longValue();
        assertThat(client.post("api/purchase-orders/" + orderId + "/lines/1/accept", new byte[0], "piedmont", "demo-piedmont").statusCode()).isEqualTo(200);
        HttpResponse<String> shipped = client.postJson("api/purchase-orders/" + orderId + "/ship-notices",
                shipment(client.get("api/purchase-orders/" + orderId + "/ship-notice-draft", "piedmont", "demo-piedmont"), "PCW-SH-RCPT", "10"),
                "piedmont", "demo-piedmont");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
        HttpResponse<String> found = client.get("api/ship-notices?text=PCW-SH-RCPT", "buyer", "demo-buyer");
        assertThat(found.headers().firstValue("X-Total-Count")).contains("1");
        long id = array(found).getJsonObject(0).getJsonNumber("id").longValue();
        String path = "api/ship-notices/" + id + "/receipts";

        // only the receiver records receipts: the shipper and other partners are told there is no such ship notice, finance may not
        String truck1 = "{\"lotNumber\":\"PCW-LOT-1\",\"receivedOn\":\"" + today + "\",\"deliveryReference\":\"TRUCK-1\","
                + "\"received\":6,\"unit\":\"t\",\"wetWeight\":6.2,\"weightUnit\":\"t\",\"moisturePercent\":3.2}";
        assertThat(client.postJson(path, truck1, "piedmont", "demo-piedmont").statusCode()).isEqualTo(404);
        assertThat(client.postJson(path, truck1, "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(client.get("api/ship-notices/" + id, "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(client.postJson(path, truck1, "finance", "demo-finance").statusCode()).isEqualTo(403);
        // bad receipts are refused with their reason and leave nothing behind
        for (String[] bad : List.of(new String[] {truck1.replace("3.2}", "100}"), "below 100 %"},
                new String[] {truck1.replace("PCW-LOT-1", "PCW-LOT-9"), "not on ship notice PCW-SH-RCPT"},
                new String[] {truck1.replace("\"received\":6", "\"received\":-6"), "cannot be negative"},
                new String[] {truck1.replace("\"moisturePercent\":3.2", "\"dryWeight\":6.5"), "above the wet weight"},
                new String[] {truck1.replace("\"unit\":\"t\"", "\"unit\":\"bags\""), "unit bags is not one of"})) {
            HttpResponse<String> refused = client.postJson(path, bad[0], "buyer", "demo-buyer");
            assertThat(refused.statusCode()).as(bad[1]).isEqualTo(400);
            assertThat(object(refused).getString("message")).contains(bad[1]);
        }
        assertThat(object(client.get("api/ship-notices/" + id, "buyer", "demo-buyer")).getJsonArray("receipts")).isEmpty();

        HttpResponse<String> first = client.postJson(path, truck1, "buyer", "demo-buyer");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        // 6.2 t wet at 3.2 % moisture: 6.2 x 0.968 = 6.0016 t dry
        assertThat(object(first).getJsonNumber("dryWeight").bigDecimalValue()).isEqualByComparingTo("6.0016");
        assertThat(object(client.get("api/ship-notices/" + id, "buyer", "demo-buyer")).getString("status")).isEqualTo("PARTIALLY_RECEIVED");
        String truck2 = "{\"lotNumber\":\"PCW-LOT-1\",\"poLineNumber\":\"1\",\"receivedOn\":\"" + today + "\",\"deliveryReference\":\"TRUCK-2\","
                + "\"received\":3900,\"rejected\":100,\"unit\":\"kg\",\"rejectionReason\":\"swollen cells\",\"deliveryCompleted\":true}";
        // Piedmont's profile asks for 861s from now on: the second truck's receipt goes out as one, for Piedmont's eyes only
        String acknowledgments = "{\"sendAcknowledgments\":true,\"expectAcknowledgments\":true,\"windowHours\":24,"
                + "\"reusedControlNumbers\":\"REJECT\",\"sendReceivingAdvice\":true}";
        try {
            HttpResponse<String> asked = client.put("api/partners/PIEDMONT/acknowledgments", acknowledgments, "admin", "demo-admin");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
            assertThat(object(asked).getJsonObject("acknowledgments").getBoolean("sendReceivingAdvice")).isTrue();
            assertThat(client.postJson(path, truck2, "buyer", "demo-buyer").statusCode()).isEqualTo(201);
        } finally {
            client.put("api/partners/PIEDMONT/acknowledgments", acknowledgments.replace("\"sendReceivingAdvice\":true", "\"sendReceivingAdvice\":false"),
                    "admin", "demo-admin");
        }
        JsonObject advice = onlyInterchange("861-RCV-", "piedmont", "demo-piedmont");
        assertThat(advice.getString("direction")).isEqualTo("OUTBOUND");
        // 3,900 kg received and 100 kg rejected, in the item's unit: 3.9 t and 0.1 t
        assertThat(client.get("api/interchanges/" + advice.getJsonNumber("id") + "/content", "piedmont", "demo-piedmont").body())
                .contains("GS*RC*", "ST*861*", "REF*SI*PCW-SH-RCPT", "PRF*AE-PO-IT-RCPT", "RCD*1*3.9*MT***0.1*MT*08",
                        "LIN*1*VP*EOL-LIB-EV*LT*PCW-LOT-1", "REF*BM*TRUCK-2", "REF*ZZ**swollen cells", "CTT*1*3.9");
        assertThat(client.get("api/interchanges?fileName=861-RCV-", "skba", "demo-skba").headers().firstValue("X-Total-Count")).contains("0");

        // the shipper sees what arrived: 6 t + 3.9 t received, 0.1 t rejected, a discrepancy for a person to settle
        JsonObject notice = object(client.get("api/ship-notices/" + id, "piedmont", "demo-piedmont"));
        assertThat(notice.getString("status")).isEqualTo("RECEIVED_WITH_DISCREPANCY");
        JsonObject item = notice.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("9.9");
        assertThat(item.getJsonNumber("rejected").bigDecimalValue()).isEqualByComparingTo("0.1");
        assertThat(notice.getJsonArray("receipts")).hasSize(2);
        assertThat(notice.getJsonArray("receipts").getJsonObject(1).getString("rejectionReason")).isEqualTo("swollen cells");
        assertThat(notice.getJsonArray("receipts").getJsonObject(1).getString("receivedBy")).isEqualTo("buyer");
    }

    private static String shipment(HttpResponse<String> draftResponse, String shipmentId, String quantity) {
        assertThat(draftResponse.statusCode()).as(draftResponse.body()).isEqualTo(200);
        JsonObject draft = object(draftResponse);
        JsonObject lot = Json.createObjectBuilder(draft.getJsonArray("lots").getJsonObject(0))
                .add("lotNumber", "PCW-LOT-1").add("packageCount", 20).add("packagingCode", "PLT94")
                .add("grossWeight", new java.math.BigDecimal("12400")).add("tareWeight", new java.math.BigDecimal("400"))
                .add("quantity", new java.math.BigDecimal(quantity)).build();
        return Json.createObjectBuilder(draft).add("shipmentId", shipmentId).add("carrierScac", "SAIA").add("carrierName", "Saia LTL")
                .add("billOfLading", shipmentId.replace("SH", "BOL")).add("grossWeight", new java.math.BigDecimal("12400"))
                .add("tareWeight", new java.math.BigDecimal("400")).add("lots", Json.createArrayBuilder().add(lot)).build().toString();
    }

    /** The one interchange whose file name contains the text, as the caller sees it. */
    private JsonObject onlyInterchange(String fileName, String user, String password) {
        HttpResponse<String> found = client.get("api/interchanges?fileName=" + fileName, user, password);
        assertThat(found.headers().firstValue("X-Total-Count")).as(fileName).contains("1");
        return array(found).getJsonObject(0);
    }

    /** Polls an interchange until the queue has dealt with it (at most 30 s); returns its status then. */
    private String statusOnceHandled(long id) throws InterruptedException {
        String status = "RECEIVED";
        for (int i = 0; i < 60 && status.equals("RECEIVED"); i++) {
            Thread.sleep(500);
            status = object(client.get("api/interchanges/" + id, "admin", "demo-admin")).getString("status");
        }
        return status;
    }

    private static List<String> codes(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return array(response).stream().map(p -> p.asJsonObject().getString("code")).toList();
    }

    /** SK Battery America's AS2 key in the AS2 tests: its certificate expires within 30 days (the warning shows). */
    private static final HubKey SKBA_AS2 = HubKey.generate("SK Battery America AS2", Duration.ofDays(20));

    @Test
    void aPartnerSendsOverAs2SignedAndEncryptedAndGetsASignedMdnOnlyForWhatItsCertificateSigned() throws Exception {
        // the AS2 endpoint is outside the portal login: partners authenticate by signature
        assertThat(client.get("as2").statusCode()).isEqualTo(405);

        String as2 = "{\"as2Id\":\"SKBATTERYAMERICA\",\"url\":null,\"requireSigned\":true,\"requireEncrypted\":true,"
                + "\"compress\":false,\"mdnMode\":\"SYNC\",\"mdnSigned\":true,\"signAlgorithm\":\"sha-256\",\"encryptAlgorithm\":\"aes256-cbc\"}";
        assertThat(client.put("api/partners/SKBA/as2", as2, "buyer", "demo-buyer").statusCode()).isEqualTo(403);
        assertThat(client.put("api/partners/SKBA/as2", as2.replace("SKBATTERYAMERICA", "ECOPROBMUS"), "admin", "demo-admin").statusCode())
                .isEqualTo(400);  // EcoPro's AS2 identity
        HttpResponse<String> changed = client.put("api/partners/SKBA/as2", as2, "admin", "demo-admin");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(object(changed).getJsonObject("as2").getString("as2Id")).isEqualTo("SKBATTERYAMERICA");

        byte[] pem = SKBA_AS2.certificatePem().getBytes(StandardCharsets.US_ASCII);
        assertThat(client.post("api/partners/SKBA/certificates", "application/x-pem-file", pem, "skba", "demo-skba").statusCode())
                .isEqualTo(403);
        assertThat(client.post("api/partners/SKBA/certificates", "application/x-pem-file", "not a certificate".getBytes(StandardCharsets.US_ASCII),
                "admin", "demo-admin").statusCode()).isEqualTo(400);
        HttpResponse<String> imported = client.post("api/partners/SKBA/certificates", "application/x-pem-file", pem, "admin", "demo-admin");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(object(imported).getString("sha256Fingerprint")).isEqualTo(PartnerCertificate.fingerprint(SKBA_AS2.certificate()));
        JsonObject listed = array(client.get("api/partners/SKBA/certificates", "skba", "demo-skba")).getJsonObject(0);
        assertThat(listed.getBoolean("expiresSoon")).isTrue();
        assertThat(client.get("api/partners/SKBA/certificates", "ecopro", "demo-ecopro").body()).isEqualTo("[]");

        HttpResponse<String> hubPem = client.get("api/as2/certificate", "skba", "demo-skba");
        assertThat(hubPem.statusCode()).isEqualTo(200);
        X509Certificate hubCertificate = PartnerCertificate.parse(hubPem.body().getBytes(StandardCharsets.US_ASCII));
        String hubId = client.get("api/as2/id", "skba", "demo-skba").body().strip();
        As2Peer hub = new As2Peer(1L, "ASCEND", new As2Settings(hubId, "http://127.0.0.1:" + client.port() + "/as2",
                true, true, false, As2Settings.MdnMode.SYNC, true, "sha-256", "aes256-cbc"), hubCertificate);

        byte[] order = purchaseOrderFrom("080231617", "000009020", "SKBA-AS2-1");
        As2Sender.Result sent = new As2Sender("SKBATTERYAMERICA", SKBA_AS2, null, Timeout.ofSeconds(10), Timeout.ofSeconds(60))
                .send(hub, "skba-as2-9020.x12", order);
        assertThat(sent.outcome()).as(sent.detail()).isEqualTo(As2Sender.Outcome.CONFIRMED);
        assertThat(sent.detail()).contains("MIC").contains("matches");
        JsonObject received = array(client.get("api/interchanges?fileName=skba-as2-9020.x12", "admin", "demo-admin")).getJsonObject(0);
        assertThat(received.getString("transport")).isEqualTo("AS2");
        assertThat(client.get("api/interchanges/" + received.getJsonNumber("id").longValue() + "/content", "admin", "demo-admin").body())
                .isEqualTo(new String(order, StandardCharsets.US_ASCII));

        // a message signed by another key under SKBA's AS2 identity: negative MDN, nothing accepted, the attempt kept
        HubKey mallory = HubKey.generate("mallory", Duration.ofDays(20));
        As2Sender.Result forged = new As2Sender("SKBATTERYAMERICA", mallory, null, Timeout.ofSeconds(10), Timeout.ofSeconds(60))
                .send(hub, "forged-as2.x12", purchaseOrderFrom("080231617", "000009021", "SKBA-AS2-2"));
        assertThat(forged.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(forged.detail()).containsIgnoringCase("integrity-check-failed");
        JsonObject kept = array(client.get("api/interchanges?status=REJECTED&max=200", "admin", "demo-admin")).stream()
                .map(JsonValue::asJsonObject).filter(i -> "AS2".equals(i.getString("transport")))
                .filter(i -> i.getString("fileName", "").equals("forged-as2.x12")).findFirst().orElseThrow();
        assertThat(kept.getString("status")).isEqualTo("REJECTED");

        // an AS2 identity nobody has: negative MDN
        As2Sender.Result unknown = new As2Sender("NOBODY", mallory, null, Timeout.ofSeconds(10), Timeout.ofSeconds(60))
                .send(hub, "unknown-as2.x12", order);
        assertThat(unknown.outcome()).isEqualTo(As2Sender.Outcome.REFUSED);
        assertThat(unknown.detail()).containsIgnoringCase("authentication-failed");
    }

    /**
     * The one door without a login (issue 13 item 4): a message from a sender that is no partner gets its negative MDN,
     * but only its headers and first 64 KB are kept (not the megabyte it sent), with no partner; and from one address
     * only so many such messages a minute are read at all (429). Sent from 127.0.0.2 so that the minute's allowance of
     * the other tests' address is left alone.
     */
    @Test
    void aStrangersAs2MessageIsKeptOnlyInPartAndOnlySoManyAMinuteFromOneAddress() throws Exception {
        byte[] megabyte = new byte[1_000_000];
        java.util.Arrays.fill(megabyte, (byte) 'A');
        String first = rawAs2Post("<stranger-1@example.net>", megabyte);
        assertThat(first).startsWith("HTTP/1.1 200").containsIgnoringCase("authentication-failed");
        JsonObject kept = onlyInterchange("as2-stranger-1@example.net.edi", "admin", "demo-admin");
        assertThat(kept.getString("status")).isEqualTo("REJECTED");
        assertThat(!kept.containsKey("sender") || kept.isNull("sender")).as("kept with no partner").isTrue();
        assertThat(kept.getString("statusReason")).contains("from 127.0.0.2, no partner's AS2 identity: its headers and the first 65536 of its"
                + " 1000000 bytes kept");
        String content = client.get("api/interchanges/" + kept.getJsonNumber("id") + "/content", "admin", "demo-admin").body();
        assertThat(content.toLowerCase(java.util.Locale.ROOT).contains("as2-from: stranger")).as("its headers kept").isTrue();
        assertThat(content.length()).as("its headers and 64 KB, not the megabyte").isBetween(65536, 65536 + 2000);
        assertThat(content.endsWith("A".repeat(100))).isTrue();

        int refused = 0;
        for (int i = 2; i <= 25; i++) {
            refused += rawAs2Post("<stranger-" + i + "@example.net>", "ISA".getBytes(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 429") ? 1 : 0;
        }
        assertThat(refused).as("20 a minute from one address are read, the rest turned away").isEqualTo(5);
        assertThat(client.get("api/interchanges?fileName=as2-stranger-25@example.net.edi", "admin", "demo-admin").headers()
                .firstValue("X-Total-Count")).contains("0");
    }

    /** A POST to /as2 over a socket from 127.0.0.2, as an AS2 product nobody registered would send it; the raw answer. */
    private String rawAs2Post(String messageId, byte[] body) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), client.port(),
                java.net.InetAddress.getByName("127.0.0.2"), 0)) {
            socket.setSoTimeout(30_000);
            String head = "POST /as2 HTTP/1.1\r\nHost: 127.0.0.1:" + client.port() + "\r\nAS2-From: STRANGER\r\nAS2-To: ASCENDELEMENTS\r\n"
                    + "AS2-Version: 1.2\r\nMessage-ID: " + messageId + "\r\nDisposition-Notification-To: edi@example.net\r\n"
                    + "Content-Type: application/edi-x12\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server answered after the part it reads and closed: the answer is still there to read
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Password guessing is throttled (issue 13 item 10): a user name with five failed logins in 15 minutes takes no
     * password (429 with the reason, before any check), and an address with 50 failed logins is turned away whatever
     * name it tries (sent from 127.0.0.3, so the other tests' address keeps its allowance).
     */
    @Test
    void passwordGuessingIsTurnedAwayPerUserAndPerAddress() throws Exception {
        String ghost = "ghost-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("api/partners", ghost, "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = client.get("api/partners", ghost, "guess-5");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(object(locked).getString("message")).isEqualTo("Too many failed logins for this user; try again in 15 minutes");
        assertThat(locked.headers().firstValue("Retry-After")).contains("900");
        assertThat(client.get("api/partners", "buyer", "demo-buyer").statusCode()).as("another user from the same address").isEqualTo(200);

        int turnedAway = 0;
        for (int i = 0; i < 52; i++) {
            String answer = rawGet("127.0.0.3", "/api/partners", "Basic " + Base64.getEncoder().encodeToString(("sprayed-" + i + ":x")
                    .getBytes(StandardCharsets.UTF_8)));
            turnedAway += answer.startsWith("HTTP/1.1 429") ? 1 : 0;
        }
        assertThat(turnedAway).isEqualTo(2);
        assertThat(rawGet("127.0.0.3", "/api/partners", "Basic " + Base64.getEncoder().encodeToString("buyer:demo-buyer"
                .getBytes(StandardCharsets.UTF_8)))).as("even the right password, from there").startsWith("HTTP/1.1 429")
                .contains("Too many failed logins from your address");
        assertThat(rawGet("127.0.0.3", "/api/partners", "Basic " + Base64.getEncoder().encodeToString("buyer:demo-buyer"
                .getBytes(StandardCharsets.UTF_8)) + "\r\nX-Forwarded-For: 203.0.113.9")).as("a forwarded address only counts from a trusted proxy")
                .startsWith("HTTP/1.1 429");
    }

    private String rawGet(String from, String path, String authorization) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), client.port(),
                java.net.InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + client.port() + "\r\nAuthorization: "
                    + authorization + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Partners are created and deactivated by administrators only (issue 13 item 1); bad input is a 400 with the reason
     * and nothing is created; a partner's users never see the new partner.
     */
    @Test
    void administratorsCreateAndDeactivatePartnersAndBadInputIsRefusedWithItsReason() {
        String supplier = "{\"code\":\"ITSUP\",\"name\":\"IT Scrap Supplier\",\"roles\":[\"SUPPLIER\"],\"x12Qualifier\":\"ZZ\","
                + "\"x12InterchangeId\":\"ITSUPPLIER\",\"x12ApplicationCode\":\"ITSUP\",\"x12Version\":\"004010\"}";
        assertThat(client.postJson("api/partners", supplier, "buyer", "demo-buyer").statusCode()).isEqualTo(403);
        assertThat(client.postJson("api/partners", supplier, "skba", "demo-skba").statusCode()).isEqualTo(403);
        HttpResponse<String> shortQualifier = client.postJson("api/partners", supplier.replace("\"ZZ\"", "\"Z\""), "admin", "demo-admin");
        assertThat(shortQualifier.statusCode()).isEqualTo(400);
        assertThat(object(shortQualifier).getString("message")).contains("X12 qualifier must have 2 to 2 characters");
        HttpResponse<String> badCode = client.postJson("api/partners", supplier.replace("\"ITSUP\",\"name\"", "\"it sup\",\"name\""),
                "admin", "demo-admin");
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(object(badCode).getString("message")).contains("Partner code must be 2-20 capital letters");
        HttpResponse<String> takenId = client.postJson("api/partners", supplier.replace("ITSUPPLIER", "ECOPROBMUS"), "admin", "demo-admin");
        assertThat(takenId.statusCode()).isEqualTo(400);
        assertThat(object(takenId).getString("message")).contains("Interchange ID ZZ:ECOPROBMUS belongs to EcoPro");
        assertThat(client.get("api/partners/ITSUP", "admin", "demo-admin").statusCode()).as("nothing created").isEqualTo(404);

        HttpResponse<String> created = client.postJson("api/partners", supplier, "admin", "demo-admin");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(object(created).getBoolean("active")).isTrue();
        assertThat(client.postJson("api/partners", supplier, "admin", "demo-admin").statusCode()).as("the code is taken").isEqualTo(400);
        assertThat(client.get("api/partners/ITSUP", "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(client.post("api/partners/ITSUP/deactivate", new byte[0], "buyer", "demo-buyer").statusCode()).isEqualTo(403);
        HttpResponse<String> deactivated = client.post("api/partners/ITSUP/deactivate", new byte[0], "admin", "demo-admin");
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(object(deactivated).getBoolean("active")).isFalse();
        assertThat(object(client.post("api/partners/ITSUP/activate", new byte[0], "admin", "demo-admin")).getBoolean("active")).isTrue();
        assertThat(client.post("api/partners/NOBODY/deactivate", new byte[0], "admin", "demo-admin").statusCode()).isEqualTo(404);
        HttpResponse<String> hub = client.post("api/partners/ASCEND/deactivate", new byte[0], "admin", "demo-admin");
        assertThat(hub.statusCode()).isEqualTo(400);
        assertThat(object(hub).getString("message")).isEqualTo("The hub cannot be deactivated");

        // a deactivated partner's users are refused at once (login and API), and may log in again once it is active
        assertThat(client.get("api/purchase-orders", "piedmont", "demo-piedmont").statusCode()).isEqualTo(200);
        try {
            assertThat(client.post("api/partners/PIEDMONT/deactivate", new byte[0], "admin", "demo-admin").statusCode()).isEqualTo(200);
            assertThat(client.get("api/purchase-orders", "piedmont", "demo-piedmont").statusCode()).isEqualTo(401);
        } finally {
            client.post("api/partners/PIEDMONT/activate", new byte[0], "admin", "demo-admin");
        }
        assertThat(client.get("api/purchase-orders", "piedmont", "demo-piedmont").statusCode()).isEqualTo(200);
    }
}
