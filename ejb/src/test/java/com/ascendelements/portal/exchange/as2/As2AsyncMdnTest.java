package com.ascendelements.portal.exchange.as2;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascendelements.portal.partners.As2Settings.MdnMode;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ALPHA sends to BETA asking for an asynchronous signed MDN, which BETA posts to ALPHA's MDN endpoint. */
class As2AsyncMdnTest {

    record Confirmation(String messageId, boolean positive, String detail) {
    }

    As2Harness beta;
    HttpServer alphaMdnEndpoint;
    final List<Confirmation> confirmations = new CopyOnWriteArrayList<>();
    final List<Integer> mdnStatuses = new CopyOnWriteArrayList<>();
    final Map<String, As2MdnReceiver.Pending> pending = new ConcurrentHashMap<>();
    final Map<String, As2Peer> alphaPartners = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        beta = new As2Harness();
        As2MdnReceiver receiver = new As2MdnReceiver("ALPHA", As2Harness.ALPHA_KEY,
                id -> Optional.ofNullable(alphaPartners.get(id)), id -> Optional.ofNullable(pending.get(id)),
                (id, positive, detail) -> confirmations.add(new Confirmation(id, positive, detail)));
        alphaMdnEndpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        alphaMdnEndpoint.createContext("/as2/mdn", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            As2Response response = receiver.receive(headers, body, "127.0.0.1");
            mdnStatuses.add(response.status());
            exchange.sendResponseHeaders(response.status(), response.body().length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(response.body());
            }
        });
        alphaMdnEndpoint.start();
    }

    @AfterEach
    void stop() {
        beta.close();
        alphaMdnEndpoint.stop(0);
    }

    private As2Sender sender() {
        return new As2Sender("ALPHA", As2Harness.ALPHA_KEY,
                "http://127.0.0.1:" + alphaMdnEndpoint.getAddress().getPort() + "/as2/mdn", Timeout.ofSeconds(5), Timeout.ofSeconds(20));
    }

    @Test
    void theAsynchronousMdnIsVerifiedAgainstTheRecordedMicAndConfirmsTheDelivery() throws Exception {
        beta.alphaAtBeta(alphaWithMdnHost(), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), true, true, false, MdnMode.ASYNC, true),
                As2Harness.BETA_KEY.certificate());
        alphaPartners.put("BETA", betaAtAlpha);

        As2Sender.Result sent = sender().send(betaAtAlpha, "order.x12", As2RoundTripTest.X12,
                (id, mic) -> pending.put(id, new As2MdnReceiver.Pending(2L, mic)));
        assertThat(sent.outcome()).as(sent.detail()).isEqualTo(As2Sender.Outcome.AWAITING_MDN);
        assertThat(pending.get(sent.messageId()).mic()).isEqualTo(sent.mic()).isNotBlank();

        waitFor(() -> !mdnStatuses.isEmpty());
        assertThat(beta.accepted).hasSize(1);
        assertThat(confirmations).singleElement().satisfies(c -> {
            assertThat(c.messageId()).isEqualTo(sent.messageId());
            assertThat(c.positive()).isTrue();
            assertThat(c.detail()).contains("MIC matches");
        });
    }

    @Test
    void anAsynchronousMdnWhoseMicDiffersFromTheRecordedOneConfirmsNothing() throws Exception {
        beta.alphaAtBeta(alphaWithMdnHost(), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), true, true, false, MdnMode.ASYNC, true),
                As2Harness.BETA_KEY.certificate());
        alphaPartners.put("BETA", betaAtAlpha);

        sender().send(betaAtAlpha, "order.x12", As2RoundTripTest.X12,
                (id, mic) -> pending.put(id, new As2MdnReceiver.Pending(2L, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=, sha-256")));

        waitFor(() -> !mdnStatuses.isEmpty());
        assertThat(mdnStatuses).containsExactly(400);
        assertThat(confirmations).isEmpty();
    }

    @Test
    void anAsynchronousMdnFromAnotherPartnerThanTheAddresseeConfirmsNothing() throws Exception {
        beta.alphaAtBeta(alphaWithMdnHost(), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), true, true, false, MdnMode.ASYNC, true),
                As2Harness.BETA_KEY.certificate());
        alphaPartners.put("BETA", betaAtAlpha);

        // recorded as sent to partner 99, not BETA
        sender().send(betaAtAlpha, "order.x12", As2RoundTripTest.X12, (id, mic) -> pending.put(id, new As2MdnReceiver.Pending(99L, mic)));

        waitFor(() -> !mdnStatuses.isEmpty());
        assertThat(mdnStatuses).containsExactly(400);
        assertThat(confirmations).isEmpty();
    }

    /** ALPHA as BETA knows it: its AS2 URL on port 1, its MDN endpoint allowed as an MDN host (host and port). */
    private com.ascendelements.portal.partners.As2Settings alphaWithMdnHost() {
        return As2Harness.settings("ALPHA", "http://127.0.0.1:1/as2", true, true, false, MdnMode.ASYNC, true)
                .withPolicy(true, true, "sha-256", "aes128-cbc", false, "127.0.0.1:" + alphaMdnEndpoint.getAddress().getPort());
    }

    @Test
    void anAsynchronousMdnToAnotherHostIsRefusedWithANegativeMdnSayingWhy() throws Exception {
        // BETA knows ALPHA at another host: the message is refused, synchronously, with the reason, and kept
        beta.alphaAtBeta(As2Harness.settings("ALPHA", "http://partner.example/as2", true, false, false, MdnMode.ASYNC, true),
                As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        String mdnUrl = "http://127.0.0.1:" + alphaMdnEndpoint.getAddress().getPort() + "/as2/mdn";
        alpha.receiptDeliveryOption = mdnUrl;

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), As2RoundTripTest.X12);

        assertThat(mdn.status()).isEqualTo(200);
        assertThat(mdn.signed()).isTrue();
        assertThat(mdn.field("Disposition")).containsIgnoringCase("processed/error").contains("unexpected-processing-error");
        assertThat(mdn.field("Original-Message-ID")).isEqualTo(mdn.messageId());
        assertThat(mdn.text()).contains(mdnUrl).contains("partner.example:80").contains("not processed").doesNotContain("$");
        assertThat(beta.accepted).isEmpty();
        assertThat(beta.refused).singleElement().satisfies(r -> assertThat(r.reason()).contains("asynchronous MDN at " + mdnUrl));
        Thread.sleep(300);
        assertThat(mdnStatuses).isEmpty();
    }

    @Test
    void theSameHostOnAnotherPortIsAnotherHost() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", "http://127.0.0.1:1/as2", true, false, false, MdnMode.ASYNC, true),
                As2Harness.ALPHA_KEY.certificate());
        RawAs2Client alpha = new RawAs2Client();
        alpha.receiptDeliveryOption = "http://127.0.0.1:" + alphaMdnEndpoint.getAddress().getPort() + "/as2/mdn";

        RawAs2Client.Mdn mdn = alpha.send(beta.url(), As2RoundTripTest.X12);

        assertThat(mdn.field("Disposition")).containsIgnoringCase("error");
        assertThat(beta.accepted).isEmpty();
        assertThat(mdnStatuses).isEmpty();
    }

    @Test
    void anAsynchronousMdnToAListedMdnHostIsPostedThere() throws Exception {
        beta.alphaAtBeta(As2Harness.settings("ALPHA", "http://partner.example/as2", true, false, false, MdnMode.ASYNC, true)
                .withPolicy(true, false, "sha-256", "aes128-cbc", false, "127.0.0.1:" + alphaMdnEndpoint.getAddress().getPort()),
                As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), true, true, false, MdnMode.ASYNC, true),
                As2Harness.BETA_KEY.certificate());
        alphaPartners.put("BETA", betaAtAlpha);

        As2Sender.Result sent = sender().send(betaAtAlpha, "order.x12", As2RoundTripTest.X12,
                (id, mic) -> pending.put(id, new As2MdnReceiver.Pending(2L, mic)));

        assertThat(sent.outcome()).as(sent.detail()).isEqualTo(As2Sender.Outcome.AWAITING_MDN);
        waitFor(() -> !confirmations.isEmpty());
        assertThat(confirmations).singleElement().satisfies(c -> assertThat(c.positive()).isTrue());
    }

    @Test
    void anUnknownSenderAskingForAnAsynchronousMdnIsAnsweredSynchronously() {
        As2Response answer = beta.receiver.receive(java.util.Map.of("AS2-From", "NOBODY", "AS2-To", "BETA", "Message-ID", "<x@y>",
                "Content-Type", "application/edi-x12", "Disposition-Notification-To", "x@y",
                "Receipt-Delivery-Option", "http://127.0.0.1:" + alphaMdnEndpoint.getAddress().getPort() + "/as2/mdn"),
                As2RoundTripTest.X12, "127.0.0.1");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).containsIgnoringCase("authentication-failed")
                .contains("NOBODY is not a trading partner of BETA");
        assertThat(mdnStatuses).isEmpty();
    }

    @Test
    void aPositiveAsynchronousMdnWithoutMicConfirmsTheDeliveryWithANote() throws Exception {
        alphaPartners.put("BETA", new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), false, false, false, MdnMode.ASYNC, false),
                As2Harness.BETA_KEY.certificate()));
        pending.put("<m1@alpha>", new As2MdnReceiver.Pending(2L, "JE36dwPGYHYpeZu5BOnpoMt17Oksy8p6mdm07T+MW8s=, sha-256"));
        String report = "--b\r\nContent-Type: text/plain\r\n\r\nReceived.\r\n--b\r\nContent-Type: message/disposition-notification\r\n\r\n"
                + "Original-Message-ID: <m1@alpha>\r\nDisposition: automatic-action/MDN-sent-automatically; processed\r\n\r\n--b--\r\n";

        As2Response answer = postMdn(report);

        assertThat(answer.status()).as(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(confirmations).singleElement().satisfies(c -> {
            assertThat(c.positive()).isTrue();
            assertThat(c.detail()).contains("processed").contains("without a MIC check");
        });
    }

    @Test
    void anAsynchronousMdnSignedWithAnotherKeyIsASignatureFailure() throws Exception {
        beta.alphaAtBeta(alphaWithMdnHost(), As2Harness.ALPHA_KEY.certificate());
        As2Peer betaAtAlpha = new As2Peer(2L, "BETA", As2Harness.settings("BETA", beta.url(), true, false, false, MdnMode.ASYNC, true),
                As2Harness.BETA_KEY.certificate());
        // ALPHA holds MALLORY's certificate for BETA when the MDN arrives
        alphaPartners.put("BETA", new As2Peer(2L, "BETA", betaAtAlpha.settings(), As2Harness.MALLORY_KEY.certificate()));
        sender().send(betaAtAlpha, "order.x12", As2RoundTripTest.X12, (id, mic) -> pending.put(id, new As2MdnReceiver.Pending(2L, mic)));

        waitFor(() -> !mdnStatuses.isEmpty());
        assertThat(mdnStatuses).containsExactly(400);
        assertThat(confirmations).isEmpty();
    }

    private As2Response postMdn(String report) {
        As2MdnReceiver receiver = new As2MdnReceiver("ALPHA", As2Harness.ALPHA_KEY,
                id -> Optional.ofNullable(alphaPartners.get(id)), id -> Optional.ofNullable(pending.get(id)),
                (id, positive, detail) -> confirmations.add(new Confirmation(id, positive, detail)));
        return receiver.receive(Map.of("AS2-From", "BETA", "AS2-To", "ALPHA", "Message-ID", "<mdn1@beta>",
                "Content-Type", "multipart/report; report-type=disposition-notification; boundary=\"b\""),
                report.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "127.0.0.1");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("waited 20 s").isTrue();
    }
}
