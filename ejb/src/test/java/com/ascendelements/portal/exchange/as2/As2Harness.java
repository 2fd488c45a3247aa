package com.ascendelements.portal.exchange.as2;

import com.ascendelements.portal.partners.As2Settings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.hc.core5.util.Timeout;

/** A receiving AS2 hub on 127.0.0.1 (JDK HTTP server around an {@link As2Receiver}) and what its intake saw. */
final class As2Harness implements AutoCloseable {

    record Accepted(As2Peer partner, String fileName, byte[] payload) {
    }

    record Refused(Long partnerId, String fileName, String reason) {
    }

    static final HubKey ALPHA_KEY = HubKey.generate("alpha", java.time.Duration.ofDays(30));
    static final HubKey BETA_KEY = HubKey.generate("beta", java.time.Duration.ofDays(30));
    static final HubKey MALLORY_KEY = HubKey.generate("mallory", java.time.Duration.ofDays(30));

    final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    final List<Refused> refused = new CopyOnWriteArrayList<>();
    final Map<String, As2Peer> partners = new HashMap<>();
    /** The HTTP headers of each request received, names in lower case. */
    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    /** The HTTP body of each request received, as it came. */
    final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    volatile UnaryOperator<byte[]> responseTamper = UnaryOperator.identity();
    volatile boolean failStorage;
    private final HttpServer server;
    final As2Receiver receiver;

    /** Hub "BETA" receiving; its partners are whatever the test puts in {@link #partners}. */
    As2Harness() throws IOException {
        Function<String, Optional<As2Peer>> lookup = id -> Optional.ofNullable(partners.get(id));
        receiver = new As2Receiver("BETA", BETA_KEY, lookup, new As2Receiver.Intake() {
            @Override
            public void accept(As2Peer partner, String fileName, byte[] payload) {
                if (failStorage) {
                    throw new IllegalStateException("database down");
                }
                accepted.add(new Accepted(partner, fileName, payload));
            }

            @Override
            public void refuse(Long partnerId, String fileName, byte[] rawMessage, String reason) {
                refused.add(new Refused(partnerId, fileName, reason));
            }
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/as2", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
            Map<String, String> lower = new HashMap<>();
            headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
            requests.add(lower);
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            bodies.add(body);
            As2Response response = receiver.receive(headers, body, "127.0.0.1");
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = responseTamper.apply(response.body());
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/as2";
    }

    /** ALPHA as BETA knows it. */
    As2Peer alphaAtBeta(As2Settings settings, X509Certificate certificate) {
        As2Peer peer = new As2Peer(1L, "ALPHA", settings, certificate);
        partners.put(settings.as2Id(), peer);
        return peer;
    }

    /** ALPHA's sender, with BETA as it knows it. */
    static As2Sender alphaSender() {
        return new As2Sender("ALPHA", ALPHA_KEY, "http://127.0.0.1:9/unused", Timeout.ofSeconds(5), Timeout.ofSeconds(20));
    }

    static As2Settings settings(String as2Id, String url, boolean signed, boolean encrypted, boolean compress,
                                As2Settings.MdnMode mode, boolean mdnSigned) {
        return new As2Settings(as2Id, url, signed, encrypted, compress, mode, mdnSigned, "sha-256", "aes256-cbc");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
