package com.ascendelements.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real browser (headless Chromium) against the real WAR on Payara Micro: login per role and the
 * pages each may reach, the cross-partner denial, procurement's work on orders, receipts and contracts, and a
 * list export. A failing test leaves a screenshot and the page source in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, PortalPagesIT.ScreenshotOnFailure.class})
@RunAsClient
class PortalPagesIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @ArquillianResource
    private URL deployment;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = new Browser("http://127.0.0.1:" + deployment.getPort() + "/");
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPageAndRefusesAWrongPassword() {
        browser.driver().manage().deleteAllCookies();
        browser.open("purchase-orders.xhtml");
        assertThat(browser.currentPath()).startsWith("login.xhtml");
        browser.login("buyer", "not-the-password");
        browser.waitForText("The user name or password is not right");
        assertThat(browser.currentPath()).startsWith("login.xhtml");
        browser.login("", "");
        browser.waitForText("Enter your user name");
    }

    /**
     * Procurement opens an open order the hub placed with a supplier: it reads it, but the answer buttons are the
     * supplier's; the supplier sees them.
     */
    @Test
    void procurementSeesASuppliersOrderWithoutItsAnswerButtons() {
        placeWithPiedmont("AE-PO-UI-ANSWER");
        browser.login("buyer", "demo-buyer");
        openOrder("AE-PO-UI-ANSWER");
        waitForText("order-status", "Open");
        assertThat(browser.has("lines:line-table:0:accept")).as("accept is Piedmont's").isFalse();
        assertThat(browser.has("lines:line-table:0:reject")).isFalse();
        shot("buyer-suppliers-order");
        browser.login("piedmont", "demo-piedmont");
        openOrder("AE-PO-UI-ANSWER");
        browser.find("lines:line-table:0:accept");
        shot("piedmont-order-to-answer");
        assertThat(browser.has("ship")).as("nothing ships before the answer").isFalse();
        long id = PortalClient.array(new PortalClient(deployment).get("api/purchase-orders?poNumber=AE-PO-UI-ANSWER", "buyer", "demo-buyer"))
                .getJsonObject(0).getJsonNumber("id").longValue();
        browser.open("ship-notice-form.xhtml?id=" + id);   // the address typed by hand: the form says why not
        assertThat(browser.find("denied").getText()).contains("Nothing can ship against order AE-PO-UI-ANSWER now: it is open; answer its lines first");

        browser.login("buyer", "demo-buyer");
        openOrder("ECO-4500012345");
        browser.find("lines:line-table");   // the hub sells this one: procurement answers it while it waits for an answer
        shot("buyer-customers-order");
    }

    /**
     * Procurement changes an order it placed (issue 12 item 3): from the menu to the order, the change form under it, a
     * quantity of nothing refused beside the form, then the new quantity taken and the 860 listed; the supplier reads
     * the change and has no change form of its own.
     */
    @Test
    void procurementChangesAnOrderItPlacedOnTheOrderPageAndTheSupplierReadsIt() {
        placeWithPiedmont("AE-PO-UI-CHANGE");
        browser.login("buyer", "demo-buyer");
        openOrder("AE-PO-UI-CHANGE");
        waitForText("order-status", "Open");
        browser.driver().findElement(By.cssSelector("[id='change:change-fieldset'] legend")).click();
        browser.find("change:change-lines:0:new-qty").sendKeys("0");
        shot("buyer-order-change-form");
        browser.find("change:send-change").click();
        browser.waitForText("Line 1: The quantity must be more than zero");
        assertThat(browser.find("lines:line-table").getText()).contains("5 t");

        browser.driver().findElement(By.cssSelector("[id='change:change-fieldset'] legend")).click();
        browser.find("change:change-lines:0:new-qty").clear();
        browser.find("change:change-lines:0:new-qty").sendKeys("6.5");
        browser.find("change:send-change").click();
        browser.waitForText("Change sent to Piedmont");
        waitForText("lines:line-table", "6.5 t");
        assertThat(browser.find("lines:history").getText()).contains("Change 1: line 1: 5 t, now 6.5 t");
        assertThat(browser.find("linked-interchanges").getText()).contains("860-AE-PO-UI-CHANGE-", "Outbound");
        shot("buyer-order-changed");

        browser.login("piedmont", "demo-piedmont");
        openOrder("AE-PO-UI-CHANGE");
        waitForText("lines:line-table", "6.5 t");
        assertThat(browser.has("change:change-fieldset")).as("the seller does not change what it was ordered").isFalse();
        assertThat(browser.find("linked-interchanges").getText()).contains("860-AE-PO-UI-CHANGE-");
        shot("piedmont-changed-order");
    }

    @Test
    void returnsToThePageAskedForAfterLogin() {
        browser.driver().manage().deleteAllCookies();
        browser.open("invoices.xhtml");
        browser.find("login:username").sendKeys("finance");
        browser.find("login:password").sendKeys("demo-finance");
        browser.find("login:submit").click();
        browser.waitForText("SKBA-INV-77120");
        browser.find("invoices:table");
        assertThat(browser.currentPath()).startsWith("invoices.xhtml");
        assertThat(browser.text()).contains("SKBA-INV-77120");
        // what the browser fetches on its own before the login (its icon) is not the page a person asked for
        browser.driver().manage().deleteAllCookies();
        browser.open("login.xhtml");
        browser.open("favicon.ico");
        browser.open("login.xhtml");
        browser.find("login:username").sendKeys("finance");
        browser.find("login:password").sendKeys("demo-finance");
        browser.find("login:submit").click();
        browser.find("menu:nav-orders");
        assertThat(browser.currentPath()).startsWith("index.xhtml");
    }

    /** A saved page that is another site ("//evil.example/x", an open redirect) is never where login sends a person. */
    /**
     * A page whose state the portal no longer holds, and a form sent after the session ended: the person is told that
     * what it sent was not saved (issue 13 item 16), never "nothing was lost".
     */
    @Test
    void aPersonIsToldWhenWhatItSentWasNotSaved() {
        browser.login("buyer", "demo-buyer");
        browser.find("menu:nav-orders").click();
        browser.find("orders:po").sendKeys("AE-PO");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(function (e) { e.value = 'stale'; });");
        browser.find("orders:search").click();
        browser.waitForText("This page had expired");
        assertThat(browser.text()).contains("not sent and not saved");
        shot("expired-page");

        browser.login("buyer", "demo-buyer");
        browser.find("menu:nav-orders").click();
        browser.find("orders:po").sendKeys("AE-PO");
        browser.driver().manage().deleteAllCookies();   // the session has ended
        browser.find("orders:search").click();
        browser.waitForText("Your session had ended");
        assertThat(browser.find("session-ended").getText()).contains("not saved");
        shot("session-ended-login");
    }

    @Test
    void neverSendsAPersonToAnotherSiteAfterLogin() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/evil.example/x");  // the portal is asked for //evil.example/x
        assertThat(browser.currentPath()).startsWith("login.xhtml");
        browser.find("login:username").sendKeys("finance");
        browser.find("login:password").sendKeys("demo-finance");
        browser.find("login:submit").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("index.xhtml"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("evil.example");
        assertThat(browser.currentPath()).startsWith("index.xhtml");
    }

    /** A user disabled by an administrator loses the session it has open at once, not at its next login. */
    @Test
    void disablingAUserEndsItsOpenSession() {
        browser.login("admin", "demo-admin");
        browser.open("admin/users.xhtml");
        browser.find("new-user:username").sendKeys("dock2");
        browser.find("new-user:display").sendKeys("Second dock clerk");
        // the password strength shows under the field, never over the role boxes below it
        browser.find("new-user:password").sendKeys("Dock-2-password-2026");
        browser.driver().findElement(By.xpath("//label[text()='PROCUREMENT']")).click();
        browser.click("new-user:create");
        waitForText("users:table", "dock2");
        try (Browser clerk = new Browser("http://127.0.0.1:" + deployment.getPort() + "/")) {
            clerk.login("dock2", "Dock-2-password-2026");
            clerk.open("purchase-orders.xhtml");
            clerk.find("orders:table");

            browser.open("admin/users.xhtml");
            int row = rowOf("users:table", "dock2");
            browser.find("users:table").findElements(By.cssSelector("tbody tr")).get(row).findElement(By.xpath(".//button[contains(., 'Disable')]"))
                    .click();
            browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> browser.find("users:table").findElements(By.cssSelector("tbody tr"))
                    .get(rowOf("users:table", "dock2")).getText().contains("yes") ? null : Boolean.TRUE);

            clerk.open("purchase-orders.xhtml");
            assertThat(clerk.currentPath()).as("the clerk's open session ended").startsWith("login.xhtml");
            clerk.login("dock2", "Dock-2-password-2026");
            assertThat(clerk.currentPath()).startsWith("login.xhtml");

            // enabled again: the clerk logs in with the password it had
            browser.find("users:table").findElements(By.cssSelector("tbody tr")).get(rowOf("users:table", "dock2"))
                    .findElement(By.xpath(".//button[contains(., 'Enable')]")).click();
            browser.waitForText("User dock2 may log in again");
            browser.screenshot(Path.of("target", "screenshots", "pages", "admin-users-enabled-again.png"));
            clerk.login("dock2", "Dock-2-password-2026");
            assertThat(clerk.currentPath()).doesNotStartWith("login.xhtml");
            assertThat(clerk.has("menu:nav-exceptions")).as("procurement has no exceptions queue").isFalse();

            // other roles and a new password: the clerk's open session ends, the next login carries both
            browser.find("users:table").findElements(By.cssSelector("tbody tr")).get(rowOf("users:table", "dock2"))
                    .findElement(By.xpath(".//button[contains(., 'Access')]")).click();
            browser.find("access-editor:save-access");   // the dialog has its user
            browser.driver().findElement(By.xpath("//*[@id='access-editor:access-roles']//label[text()='Procurement']")).click();
            browser.driver().findElement(By.xpath("//*[@id='access-editor:access-roles']//label[text()='Finance']")).click();
            browser.find("access-editor:new-password").sendKeys("Dock-2-finance-2026");
            browser.screenshot(Path.of("target", "screenshots", "pages", "admin-user-access.png"));
            browser.click("access-editor:save-access");
            browser.waitForText("dock2: roles [FINANCE] and a new password; the user's open sessions have ended");
            waitForText("users:table", "Finance");
            clerk.open("purchase-orders.xhtml");
            assertThat(clerk.currentPath()).as("the clerk's open session ended").startsWith("login.xhtml");
            clerk.login("dock2", "Dock-2-password-2026");
            assertThat(clerk.currentPath()).as("the old password no longer works").startsWith("login.xhtml");
            clerk.login("dock2", "Dock-2-finance-2026");
            clerk.find("menu:nav-orders");
            assertThat(clerk.has("menu:nav-exceptions")).as("finance works the exceptions queue").isTrue();
        }
    }

    /**
     * Each role's dashboard says what waits for it, and every counter opens its list (issue 13 items 20, 21): finance its
     * exceptions queue, a partner the orders that wait for its answer, procurement the customers' orders to answer.
     */
    @Test
    void eachRolesDashboardSaysWhatWaitsForItAndItsCountersOpenTheirLists() {
        browser.login("finance", "demo-finance");
        assertThat(browser.find("for-role").getText()).contains("invoices in the exceptions queue", "undecided invoices older than 30 days");
        shot("finance-dashboard");
        browser.find("role-exceptions").click();
        browser.find("invoices:table");
        assertThat(browser.currentPath()).startsWith("invoices.xhtml?status=EXCEPTION");

        browser.login("piedmont", "demo-piedmont");
        assertThat(browser.find("for-role").getText()).contains("orders waiting for your answer", "orders to ship",
                "of your invoices disputed");
        shot("partner-dashboard");
        browser.find("role-to-answer").click();
        browser.find("orders:table");

        browser.login("buyer", "demo-buyer");
        assertThat(browser.find("for-role").getText()).contains("customers' orders waiting for our answer",
                "of our orders waiting for the supplier's answer").doesNotContain("exceptions queue");
        browser.find("open-orders").click();
        browser.find("orders:table");
        assertThat(browser.currentPath()).startsWith("purchase-orders.xhtml");
        browser.open("index.xhtml");
        shot("procurement-dashboard");
    }

    @Test
    void everyStaffRoleReachesTheWorkPagesAndOnlyAdministratorsTheAdministration() {
        for (String[] login : List.of(new String[] {"admin", "demo-admin"}, new String[] {"buyer", "demo-buyer"},
                new String[] {"finance", "demo-finance"})) {
            browser.login(login[0], login[1]);
            assertThat(browser.find("in-today").getText()).matches("\\d+");
            for (String page : List.of("purchase-orders.xhtml", "ship-notices.xhtml", "invoices.xhtml", "contracts.xhtml", "edi-monitor.xhtml")) {
                browser.open(page);
                assertThat(browser.find("menu").isDisplayed()).as(login[0] + " on " + page).isTrue();
                assertThat(browser.text()).doesNotContain("Not allowed", "Something went wrong");
            }
            browser.open("admin/users.xhtml");
            if (login[0].equals("admin")) {
                assertThat(browser.text()).contains("New user", "skba");
            } else {
                assertThat(browser.text()).as(login[0] + " on the user administration").contains("Not allowed").doesNotContain("New user");
                browser.open("index.xhtml");
            }
            logout();
        }
    }

    @Test
    void aPartnerUserSeesOnlyItsCompanysDocumentsAndIsDeniedAnotherPartnersOrderByUrl() {
        browser.login("skba", "demo-skba");
        browser.open("purchase-orders.xhtml");
        String orders = browser.find("orders:table").getText();
        assertThat(orders).contains("AE-PO-260001").doesNotContain("ECO-4500012345", "AE-PO-260002");
        assertThat(browser.has("menu:nav-admin")).isFalse();

        browser.login("ecopro", "demo-ecopro");
        browser.open("purchase-orders.xhtml");
        browser.driver().findElement(By.linkText("ECO-4500012345")).click();
        assertThat(browser.find("order-status").getText()).isNotBlank();
        long ownId = idInUrl();

        browser.login("buyer", "demo-buyer");
        browser.open("purchase-orders.xhtml?");
        browser.driver().findElement(By.linkText("AE-PO-260001")).click();
        browser.find("order-status");
        long otherId = idInUrl();

        browser.login("ecopro", "demo-ecopro");
        browser.open("purchase-order.xhtml?id=" + otherId);
        assertThat(browser.find("denied").getText()).contains("not found");
        assertThat(browser.text()).doesNotContain("AE-PO-260001", "SK Battery America");
        browser.open("purchase-order.xhtml?id=" + ownId);
        assertThat(browser.text()).contains("ECO-4500012345");
        browser.open("admin/partners.xhtml");
        assertThat(browser.text()).contains("Not allowed");
    }

    @Test
    void procurementAcceptsAnOrderLineRecordsAReceiptAndCreatesAContract() {
        browser.login("buyer", "demo-buyer");
        browser.open("purchase-orders.xhtml");
        browser.driver().findElement(By.linkText("ECO-4500012345")).click();
        browser.find("lines:line-table:0:accept").click();
        browser.find("lines:confirm-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("lines:line-table"), "Accepted"));
        browser.find("lines:line-table:1:reject").click();
        browser.find("lines:confirm-yes").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "Changed"));
        // the last answer sends the 855 to EcoPro
        browser.open("edi-monitor.xhtml");
        browser.driver().findElement(By.partialLinkText("855-ECO-4500012345-")).click();
        assertThat(browser.find("raw-content").getText()).contains("BAK*00*AC*ECO-4500012345", "ACK*IA*40000*KG", "ACK*IR*20000*KG");

        browser.open("ship-notices.xhtml");
        browser.driver().findElement(By.linkText("SKBA-SH-000481")).click();
        assertThat(browser.find("receipts").getText()).contains("Nothing recorded as arrived yet");
        String lotItem = browser.find("receipt:item_input").findElements(By.tagName("option")).stream()
                .filter(o -> o.getAttribute("textContent").contains("SKBA-L2611-0042")).findFirst().orElseThrow().getAttribute("value");
        choose("receipt:item", lotItem);
        browser.find("receipt:received_input").sendKeys("39800");
        browser.find("receipt:record").click();
        browser.waitForText("Enter the date it arrived");
        browser.find("receipt:received-on_input").sendKeys(LocalDate.now().toString());
        browser.find("receipt:delivery").click();
        browser.find("receipt:delivery").sendKeys("ODFL-TRUCK-1");
        browser.find("receipt:wet_input").sendKeys("41000");
        browser.find("receipt:moisture_input").sendKeys("2.5");
        browser.find("receipt:completed").findElement(By.className("ui-chkbox-box")).click();
        browser.find("receipt:record").click();
        // 39,800 kg of 40,000 kg, marked as the last delivery: 0.5 % short, beyond the 0.25 % franchise
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("shipment-status"), "Received with discrepancy"));
        // 41,000 kg wet at 2.5 % moisture: 41,000 x 0.975 = 39,975 kg dry
        assertThat(browser.find("receipts").getText()).contains("ODFL-TRUCK-1", "SKBA-L2611-0042", "39800 kg", "39975 kg", "buyer");

        browser.open("contract.xhtml");
        browser.find("contract:number").sendKeys("AE-PIEDMONT-TEST-1");
        browser.find("contract:save").click();
        browser.waitForText("Choose the buyer");
        assertThat(browser.text()).contains("Enter the committed quantity", "Enter the last day");
    }

    @Test
    void aSupplierWithoutEdiAnswersShipsAndInvoicesAnOrderInThePortalAsAn855An856AndAn810() {
        browser.login("piedmont", "demo-piedmont");
        browser.open("purchase-orders.xhtml");
        assertThat(browser.find("orders:table").getText()).contains("AE-PO-260002").doesNotContain("AE-PO-260001");
        browser.driver().findElement(By.linkText("AE-PO-260002")).click();
        browser.find("lines:line-table:0:accept").click();
        browser.find("lines:confirm-yes").click();
        waitForText("order-status", "Accepted");
        long orderId = idInUrl();
        browser.open("edi-monitor.xhtml");
        browser.driver().findElement(By.partialLinkText("855-AE-PO-260002-")).click();
        assertThat(browser.text()).contains("Inbound by Web EDI", "entered in the portal");
        assertThat(browser.find("raw-content").getText()).contains("ISA*00*          *00*          *ZZ*PIEDMONTCELL", "BAK*00*AD*AE-PO-260002");

        // the ship notice, prefilled from the order; what is missing is said beside its field
        browser.open("purchase-order.xhtml?id=" + orderId);
        browser.find("ship").click();
        assertThat(browser.find("shipment:lots:0:unNumber").getAttribute("value")).isEqualTo("UN3480");
        browser.find("shipment:send").click();
        browser.find("shipment:confirm-yes").click();
        browser.waitForText("Enter the shipment identification");
        assertThat(browser.text()).contains("Enter the carrier's SCAC", "Enter the gross weight", "Enter the lot number");
        browser.find("shipment:shipmentId").sendKeys("PCW-SH-0001");
        browser.find("shipment:carrierScac").sendKeys("SAIA");
        browser.find("shipment:carrierName").sendKeys("Saia LTL Freight");
        browser.find("shipment:billOfLading").sendKeys("PCW-BOL-0001");
        browser.find("shipment:grossWeight_input").sendKeys("18800");
        browser.find("shipment:tareWeight_input").sendKeys("800");
        browser.find("shipment:lots:0:lotNumber").sendKeys("PCW-L-0001");
        browser.find("shipment:lots:0:grossWeight_input").sendKeys("18800");
        browser.find("shipment:lots:0:tareWeight_input").sendKeys("800");
        browser.find("shipment:send").click();
        browser.find("shipment:confirm-yes").click();
        waitForText("order-status", "Shipped");
        assertThat(browser.find("linked-shipments").getText()).contains("PCW-SH-0001");

        // the invoice, prefilled with what shipped at the order's price
        browser.find("invoice").click();
        assertThat(browser.find("invoice:lines").getText()).contains("EOL-LIB-EV");
        browser.find("invoice:invoiceNumber").sendKeys("PCW-INV-0001");
        browser.find("invoice:send").click();
        browser.find("invoice:confirm-yes").click();
        waitForText("order-status", "Invoiced");
        assertThat(browser.find("linked-invoices").getText()).contains("PCW-INV-0001", "15,300.00 USD");
        assertThat(browser.find("linked-interchanges").getText()).contains("855-AE-PO-260002-", "856-PCW-SH-0001-", "810-PCW-INV-0001-");

        browser.driver().findElement(By.partialLinkText("856-PCW-SH-0001-")).click();
        assertThat(browser.text()).contains("Inbound by Web EDI");
        assertThat(browser.find("raw-content").getText()).contains("BSN*00*PCW-SH-0001", "PRF*AE-PO-260002", "REF*LT*PCW-L-0001",
                "LH1*PK*1*UN3480", "SN1**18*MT");
        browser.open("edi-monitor.xhtml");
        browser.driver().findElement(By.partialLinkText("810-PCW-INV-0001-")).click();
        assertThat(browser.find("raw-content").getText()).contains("*PCW-INV-0001*", "IT1*1*18000*KG*0.85", "TDS*1530000");

        // another partner, and staff (the hub buys this order), get a denial, not the seller's forms
        for (String[] other : List.of(new String[] {"skba", "demo-skba"}, new String[] {"buyer", "demo-buyer"})) {
            browser.login(other[0], other[1]);
            browser.open("ship-notice-form.xhtml?id=" + orderId);
            assertThat(browser.find("denied").getText()).as(other[0]).contains("not found");
            assertThat(browser.has("shipment:send")).isFalse();
            browser.open("invoice-form.xhtml?id=" + orderId);
            assertThat(browser.find("denied").getText()).as(other[0]).contains("not found");
            assertThat(browser.has("invoice:send")).isFalse();
        }
        browser.open("purchase-order.xhtml?id=" + orderId);
        assertThat(browser.has("ship")).as("staff do not ship for a supplier").isFalse();
    }

    @Test
    void procurementPlacesAnOrderWithASupplierAndItsFormSaysWhatIsMissingBesideTheFields() {
        browser.login("buyer", "demo-buyer");
        browser.open("purchase-orders.xhtml");
        browser.find("new-order").click();
        browser.find("order:place").click();
        browser.find("order:confirm-yes").click();
        browser.waitForText("Enter the PO number");
        assertThat(browser.text()).contains("Choose the supplier", "Choose the material", "Enter the quantity", "Enter the unit price");
        browser.find("order:poNumber").sendKeys("AE-PO-UI-0001");
        choose("order:sellerCode", "PIEDMONT");
        choose("order:lines:0:materialCode", "EOL-LIB-EV");
        browser.find("order:lines:0:quantity_input").sendKeys("5");
        browser.find("order:lines:0:unitPrice_input").sendKeys("0.8");
        browser.find("order:place").click();
        browser.find("order:confirm-yes").click();
        waitForText("order-status", "Open");
        assertThat(browser.text()).contains("AE-PO-UI-0001", "EOL-LIB-EV");
        assertThat(browser.find("linked-interchanges").getText()).contains("850-AE-PO-UI-0001-", "Outbound");

        browser.login("piedmont", "demo-piedmont");
        browser.open("purchase-orders.xhtml");
        assertThat(browser.find("orders:table").getText()).contains("AE-PO-UI-0001");
        browser.login("ecopro", "demo-ecopro");
        browser.open("purchase-order-form.xhtml");
        assertThat(browser.find("denied").getText()).contains("Only procurement places purchase orders");
    }

    /** Picks a value of a PrimeFaces select menu through its widget (clicking the animated overlay is flaky). */
    @Test
    void financeWorksTheExceptionsQueueFromTheMenuAndDownloadsTheReconciliationAsExcel() throws Exception {
        // SKBA bills 5,000 kg more of AE-PO-260003 without naming a truck: everything that arrived is billed already
        String today = LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String set = "ST*810*0001~BIG*" + today + "*SKBA-INV-77139**AE-PO-260003~CUR*SE*USD~IT1*1*5000*KG*3.10**VP*ES-NMC-AL~"
                + "TDS*1550000~CTT*1~SE*7*0001~";
        byte[] x810 = (String.format("ISA*00*          *00*          *01*%-15s*ZZ*%-15s*261128*1400*^*00501*000007139*0*P*>~", "080231617",
                "ASCENDELEMENTS") + "GS*IN*SKBA*ASCENDEL*20261128*1400*7139*X*005010~" + set + "GE*1*7139~IEA*1*000007139~")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(new PortalClient(deployment).post("api/interchanges?fileName=skba-77139.x12", x810, "skba", "demo-skba").statusCode())
                .isEqualTo(200);

        browser.login("finance", "demo-finance");
        finance("nav-exceptions");
        browser.waitForText("SKBA-INV-77132");
        assertThat(browser.text()).contains("SKBA-INV-77139").doesNotContain("SKBA-INV-77130");
        browser.screenshot(Path.of("target", "screenshots", "pages", "finance-exceptions.png"));

        // 3.20 USD/kg billed against 3.10 on the contract (1 %): finance holds it, then approves it, each with a reason
        browser.driver().findElement(By.linkText("SKBA-INV-77132")).click();
        browser.waitForText("price above contract");
        assertThat(browser.text()).contains("BOL-7730033", "SKBA-SH-000492", "3.20 USD", "3.10 USD");
        browser.screenshot(Path.of("target", "screenshots", "pages", "finance-invoice-exception.png"));
        browser.find("decide:approve").click();
        browser.waitForText("Give the reason");
        browser.find("decide:reason").sendKeys("supplier's surcharge agreed by phone, credit note to follow");
        browser.find("decide:hold").click();
        waitForText("invoice", "Held");
        browser.find("decide:reason").sendKeys("credit note SKBA-CN-12 received");
        browser.find("decide:approve").click();
        waitForText("invoice", "Approved");
        assertThat(browser.find("decision").getText()).contains("credit note SKBA-CN-12 received (finance)");
        assertThat(browser.has("decide:approve")).isFalse();

        // billed twice: disputed, and the supplier sees why
        finance("nav-exceptions");
        browser.driver().findElement(By.linkText("SKBA-INV-77139")).click();
        browser.waitForText("over-invoiced cumulatively");
        browser.find("decide:reason").sendKeys("all 59,500 kg that arrived are billed already");
        browser.find("decide:dispute").click();
        waitForText("invoice", "Disputed");

        // the reconciliation of SKBA since the order, as Excel: the figures are numbers
        finance("nav-reconciliation");
        browser.find("period:partner");
        choose("period:partner", "SKBA");
        WebElement from = browser.find("period:from_input");
        from.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), LocalDate.now().minusDays(30).toString());
        browser.find("period:show").click();
        browser.waitForText("AE-PO-260003");
        browser.screenshot(Path.of("target", "screenshots", "pages", "finance-reconciliation.png"));
        browser.find("period:excel").click();
        Path excel = browser.downloads().resolve("reconciliation-SKBA-" + LocalDate.now().minusDays(30) + "-" + LocalDate.now() + ".xlsx");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(excel));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(excel))) {
            var row = java.util.stream.StreamSupport.stream(book.getSheet("Reconciliation").spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "AE-PO-260003".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(60000.0);   // ordered
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(59500.0);   // received: 20,000 + 19,500 + 20,000
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(65000.0);   // invoiced: 3 x 20,000 + 5,000
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(60000.0);  // approved: the three trucks
        }

        // the supplier sees the dispute and its reason
        browser.login("skba", "demo-skba");
        finance("nav-invoices");
        browser.driver().findElement(By.linkText("SKBA-INV-77139")).click();
        browser.waitForText("Disputed");
        assertThat(browser.text()).contains("all 59,500 kg that arrived are billed already");
        assertThat(browser.has("decide:reason")).isFalse();
        browser.screenshot(Path.of("target", "screenshots", "pages", "partner-disputed-invoice.png"));
    }

    /** Every page this work touched, seen by each role that may open it; saved for people to look at, none broken. */
    @Test
    void eachRoleSeesTheFinanceAndShipmentPagesWithoutErrors() {
        String[][] logins = {{"finance", "demo-finance"}, {"buyer", "demo-buyer"}, {"skba", "demo-skba"}, {"piedmont", "demo-piedmont"}};
        for (String[] login : logins) {
            browser.login(login[0], login[1]);
            finance("nav-invoices");
            browser.find("invoices:table");
            shot(login[0] + "-invoices");
            if (!browser.driver().findElements(By.partialLinkText("-INV-")).isEmpty()) {
                browser.driver().findElements(By.partialLinkText("-INV-")).get(0).click();
                browser.waitForText("Three-way match");
                shot(login[0] + "-invoice");
            }
            finance("nav-reconciliation");
            browser.find("period:partner");
            shot(login[0] + "-reconciliation");
            assertThat(browser.text()).as(login[0]).doesNotContain("Something went wrong", "Not allowed");
            browser.find("menu:nav-shipments").click();
            browser.find("shipments:table");
            if (!browser.driver().findElements(By.partialLinkText("SH-")).isEmpty()) {
                browser.driver().findElements(By.partialLinkText("SH-")).get(0).click();
                browser.waitForText("Receipts");
                shot(login[0] + "-ship-notice");
            }
            assertThat(browser.text()).as(login[0]).doesNotContain("Something went wrong");
        }
    }

    /** Finds an order in the purchase-order list as a person does: the menu, the PO number filter, the link. */
    /**
     * An administrator creates a trading partner in the portal (issue 13 item 1), from the Administration menu: a taken
     * interchange ID is refused beside the form, the new supplier is listed, then deactivated and activated again.
     */
    @Test
    void anAdministratorCreatesAndDeactivatesATradingPartnerInThePortal() {
        browser.login("admin", "demo-admin");
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.find("menu:nav-admin")).perform();
        browser.find("menu:nav-partners").click();
        browser.find("new-partner:code").sendKeys("REVOLT");
        browser.find("new-partner:partner-name").sendKeys("Revolt Recycling");
        browser.driver().findElement(By.xpath("//*[@id='new-partner:partner-roles']//label[text()='Supplier']")).click();
        browser.find("new-partner:new-interchange-id").sendKeys("PIEDMONTCELL");   // Piedmont's
        browser.find("new-partner:new-application").sendKeys("REVOLT");
        browser.click("new-partner:create-partner");
        browser.waitForText("belongs to Piedmont Cell Works");
        browser.find("new-partner:new-interchange-id").clear();
        browser.find("new-partner:new-interchange-id").sendKeys("REVOLTRECYCLE");
        shot("admin-new-partner");
        browser.click("new-partner:create-partner");
        browser.waitForText("Trading partner REVOLT created");
        int row = rowOf("partners:table", "REVOLT");
        assertThat(browser.find("partners:table").findElements(By.cssSelector("tbody tr")).get(row).getText())
                .contains("Revolt Recycling", "Supplier", "ZZ:REVOLTRECYCLE", "004010", "yes");
        browser.find("partners:table").findElements(By.cssSelector("tbody tr")).get(row).findElement(By.xpath(".//button[contains(., 'Deactivate')]"))
                .click();
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Revolt Recycling is deactivated");
        assertThat(browser.find("partners:table").findElements(By.cssSelector("tbody tr")).get(rowOf("partners:table", "REVOLT"))
                .getText()).contains("Activate").doesNotContain("Deactivate");
        assertThat(browser.find("partners:table").findElements(By.cssSelector("tbody tr")).get(rowOf("partners:table", "ASCEND"))
                .getText()).as("the hub is never deactivated").doesNotContain("Deactivate");
        shot("admin-partner-deactivated");
        browser.find("partners:table").findElements(By.cssSelector("tbody tr")).get(rowOf("partners:table", "REVOLT"))
                .findElement(By.xpath(".//button[contains(., 'Activate')]")).click();
        browser.waitForText("Revolt Recycling is active again");
    }

    /** Procurement places an order for 5 t of EV battery scrap with Piedmont (web EDI), over the API. */
    private void placeWithPiedmont(String poNumber) {
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(new PortalClient(deployment).postJson("api/purchase-orders", "{\"poNumber\":\"" + poNumber + "\",\"sellerCode\":\"PIEDMONT\","
                + "\"orderDate\":\"" + today + "\",\"currency\":\"USD\",\"lines\":[{\"materialCode\":\"EOL-LIB-EV\",\"quantity\":5,"
                + "\"unit\":\"METRIC_TON\",\"unitPrice\":0.85,\"priceUnit\":\"KILOGRAM\"}]}", "buyer", "demo-buyer").statusCode()).isEqualTo(201);
    }

    private void openOrder(String poNumber) {
        browser.find("menu:nav-orders").click();
        browser.find("orders:po").sendKeys(poNumber);
        browser.find("orders:search").click();
        browser.clickLink(poNumber);
    }

    private void shot(String name) {
        browser.screenshot(Path.of("target", "screenshots", "pages", name + ".png"));
    }

    /** Opens an item of the Finance menu as a person does: pointing at the menu, then clicking the item. */
    private void finance(String item) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.find("menu:nav-finance")).perform();
        browser.find("menu:" + item).click();
    }

    private void choose(String menuId, String value) {
        browser.find(menuId);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> value.equals(
                d.findElement(By.id(menuId + "_input")).getAttribute("value")));
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void exportsAListAsAFile() throws Exception {
        browser.login("finance", "demo-finance");
        browser.open("purchase-orders.xhtml");
        browser.find("orders:table");
        browser.find("orders:export-csv").click();
        Path csv = browser.downloads().resolve("purchase-orders.csv");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Files.exists(csv));
        String content = Files.readString(csv);
        assertThat(content).contains("PO number", "AE-PO-260001", "ECO-4500012345");
        // the total as a number a spreadsheet sums (no thousands separator, no currency in the cell)
        assertThat(content.lines().filter(line -> line.contains("AE-PO-260001"))).singleElement()
                .satisfies(line -> assertThat(line).matches(".*,\"[0-9]+(\\.[0-9]+)?\"$"));
    }

    /** Partner data that a spreadsheet would run as a formula is exported as text: a leading apostrophe. */
    @Test
    void aCsvExportNeverHandsASpreadsheetAPartnersFormula() throws Exception {
        String name = "=1+2-calc.x12";
        java.net.http.HttpResponse<String> kept = new PortalClient(deployment).post("api/interchanges?fileName="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), "not X12".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "ecopro", "demo-ecopro");
        assertThat(kept.statusCode()).as(kept.body()).isLessThan(500);
        browser.login("buyer", "demo-buyer");
        browser.open("edi-monitor.xhtml");
        assertThat(browser.find("monitor:table").getText()).contains("Syntax (TA1/997)", "Business");
        shot("buyer-edi-monitor");
        browser.find("monitor:export-csv").click();
        Path csv = browser.downloads().resolve("interchanges.csv");
        // the browser writes the download as it arrives: wait until the row is in it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(java.io.UncheckedIOException.class)
                .until(d -> Files.exists(csv) && read(csv).contains("calc.x12"));
        String content = Files.readString(csv);
        assertThat(content).contains("\"'=1+2-calc.x12\"").doesNotContain("\"=1+2-calc.x12\"");
        // the partner's own view of the monitor shows both outcomes of its files too
        browser.login("ecopro", "demo-ecopro");
        browser.open("edi-monitor.xhtml");
        assertThat(browser.find("monitor:table").getText()).contains("Syntax (TA1/997)", "Business").doesNotContain("PIEDMONT");
        shot("ecopro-edi-monitor");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void staffUploadAFileInTheEdiMonitorAndSeeItsAcknowledgment() throws Exception {
        String isa = "ISA*00*          *00*          *ZZ*PIEDMONTCELL   *ZZ*ASCENDELEMENTS *261128*1100*U*00401*000007001*0*P*>~";
        Path file = Files.createTempFile("upload", ".x12");
        Files.writeString(file, isa + "\nGS*PO*PIEDMONT*ASCENDEL*20261128*1100*7001*X*004010~\nST*850*0001~\n"
                + "BEG*00*SA*PCW-2026-0042**20261128~\nPO1*1*3*MT*850**VP*EOL-LIB-EV~\nCTT*1~\nSE*5*0001~\nGE*1*7001~\n"
                + "IEA*1*000007001~\n");
        browser.login("buyer", "demo-buyer");
        browser.open("edi-monitor.xhtml");
        browser.find("upload:send");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(file.toString());  // hidden by the skin
        browser.find("upload:send").click();
        browser.waitForText("Acknowledgments");
        assertThat(browser.text()).contains("Processed", "Purchase orders created: PCW-2026-0042", "997-PIEDMONT-");
        // what our 997 said and what became of the order, side by side
        assertThat(browser.find("syntax-outcome").getText()).isEqualTo("Accepted");
        assertThat(browser.find("business-outcome").getText()).isEqualTo("Applied");
        shot("interchange-outcomes");
        browser.driver().findElement(By.partialLinkText("997-PIEDMONT-")).click();
        browser.waitForText("This is our answer to interchange");
        assertThat(browser.find("raw-content").getText()).contains("AK1*PO*7001", "AK9*A*1*1*1");
    }

    @Test
    void staffProcessARejectedFileAgainFromTheEdiMonitorAndPartnersCannot() throws Exception {
        String isa = "ISA*00*          *00*          *ZZ*ECOPROBMUS     *ZZ*SOMEONEELSE    *261128*1100*U*00401*000007101*0*P*>~";
        Path file = Files.createTempFile("misaddressed", ".x12");
        Files.writeString(file, isa + "\nGS*PO*ECOPRO*ELSE*20261128*1100*7101*X*004010~\nST*850*0001~\n"
                + "BEG*00*SA*ECO-7101**20261128~\nPO1*1*3*MT*850**VP*CAM-NMC811~\nCTT*1~\nSE*5*0001~\nGE*1*7101~\n"
                + "IEA*1*000007101~\n");
        browser.login("buyer", "demo-buyer");
        browser.open("edi-monitor.xhtml");
        browser.find("upload:send");
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(file.toString());
        browser.find("upload:send").click();
        browser.waitForText("Acknowledgments");
        assertThat(browser.find("status-reason").getText()).contains("Wrong receiver");
        // refused before any syntax check (no TA1/997 goes to a receiver it is not for): no syntax outcome, nothing applied
        assertThat(browser.find("syntax-outcome").getText()).isEqualTo("—");
        assertThat(browser.find("business-outcome").getText()).isEqualTo("Not applied");
        assertThat(browser.find("parsed:segments").getText()).contains("BEG", "ECO-7101");
        long id = idInUrl();

        browser.find("actions:reprocess").click();
        browser.find("actions:confirm-yes").click();
        browser.waitForText("Queued for processing again");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            browser.open("interchange.xhtml?id=" + id);
            return browser.find("status-reason").getText().contains("Wrong receiver");  // processed again, and again refused
        });
        assertThat(browser.has("actions:resend")).isFalse();

        browser.login("ecopro", "demo-ecopro");
        browser.open("interchange.xhtml?id=" + id);
        assertThat(browser.find("status-reason").getText()).contains("Wrong receiver");
        // refused before any syntax check (no TA1/997 goes to a receiver it is not for): no syntax outcome, nothing applied
        assertThat(browser.find("syntax-outcome").getText()).isEqualTo("—");
        assertThat(browser.find("business-outcome").getText()).isEqualTo("Not applied");
        assertThat(browser.has("actions:reprocess")).isFalse();
    }

    @Test
    void anAdministratorIssuesAndRevokesAPartnersApiTokenAndEditsItsProfile() throws Exception {
        browser.login("admin", "demo-admin");
        browser.open("admin/users.xhtml");
        int ecopro = rowOf("users:table", "ecopro");
        browser.find("users:table:" + ecopro + ":tokens").click();
        browser.find("token-editor:label").clear();
        browser.find("token-editor:label").sendKeys("EcoPro SAP");
        browser.find("token-editor:issue").click();
        String token = browser.waitFor(By.id("issued-token")).getText();
        assertThat(token).startsWith("bmp_");
        PortalClient api = new PortalClient(deployment);
        byte[] garbage = {'x'};
        assertThat(api.postWithToken("api/interchanges", garbage, token).statusCode()).isEqualTo(422);  // accepted as EcoPro
        browser.find("token-editor:token-table:0:revoke").click();
        browser.waitForText("revoked");
        assertThat(api.postWithToken("api/interchanges", garbage, token).statusCode()).isEqualTo(401);

        browser.open("admin/partners.xhtml");
        int piedmont = rowOf("partners:table", "PIEDMONT");
        browser.find("partners:table:" + piedmont + ":edit").click();
        WebElement window = browser.find("editor:window");
        window.clear();
        window.sendKeys("0");
        browser.find("editor:save").click();
        browser.waitForText("At least 1 hour");
        window = browser.find("editor:window");
        window.clear();
        window.sendKeys("48");
        browser.find("editor:as2-id").sendKeys("PIEDMONTAS2");
        browser.driver().findElement(By.xpath("//label[contains(., 'IEA02 without leading zeros')]")).click();
        browser.driver().findElement(By.cssSelector("#editor\\:receiving-advice .ui-chkbox-box")).click();
        browser.driver().findElement(By.cssSelector("#editor\\:under-contract .ui-chkbox-box")).click();
        shot("admin-partner-editor");
        browser.find("editor:as2-url").sendKeys("https://as2.piedmontcell.example/as2");
        Path certificate = Files.createTempFile("hub", ".pem");
        Files.writeString(certificate, api.get("api/as2/certificate", "admin", "demo-admin").body());
        browser.driver().findElement(By.id("certificates:certificate-file_input")).sendKeys(certificate.toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("certificates:certificate-table"), "CN="));
        browser.find("editor:save").click();
        browser.waitForText("Partner Piedmont");
        String profile = api.get("api/partners/PIEDMONT", "admin", "demo-admin").body();
        assertThat(profile).contains("\"as2Id\":\"PIEDMONTAS2\"", "https://as2.piedmontcell.example/as2");
        assertThat(profile).contains("\"allowedEnvelopeDeviations\":[\"IEA02_UNPADDED\"]", "\"sendReceivingAdvice\":true",
                "\"ordersUnderContract\":true");
        assertThat(api.get("api/partners/PIEDMONT/certificates", "admin", "demo-admin").body()).contains("CN=");

        // Piedmont has no EDI: AS2 off again, so that nothing is sent to that made-up URL by the other tests
        browser.open("admin/partners.xhtml");
        browser.find("partners:table:" + rowOf("partners:table", "PIEDMONT") + ":edit").click();
        browser.find("editor:as2-id").clear();
        browser.find("editor:as2-url").clear();
        browser.driver().findElement(By.cssSelector("#editor\\:receiving-advice .ui-chkbox-box")).click();
        browser.driver().findElement(By.cssSelector("#editor\\:under-contract .ui-chkbox-box")).click();
        browser.find("editor:save").click();
        browser.waitForText("Partner Piedmont");
        assertThat(api.get("api/partners/PIEDMONT", "admin", "demo-admin").body()).doesNotContain("PIEDMONTAS2")
                .contains("\"sendReceivingAdvice\":false", "\"ordersUnderContract\":false");
    }

    /** The row index of the table row that shows this text. */
    private int rowOf(String table, String text) {
        List<WebElement> rows = browser.find(table).findElements(By.cssSelector("tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is not in " + table);
    }

    private void logout() {
        browser.find("logout:logout-button").click();
        browser.waitFor(By.id("login:username"));
        assertThat(browser.text()).contains("You have logged out");
    }

    private long idInUrl() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Saves what the browser showed when a test failed. */
    static class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot(Path.of("target", "screenshots", context.getRequiredTestMethod().getName() + ".png"));
            }
        }
    }

}
