package io.qunflow.webhooks;

import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.Words;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Sends one webhook request and says how it went, in a few words. Apache HttpClient rather than the
 * JDK's client because it lets the connection use only the addresses {@link WebhookTargets} checked
 * at that moment (its DNS resolver hook): the JDK client resolves by itself, so a name could pass
 * the check and connect somewhere else. Redirects are never followed, and the receiver's body is
 * never read into what Qunflow keeps: a dead letter records the status code and a short reason.
 */
@Component
class WebhookSender {

    /**
     * What an attempt came to: a status code when the receiver answered, and a short reason in
     * both languages (an operator reads it beside a dead letter).
     */
    record Result(Integer status, Words reason) {
        boolean delivered() {
            return status != null && status / 100 == 2;
        }
    }

    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final ThreadPoolTaskExecutor sending;
    /**
     * Built on the first send, not at start: setting up its TLS took 0.4 s of a two-core start
     * (docs/benchmarks.md, start-up report), and many installations send no webhook for a while.
     */
    private CloseableHttpClient http;

    WebhookSender(WebhookTargets targets, WebhookSettings settings, BackgroundThreads threads) {
        this.targets = targets;
        this.settings = settings;
        this.sending = threads.pool("qunflow-webhook-send", Math.max(1, Math.min(settings.batchSize(), 8)));
    }

    private synchronized CloseableHttpClient http() {
        if (http == null) {
            Timeout timeout = Timeout.of(settings.timeout());
            http = HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setDnsResolver(new CheckedDnsResolver(targets))
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(timeout)
                                    .setSocketTimeout(timeout)
                                    .build())
                            .setMaxConnTotal(settings.batchSize())
                            .setMaxConnPerRoute(settings.batchSize())
                            .build())
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setResponseTimeout(timeout)
                            .setConnectionRequestTimeout(timeout)
                            .build())
                    .disableRedirectHandling()
                    .disableAutomaticRetries()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .setUserAgent("Qunflow-Webhooks/1")
                    .build();
        }
        return http;
    }

    /**
     * Sends on a thread of the sending pool, once {@code stillWanted} says so there: the request may
     * wait in the pool's queue, and what was wanted when it was queued (the webhook, its key) may
     * have been revoked by the time it is sent. Empty when it was no longer wanted and nothing was
     * sent.
     */
    CompletableFuture<Optional<Result>> post(
            URI target, Map<String, String> headers, String body, BooleanSupplier stillWanted) {
        HttpPost request = new HttpPost(target);
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        return CompletableFuture.supplyAsync(
                () -> stillWanted.getAsBoolean() ? Optional.of(attempt(request)) : Optional.empty(), sending);
    }

    private Result attempt(HttpPost request) {
        try {
            // The body is discarded unread beyond what closing the response needs.
            return http().execute(request, response -> new Result(response.getCode(), answered(response.getCode())));
        } catch (IOException e) {
            return new Result(null, reason(e));
        }
    }

    /** The receiver answered, but not with success: its status code, which says why. */
    static Words answered(int status) {
        return new Words("HTTP " + status, "接收方回答 HTTP " + status + "，未接收");
    }

    static Words reason(IOException e) {
        if (e instanceof WebhookTargets.UnreachableHost unreachable) {
            // WebhookTargets' words: the host cannot be found, or leads to an internal address.
            return new Words(cut(unreachable.getMessage()), cut(unreachable.messageZh));
        }
        if (e instanceof UnknownHostException) {
            return new Words("unknown host", "找不到接收方的主机");
        }
        if (e instanceof ConnectTimeoutException || e instanceof InterruptedIOException) {
            return new Words("timed out", "接收方没有及时回答");
        }
        if (e instanceof ConnectException) {
            return new Words("connection refused", "接收方拒绝了连接");
        }
        if (e instanceof SSLException) {
            return new Words("TLS handshake failed", "与接收方的 TLS 握手失败");
        }
        return new Words(cut("connection failed (" + e.getClass().getSimpleName() + ")"), "连接接收方失败");
    }

    private static String cut(String reason) {
        return reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    /** Lets the sends under way finish (each within the timeout) before the connections close. */
    @PreDestroy
    void close() throws IOException {
        sending.shutdown();
        CloseableHttpClient built;
        synchronized (this) {
            built = http;
        }
        if (built != null) {
            built.close();
        }
    }

    /** The connection manager's resolver: only addresses {@link WebhookTargets} allows, or none. */
    private record CheckedDnsResolver(WebhookTargets targets) implements org.apache.hc.client5.http.DnsResolver {

        @Override
        public java.net.InetAddress[] resolve(String host) throws UnknownHostException {
            return targets.resolveAllowed(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return host;
        }
    }
}
