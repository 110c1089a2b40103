package io.qunflow.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.Ids;
import io.qunflow.common.PeriodicRounds;
import io.qunflow.common.Words;
import io.qunflow.rules.RuleParameters;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Pushes outbox actions to webhooks. Each node polls on a thread of its own: it fans new actions
 * out into one delivery per (webhook, action), a pair the database keeps unique, then claims due
 * deliveries with a conditional UPDATE that takes a lease and sends them. Nothing is locked in
 * memory, so any number of nodes may run this at once without sending a delivery twice at a time;
 * receivers drop the rare repeat (a node dying after sending, before recording it) by delivery id.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int PAGE = 500;

    private final WebhookStore store;
    private final ActionOutbox outbox;
    private final RuleParameters parameters;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final Counter failures;
    private final Counter delivered;
    private final WebhookSender sender;
    private final PeriodicRounds poller;

    WebhookDispatcher(
            WebhookStore store,
            ActionOutbox outbox,
            RuleParameters parameters,
            WebhookSettings settings,
            ObjectMapper json,
            Clock clock,
            MeterRegistry meters,
            WebhookSender sender,
            BackgroundThreads threads) {
        this.store = store;
        this.outbox = outbox;
        this.parameters = parameters;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.failures = Counter.builder("qunflow.webhook.failures")
                .description("Webhook delivery attempts that failed (error status, timeout, refused connection)")
                .register(meters);
        this.delivered = Counter.builder("qunflow.webhook.deliveries")
                .description("Webhook deliveries the receiver accepted")
                .register(meters);
        this.sender = sender;
        this.poller = threads.rounds("qunflow-webhooks", settings.pollInterval(), this::poll);
    }

    /** One round: fan out, then send what is due. Runs on the poller; callable from tests. */
    void poll() {
        try {
            store.active().forEach(this::fanOut);
            send();
        } catch (RuntimeException e) {
            // The next round tries again; one failing round must not stop the poller.
            log.warn("Webhook round failed", e);
        }
    }

    private void fanOut(WebhookStore.Hook hook) {
        OffsetDateTime now = now();
        OffsetDateTime settled = now.minus(settings.settle());
        Set<String> known = store.fannedOut(hook.id(), hook.cursorSeq());
        long cursor = hook.cursorSeq();
        boolean settledSoFar = true;
        long from = hook.cursorSeq();
        List<ActionOutbox.Queued> page;
        do {
            page = outbox.after(from, PAGE);
            for (ActionOutbox.Queued queued : page) {
                if (!known.contains(queued.action().id())) {
                    store.insertDelivery(
                            Ids.next("whd"), hook.id(), queued.action().id(), queued.seq(), now);
                }
                settledSoFar &= queued.action().createdAt().isBefore(settled);
                if (settledSoFar) {
                    cursor = queued.seq();
                }
                from = queued.seq();
            }
        } while (page.size() == PAGE);
        if (cursor > hook.cursorSeq()) {
            store.advanceCursor(hook.id(), hook.cursorSeq(), cursor);
        }
    }

    private void send() {
        OffsetDateTime now = now();
        String lease = Ids.next("lease");
        for (String id : store.due(now, settings.batchSize())) {
            store.claim(id, lease, now, now.plus(settings.lease()));
        }
        List<WebhookStore.Delivery> claimed = store.leasedTo(lease);
        if (claimed.isEmpty()) {
            return;
        }
        List<WebhookStore.Hook> hooks = store.active();
        List<CompletableFuture<Void>> sending = new ArrayList<>(claimed.size());
        for (WebhookStore.Delivery delivery : claimed) {
            WebhookStore.Hook hook = hooks.stream()
                    .filter(h -> h.id().equals(delivery.webhookId()))
                    .findFirst()
                    .orElse(null);
            if (hook == null) {
                continue;
            }
            try {
                sending.add(attempt(hook, delivery, lease));
            } catch (RuntimeException cannotSend) {
                // Recorded as a failed attempt of this delivery alone: the rest of the claimed
                // batch is still sent now, not after its lease runs out.
                failed(
                        delivery,
                        lease,
                        null,
                        new Words("could not be sent (" + cannotSend.getClass().getSimpleName() + ")", "未能发出（内部错误）"));
            }
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<Void> attempt(WebhookStore.Hook hook, WebhookStore.Delivery delivery, String lease) {
        String body = body(hook, delivery);
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                Signature.DELIVERY_HEADER, delivery.id(),
                Signature.HEADER, Signature.header(hook.secret(), timestamp, body));
        // The hooks were read when the round began; a key or webhook revoked since is sent nothing.
        // Its delivery stays leased and is never due again: a deleted webhook's deliveries are dropped.
        return sender.post(URI.create(hook.url()), headers, body, () -> store.live(hook.id()))
                .thenAccept(sent -> sent.ifPresent(result -> recorded(delivery, lease, result)));
    }

    private void recorded(WebhookStore.Delivery delivery, String lease, WebhookSender.Result result) {
        if (result.delivered()) {
            delivered.increment();
            store.finish(
                    delivery.id(),
                    lease,
                    WebhookStore.DELIVERED,
                    delivery.nextAttemptAt(),
                    result.status(),
                    null,
                    now());
        } else {
            failed(delivery, lease, result.status(), result.reason());
        }
    }

    private void failed(WebhookStore.Delivery delivery, String lease, Integer status, Words error) {
        failures.increment();
        int attempts = delivery.attempts();
        OffsetDateTime now = now();
        Words detail = new Words(cut(error.en()), cut(error.zh()));
        if (attempts >= (int) parameters.number("webhooks.max-attempts")) {
            log.warn(
                    "Webhook delivery {} is a dead letter after {} attempts: {}", delivery.id(), attempts, detail.en());
            store.finish(delivery.id(), lease, WebhookStore.DEAD, delivery.nextAttemptAt(), status, detail, now);
        } else {
            store.finish(delivery.id(), lease, WebhookStore.PENDING, now.plus(backoff(attempts)), status, detail, now);
        }
    }

    private static String cut(String error) {
        return error.length() > 300 ? error.substring(0, 300) : error;
    }

    /**
     * Exponential back-off with jitter: the n-th retry waits {@code first × 2^(n-1)}, at most
     * {@code max}, less a random share of up to {@code jitter} of it, so deliveries that failed
     * together do not all come back together.
     */
    Duration backoff(int attempts) {
        double first = parameters.number("webhooks.first-retry-seconds");
        double max = parameters.number("webhooks.max-retry-seconds");
        double jitter = parameters.number("webhooks.jitter");
        double wait = Math.min(max, first * Math.pow(2, Math.max(0, attempts - 1)));
        wait -= wait * jitter * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(wait * 1000)));
    }

    /** What receivers get: the same bytes on every attempt of a delivery. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String deliveryId, String webhookId, ActionBody action) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionBody(
            String id,
            String type,
            String groupId,
            @JsonInclude(JsonInclude.Include.ALWAYS) String eventId,
            String memberId,
            String text,
            Long amountCents,
            Integer points,
            OffsetDateTime createdAt) {}

    private String body(WebhookStore.Hook hook, WebhookStore.Delivery delivery) {
        Action a = outbox.get(delivery.actionId());
        try {
            return json.writeValueAsString(new Body(
                    delivery.id(),
                    hook.id(),
                    new ActionBody(
                            a.id(),
                            a.type().name(),
                            a.groupId(),
                            a.eventId(),
                            a.memberId(),
                            a.text(),
                            a.amountCents(),
                            a.points(),
                            a.createdAt())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Override
    public void start() {
        poller.start();
    }

    @Override
    public void stop() {
        poller.stop();
    }

    @Override
    public boolean isRunning() {
        return poller.running();
    }

    @PreDestroy
    void close() {
        poller.close();
    }
}
