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

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
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
    void isReadyWithTheDatabaseMigrated() {
        HttpResponse<String> ready = client.get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject database = object(ready).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo("6");

        assertThat(object(client.get("health/live")).getString("status")).isEqualTo("UP");
    }

    @Test
    void publishesTheApiDescription() {
        HttpResponse<String> openApi = client.get("openapi");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/purchase-orders/{id}", "/api/partners", "Battery Materials Partner Portal API");
    }

    @Test
    void refusesCallersWithoutAValidLogin() {
        assertThat(client.get("api/partners").statusCode()).isEqualTo(401);
        assertThat(client.get("api/partners").headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(client.get("api/partners", "admin", "wrong-password").statusCode()).isEqualTo(401);
        assertThat(client.get("api/partners", "nobody", "demo-admin").statusCode()).isEqualTo(401);
        assertThat(client.get("api/purchase-orders/1").statusCode()).isEqualTo(401);
    }

    @Test
    void staffSeeEveryPartnerAndAPartnerUserOnlyItsOwnCompany() {
        assertThat(codes(client.get("api/partners", "buyer", "demo-buyer")))
                .containsExactlyInAnyOrder("ASCEND", "ECOPRO", "SKBA", "PIEDMONT");
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
        JsonObject accepted = array(all).stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("poNumber").equals("AE-PO-260001")).findFirst().orElseThrow();
        JsonObject detail = object(client.get("api/purchase-orders/" + accepted.getInt("id"), "finance", "demo-finance"));
        assertThat(detail.getJsonArray("history").stream().map(c -> c.asJsonObject().getString("to")))
                .containsExactly("OPEN", "ACCEPTED");
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

    @Test
    void aPartnersPurchaseOrderFileBecomesAnOrderWithA997AndAResendIsNotProcessedTwice() {
        byte[] file = purchaseOrderFrom("ECOPROBMUS", "000009001", "ECO-4500099001");
        HttpResponse<String> first = client.post("api/interchanges?fileName=eco-9001.x12", file, "ecopro", "demo-ecopro");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject outcome = object(first);
        assertThat(outcome.getString("status")).isEqualTo("PROCESSED");
        assertThat(outcome.getJsonArray("createdPurchaseOrders").getString(0)).isEqualTo("ECO-4500099001");
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
    void brokenFilesAreKeptAndRejectedWithTheirReason() {
        HttpResponse<String> garbage = client.post("api/interchanges?fileName=garbage.bin", new byte[] {0, 1, 2, (byte) 0xff, 'I', 'S', 'A'},
                "buyer", "demo-buyer");
        assertThat(garbage.statusCode()).isEqualTo(422);
        assertThat(object(garbage).getString("status")).isEqualTo("REJECTED");
        assertThat(object(garbage).getString("reason")).startsWith("No X12 interchange in the file");
        long id = object(garbage).getJsonNumber("interchangeId").longValue();
        assertThat(object(client.get("api/interchanges/" + id, "buyer", "demo-buyer")).getJsonNumber("sizeBytes").longValue()).isEqualTo(7);

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
        assertThat(object(forged).getString("reason")).contains("is not your company");
        assertThat(client.post("api/interchanges", new byte[] {'x'}, "finance", "demo-finance").statusCode()).isEqualTo(403);
        // the forged file is kept, and shown to the company it claims to come from, not to the one that sent it
        long id = object(forged).getJsonNumber("interchangeId").longValue();
        assertThat(client.get("api/interchanges/" + id, "skba", "demo-skba").statusCode()).isEqualTo(404);
        assertThat(object(client.get("api/interchanges/" + id, "ecopro", "demo-ecopro")).getString("status")).isEqualTo("REJECTED");
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
}
