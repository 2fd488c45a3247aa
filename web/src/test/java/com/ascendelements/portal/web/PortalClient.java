package com.ascendelements.portal.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the black-box tests: GET with or without a login, JSON answers parsed. */
final class PortalClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    PortalClient(URL deployment) {
        // Payara Micro listens on loopback only; Arquillian may report the machine's external name.
        this.base = URI.create("http://127.0.0.1:" + deployment.getPort() + "/");
    }

    HttpResponse<String> get(String path, String user, String password) {
        return get(path, user, password, HttpResponse.BodyHandlers.ofString());
    }

    /** A download: the body as bytes. */
    HttpResponse<byte[]> getBytes(String path, String user, String password) {
        return get(path, user, password, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> get(String path, String user, String password, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, byte[] body, String user, String password) {
        return send(path, "POST", "application/edi-x12", body, basic(user, password));
    }

    /** A partner's system: an API token instead of a password. */
    HttpResponse<String> postWithToken(String path, byte[] body, String apiToken) {
        return send(path, "POST", "application/edi-x12", body, "Bearer " + apiToken);
    }

    HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(path, "POST", "application/json", json.getBytes(StandardCharsets.UTF_8), basic(user, password));
    }

    HttpResponse<String> put(String path, String json, String user, String password) {
        return send(path, "PUT", "application/json", json.getBytes(StandardCharsets.UTF_8), basic(user, password));
    }

    HttpResponse<String> delete(String path, String user, String password) {
        return send(path, "DELETE", "application/json", new byte[0], basic(user, password));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String user, String password) {
        return send(path, "POST", contentType, body, basic(user, password));
    }

    /** The port the portal listens on (127.0.0.1). */
    int port() {
        return base.getPort();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String path, String method, String contentType, byte[] body, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", authorization).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return get(path, null, null);
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response);
    }

    static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response);
    }

    private static JsonStructure parse(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
