package io.qunflow.wecom;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.common.Ids;
import io.qunflow.common.Words;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.RuleParameters;
import io.qunflow.sop.SopCalendarService;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Reads whether group owners have sent the broadcasts waiting for them: a sent broadcast is DONE
 * and its SOP post's reach becomes the group's members; one WeCom refused, or that the owner did not
 * confirm within {@code wecom.confirm-hours}, fails, and so does one whose send result WeCom still
 * answers with an errcode then. One that fails unsent is stopped in WeCom first, as the owner could
 * otherwise still send it.
 */
@Component
class BroadcastConfirmations {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final DeliveryStore store;
    private final DeliveryOutcomes outcomes;
    private final ActionOutbox outbox;
    private final ChatStore chats;
    private final Broadcasts broadcasts;
    private final GroupService groups;
    private final SopCalendarService sop;
    private final RuleParameters parameters;
    private final WeComSettings settings;
    private final WeComErrcodes errcodes;
    private final Clock clock;

    BroadcastConfirmations(
            DeliveryStore store,
            DeliveryOutcomes outcomes,
            ActionOutbox outbox,
            ChatStore chats,
            Broadcasts broadcasts,
            GroupService groups,
            SopCalendarService sop,
            RuleParameters parameters,
            WeComSettings settings,
            WeComErrcodes errcodes,
            Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.outbox = outbox;
        this.chats = chats;
        this.broadcasts = broadcasts;
        this.groups = groups;
        this.sop = sop;
        this.parameters = parameters;
        this.settings = settings;
        this.errcodes = errcodes;
        this.clock = clock;
    }

    /** Reads the broadcasts due for a look; {@code all} reads every waiting one now (tests, refreshes). */
    synchronized void read(boolean all) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String lease = Ids.next("lease");
        OffsetDateTime due = all ? now.plusYears(100) : now;
        for (DeliveryStore.Delivery delivery :
                store.claim(DeliveryStore.CONFIRMING, lease, due, now.plus(LEASE), 1000)) {
            // A round of a thousand slow answers outlasts its lease; one another node took since is
            // that node's to settle.
            if (!store.renew(
                    delivery.actionId(),
                    lease,
                    OffsetDateTime.now(clock)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .plus(settings.leaseOfOneItem()))) {
                continue;
            }
            Action action = outbox.get(delivery.actionId());
            // Asked of the member the broadcast went to; the group may have changed owner since.
            String owner = delivery.wecomSender() != null
                    ? delivery.wecomSender()
                    : chats.find(action.groupId())
                            .map(ChatStore.Chat::ownerUserId)
                            .orElse("");
            try {
                switch (broadcasts.result(delivery.wecomMsgid(), owner, action.groupId())) {
                    case SENT -> {
                        sop.recordReach(
                                action.id(), groups.get(action.groupId()).memberCount());
                        outcomes.done(
                                action.id(),
                                lease,
                                "sent by the group owner (WeCom broadcast " + delivery.wecomMsgid() + ")");
                    }
                    case REFUSED ->
                        outcomes.fail(
                                delivery,
                                lease,
                                new Words("WeCom did not send the broadcast into the group", "企业微信没有把这条群发发到群里"));
                    case WAITING -> {
                        if (overdue(delivery, now)) {
                            outcomes.fail(
                                    delivery,
                                    lease,
                                    stop(
                                            delivery,
                                            new Words(
                                                    "the group owner did not confirm the broadcast within " + hours()
                                                            + " hours",
                                                    "群主未在 " + hours() + " 小时内确认群发")));
                        } else {
                            later(delivery, lease, now, null, null);
                        }
                    }
                }
            } catch (WeComError e) {
                // Asked again, as WeCom answers 41063 for a broadcast it is still dispatching; but a
                // code that never passes must not keep the broadcast waiting beyond its time.
                if (overdue(delivery, now)) {
                    outcomes.fail(delivery, lease, e.errcode(), e.errmsg(), stop(delivery, errcodes.explain(e)));
                } else {
                    later(delivery, lease, now, e.errcode(), e.errmsg());
                }
            }
        }
    }

    /**
     * Stops a broadcast Qunflow gives up on, so that the owner cannot send it after it is reported
     * failed; answers why it failed with what became of the stop, in English and Chinese.
     */
    private Words stop(DeliveryStore.Delivery delivery, Words why) {
        try {
            broadcasts.cancel(delivery.wecomMsgid());
            return new Words(
                    why.en() + "; stopped in WeCom, the owner can no longer send it", zh(why) + "；已在企业微信停止该群发，群主不能再发送");
        } catch (WeComError e) {
            Words cancel = errcodes.explain(e);
            return new Words(
                    why.en() + "; WeCom did not stop it (" + cancel.en() + "), the owner may still send it",
                    zh(why) + "；企业微信未能停止该群发（" + zh(cancel) + "），群主仍可能发送");
        }
    }

    private static String zh(Words words) {
        return words.zh() == null ? words.en() : words.zh();
    }

    /** True when the owner's {@code wecom.confirm-hours} since the broadcast went to them are over. */
    private boolean overdue(DeliveryStore.Delivery delivery, OffsetDateTime now) {
        return delivery.updatedAt().plusMinutes(Math.round(confirmHours() * 60)).isBefore(now);
    }

    /** The hours to confirm as people write them: 48, 1.5. */
    private String hours() {
        return java.math.BigDecimal.valueOf(confirmHours()).stripTrailingZeros().toPlainString();
    }

    private double confirmHours() {
        return parameters.number("wecom.confirm-hours");
    }

    /** Looks again after {@code reach-interval}; the time it went to the owner stays its updated time. */
    private void later(
            DeliveryStore.Delivery delivery, String lease, OffsetDateTime now, Integer errcode, String errmsg) {
        store.move(
                delivery.actionId(),
                lease,
                DeliveryStore.CONFIRMING,
                false,
                now.plus(settings.reachInterval()),
                null,
                errcode,
                errmsg,
                delivery.updatedAt());
    }
}
