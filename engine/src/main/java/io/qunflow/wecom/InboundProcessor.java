package io.qunflow.wecom;

import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.Ids;
import io.qunflow.common.PeriodicRounds;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Processes the stored callbacks after WeCom has had its answer: at once when one arrives, and on
 * a timer for retries and for what another node stored. Each round claims due callbacks with a
 * lease, so nodes never process one at the same time; a failure is tried again with back-off and
 * becomes a dead letter after the last attempt.
 */
@Component
@ConditionalOnWeCom
class InboundProcessor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** How often processed callbacks past their retention are looked for: rounds come every second. */
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private static final int PRUNE_BATCH = 1000;

    private final InboundStore store;
    private final ChatSync chats;
    private final ContactEvents contacts;
    private final Backoff backoff;
    private final Duration retention;
    private final Duration leaseOfOneItem;
    private final Clock clock;
    private final PeriodicRounds worker;

    InboundProcessor(
            InboundStore store,
            ChatSync chats,
            ContactEvents contacts,
            Backoff backoff,
            WeComSettings settings,
            Clock clock,
            BackgroundThreads threads) {
        this.store = store;
        this.chats = chats;
        this.contacts = contacts;
        this.backoff = backoff;
        this.retention = settings.callbackRetention();
        this.leaseOfOneItem = settings.leaseOfOneItem();
        this.clock = clock;
        this.worker = threads.rounds("qunflow-wecom-inbound", settings.pollInterval(), this::processSafely);
    }

    /** Asks for a round soon, off the caller's thread (the callback answers WeCom first). */
    void wake() {
        worker.wake();
    }

    private OffsetDateTime prunedAt;

    /** Processes what is due until nothing is; callable from tests. */
    synchronized void process() {
        if (prunedAt == null || !now().isBefore(prunedAt.plus(PRUNE_EVERY))) {
            try {
                prune();
            } catch (RuntimeException e) {
                // Tried again in an hour; the callbacks waiting now are not held up by it.
                log.warn("Pruning processed WeCom callbacks failed", e);
            }
        }
        List<InboundStore.Callback> claimed;
        do {
            OffsetDateTime now = now();
            String lease = Ids.next("lease");
            claimed = store.claim(lease, now, now.plus(LEASE), BATCH);
            for (InboundStore.Callback callback : claimed) {
                if (store.renew(callback.id(), lease, now().plus(leaseOfOneItem))) {
                    handle(callback, lease);
                }
            }
        } while (claimed.size() == BATCH);
    }

    /**
     * Deletes the callbacks processed longer ago than the retention, a batch at a time so no one
     * statement holds many rows; callable from tests.
     */
    synchronized int prune() {
        prunedAt = now();
        OffsetDateTime before = prunedAt.minus(retention);
        int deleted = 0;
        int batch;
        do {
            batch = store.pruneProcessed(before, PRUNE_BATCH);
            deleted += batch;
        } while (batch == PRUNE_BATCH);
        return deleted;
    }

    private void handle(InboundStore.Callback callback, String lease) {
        try {
            XmlMessage message = XmlMessage.parse(callback.message());
            switch (callback.event()) {
                case "change_external_chat" -> chats.apply(message, callback.attempts());
                case "change_external_contact" -> contacts.apply(message);
                default -> {
                    // msgaudit_notify is kept as the record that archive messages wait (the bridge
                    // asks for it); other events carry nothing Qunflow acts on.
                }
            }
            store.finish(callback.id(), lease, InboundStore.DONE, now(), null, now());
        } catch (RuntimeException e) {
            int attempts = callback.attempts() + 1;
            boolean retry = !(e instanceof WeComError w && !w.retryable()) && !(e instanceof CallbackRejected);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (retry && !backoff.exhausted(attempts)) {
                store.finish(
                        callback.id(), lease, InboundStore.PENDING, now().plus(backoff.after(attempts)), error, now());
            } else {
                log.warn(
                        "WeCom callback {} ({}) is a dead letter after {} attempts: {}",
                        callback.id(),
                        callback.event(),
                        attempts,
                        error);
                store.finish(callback.id(), lease, InboundStore.FAILED, now(), error, now());
            }
        }
    }

    private void processSafely() {
        try {
            process();
        } catch (RuntimeException e) {
            log.warn("WeCom callback round failed", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }

    @PreDestroy
    void close() {
        worker.close();
    }
}
