package io.qunflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests that talk to a running server over real HTTP. */
public final class ApiClient {

    /** An answer; {@code location} is its Location header, or null without one. */
    public record Reply(int status, String contentType, JsonNode body, String raw, String location) {

        public Reply(int status, String contentType, JsonNode body, String raw) {
            this(status, contentType, body, raw, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient withKey(int port, String key) {
        return new ApiClient("http://localhost:" + port, key == null ? null : "Bearer " + key);
    }

    public static ApiClient asUser(int port, String user, String password) {
        return new ApiClient(
                "http://localhost:" + port,
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Reply get(String path) {
        return send(builder(path).GET().build());
    }

    public Reply post(String path, String body) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Reply put(String path, String body) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Reply patch(String path, String body) {
        return send(builder(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Reply delete(String path) {
        return send(builder(path).DELETE().build());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            JsonNode body = null;
            if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
                body = JSON.readTree(raw);
            }
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body,
                    raw,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
