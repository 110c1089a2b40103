package io.qunflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.Words;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What actually goes over the wire: only to checked addresses, no redirects, no body kept. */
class WebhookSenderTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger redirected = new AtomicInteger();
    private final Map<String, String> dns = new ConcurrentHashMap<>();

    @BeforeEach
    void listen() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/redirected");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/redirected", exchange -> {
            redirected.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/fails", exchange -> {
            requests.incrementAndGet();
            byte[] body = "internal stack trace with DB_PASSWORD=hunter2".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private WebhookSender sender(List<String> allowed) {
        WebhookTargets targets = new WebhookTargets(WebhookTargetsTest.dns(dns), allowed);
        return new WebhookSender(
                targets,
                new WebhookSettings(null, null, Duration.ofSeconds(5), null, 4, allowed, 0),
                new BackgroundThreads(new SimpleMeterRegistry()));
    }

    @Test
    void post_toANameThatRebindsToLoopback_isRefusedBeforeAnyConnection() {
        dns.put("rebind.example.com", "93.184.216.34");
        WebhookSender sender = sender(List.of());
        new WebhookTargets(WebhookTargetsTest.dns(dns), List.of())
                .check("http://rebind.example.com:" + port() + "/hook");
        dns.put("rebind.example.com", "127.0.0.1");

        WebhookSender.Result result = sender.post(
                        URI.create("http://rebind.example.com:" + port() + "/hook"), Map.of(), "{}", () -> true)
                .join()
                .orElseThrow();

        assertThat(result.delivered()).isFalse();
        assertThat(result.status()).isNull();
        assertThat(result.reason().en()).contains("internal address 127.0.0.1");
        assertThat(result.reason().zh()).contains("指向内部地址 127.0.0.1");
        assertThat(requests).hasValue(0);
    }

    @Test
    void post_toTheSameReceiverOnTheAllowList_isDelivered() {
        dns.put("hooks.corp.example", "127.0.0.1");

        WebhookSender.Result result = sender(List.of("127.0.0.1"))
                .post(URI.create("http://hooks.corp.example:" + port() + "/hook"), Map.of(), "{}", () -> true)
                .join()
                .orElseThrow();

        assertThat(result.delivered()).isTrue();
        assertThat(requests).hasValue(1);
    }

    @Test
    void post_doesNotFollowRedirects() {
        WebhookSender.Result result = sender(List.of("127.0.0.1"))
                .post(URI.create("http://127.0.0.1:" + port() + "/moved"), Map.of(), "{}", () -> true)
                .join()
                .orElseThrow();

        assertThat(result.delivered()).isFalse();
        assertThat(result.status()).isEqualTo(307);
        assertThat(requests).hasValue(1);
        assertThat(redirected).hasValue(0);
    }

    @Test
    void post_thatFails_keepsTheStatusAndNotTheReceiversBody() {
        WebhookSender.Result result = sender(List.of("127.0.0.1"))
                .post(URI.create("http://127.0.0.1:" + port() + "/fails"), Map.of(), "{}", () -> true)
                .join()
                .orElseThrow();

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.reason()).isEqualTo(new Words("HTTP 500", "接收方回答 HTTP 500，未接收"));
    }

    @Test
    void post_thatIsNoLongerWantedWhenItsTurnComes_sendsNothing() {
        Optional<WebhookSender.Result> result = sender(List.of("127.0.0.1"))
                .post(URI.create("http://127.0.0.1:" + port() + "/hook"), Map.of(), "{}", () -> false)
                .join();

        assertThat(result).isEmpty();
        assertThat(requests).hasValue(0);
    }
}
