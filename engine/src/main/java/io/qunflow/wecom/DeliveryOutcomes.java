package io.qunflow.wecom;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.common.ConflictException;
import io.qunflow.common.Words;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How a delivery ends: DONE, or FAILED with WeCom's errcode and errmsg (a dead letter), or back to
 * PENDING with back-off while tries remain; the end is reported to the action outbox, a failure
 * in English and Chinese (an errcode's advice from {@link WeComErrcodes}) for API clients and the UI.
 */
@Component
class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final DeliveryStore store;
    private final ActionOutbox outbox;
    private final Backoff backoff;
    private final Clock clock;
    private final WeComErrcodes errcodes;

    DeliveryOutcomes(DeliveryStore store, ActionOutbox outbox, Backoff backoff, Clock clock, WeComErrcodes errcodes) {
        this.store = store;
        this.outbox = outbox;
        this.backoff = backoff;
        this.clock = clock;
        this.errcodes = errcodes;
    }

    void done(String actionId, String lease, String detail) {
        store.move(actionId, lease, DeliveryStore.DONE, false, now(), null, null, null, now());
        acknowledge(actionId, "DONE", new Words(detail, null));
    }

    /** Tries again later when WeCom's failure may pass and tries remain; a dead letter otherwise. */
    void retryOrFail(DeliveryStore.Delivery delivery, String lease, WeComError e) {
        retryOrFail(delivery, lease, e.retryable(), e.errcode(), e.errmsg(), errcodes.explain(e));
    }

    /**
     * A failure of Qunflow's own, not WeCom's answer (a workflow that could not start, a database
     * hiccup): tried again like a busy WeCom, a dead letter after the last attempt.
     */
    void retryOrFail(DeliveryStore.Delivery delivery, String lease, Words why) {
        retryOrFail(delivery, lease, true, null, why.en(), why);
    }

    private void retryOrFail(
            DeliveryStore.Delivery delivery,
            String lease,
            boolean retryable,
            Integer errcode,
            String errmsg,
            Words why) {
        int attempts = delivery.attempts() + 1;
        if (retryable && !backoff.exhausted(attempts)) {
            store.move(
                    delivery.actionId(),
                    lease,
                    DeliveryStore.PENDING,
                    true,
                    now().plus(backoff.after(attempts)),
                    null,
                    errcode,
                    errmsg,
                    now());
        } else {
            fail(delivery, lease, errcode, errmsg, why);
        }
    }

    /** Fails an action for a reason of Qunflow's own, no errcode: the English is kept as the dead letter's errmsg. */
    void fail(DeliveryStore.Delivery delivery, String lease, Words why) {
        fail(delivery, lease, null, why.en(), why);
    }

    /** Fails an action, keeping WeCom's errcode and errmsg (if any) in the dead letter and telling why in both languages. */
    void fail(DeliveryStore.Delivery delivery, String lease, Integer errcode, String errmsg, Words why) {
        log.warn(
                "WeCom action {} ({}) failed: errcode {} {}",
                delivery.actionId(),
                delivery.actionType(),
                errcode,
                errmsg);
        store.move(delivery.actionId(), lease, DeliveryStore.FAILED, true, now(), null, errcode, errmsg, now());
        acknowledge(delivery.actionId(), "FAILED", why);
    }

    private void acknowledge(String actionId, String status, Words detail) {
        try {
            outbox.acknowledge(
                    actionId,
                    status,
                    new Words(InboundStore.truncate(detail.en()), InboundStore.truncate(detail.zh())));
        } catch (ConflictException acknowledgedElsewhere) {
            log.info("Action {} was acknowledged by another connector first", actionId);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
