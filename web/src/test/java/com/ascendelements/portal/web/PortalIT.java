package com.ascendelements.portal.web;

import static com.ascendelements.portal.web.PortalClient.array;
import static com.ascendelements.portal.web.PortalClient.object;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo("3");

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
        assertThat(ecoproOrders.headers().firstValue("X-Total-Count")).contains("1");
        JsonObject ecoproOrder = array(ecoproOrders).getJsonObject(0);
        assertThat(ecoproOrder.getString("poNumber")).isEqualTo("ECO-4500012345");

        JsonObject scrapOrder = array(client.get("api/purchase-orders", "skba", "demo-skba")).getJsonObject(0);
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
        assertThat(all.headers().firstValue("X-Total-Count")).contains("3");
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

    private static List<String> codes(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return array(response).stream().map(p -> p.asJsonObject().getString("code")).toList();
    }
}
