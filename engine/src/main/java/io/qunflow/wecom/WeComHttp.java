package io.qunflow.wecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.stereotype.Component;

/**
 * One HTTP exchange with WeCom, JSON both ways. Failures name what went wrong and never the
 * address: it can carry the secret (gettoken) or the access token. They also tell whether the
 * request can have reached WeCom: only a connection that was never made proves it did not.
 */
@Component
class WeComHttp {

    private final WeComSettings settings;
    private final ObjectMapper json;
    /**
     * Built on the first exchange, not at start: the client sets up TLS and a selector thread,
     * 0.3–0.4 s of a two-core start (docs/benchmarks.md, start-up report), and an installation
     * without WeCom configured never needs it.
     */
    private HttpClient http;

    WeComHttp(WeComSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        }
        return http;
    }

    JsonNode get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    JsonNode post(String url, Object body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http().send(
                            request.timeout(settings.timeout()).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException | SSLHandshakeException e) {
            throw WeComError.notSent(e.getClass().getSimpleName());
        } catch (IOException e) {
            // A reset, an empty answer, a read timeout: the request may have been sent and acted on.
            throw WeComError.answerLost(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WeComError.answerLost("interrupted");
        }
        // WeCom answers 200 with an errcode; anything else came from a proxy in between, which may
        // have passed the request on before it failed.
        if (response.statusCode() / 100 != 2) {
            throw WeComError.answerLost("HTTP " + response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw WeComError.answerLost("the answer is not JSON");
        }
    }
}
