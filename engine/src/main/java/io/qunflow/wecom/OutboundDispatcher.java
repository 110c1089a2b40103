package io.qunflow.wecom;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.Ids;
import io.qunflow.common.PeriodicRounds;
import io.qunflow.common.Words;
import io.qunflow.groups.GroupService;
import io.qunflow.sop.SopCalendarService;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Carries out the outbox actions of WeCom groups, as a connector: reads the outbox in order behind
 * a cursor of its own (through the actions module's {@link ActionOutbox#after}), claims each action
 * with a lease, and sends it the way WeCom allows: a joiner's welcome through the group's welcome
 * template, messages and warnings as group broadcasts the owner confirms, and what WeCom has no API
 * for as an owner task. Busy and rate-limit codes are tried again with back-off; any other errcode
 * acknowledges the action FAILED with WeCom's errcode and errmsg, a dead letter on the WeCom page.
 * So does a broadcast or welcome template whose answer was lost once sent: WeCom may have created
 * it, and sending it again could post it twice ({@link WeComClient#create}).
 */
@Component
@ConditionalOnWeCom
class OutboundDispatcher implements SmartLifecycle {

    static final Set<ActionType> BROADCAST = Set.of(ActionType.SEND_MESSAGE, ActionType.WARN_MEMBER);
    static final Set<ActionType> OWNER_TASK = Set.of(
            ActionType.DELETE_MESSAGE, ActionType.REMOVE_MEMBER, ActionType.SEND_RED_ENVELOPE, ActionType.MUTE_MEMBER);

    private static final Words DISMISSED = new Words("the customer group was dismissed", "客户群已解散");

    private static final Logger log = LoggerFactory.getLogger(OutboundDispatcher.class);
    private static final int PAGE = 500;
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** How far behind the newest action the fan-out keeps looking, for transactions that committed late. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final ActionOutbox outbox;
    private final DeliveryStore store;
    private final ChatStore chats;
    private final Broadcasts broadcasts;
    private final WelcomeTemplates welcomes;
    private final OwnerTasks ownerTasks;
    private final GroupService groups;
    private final SopCalendarService sop;
    private final DeliveryOutcomes outcomes;
    private final BroadcastConfirmations confirmations;
    private final WeComSettings settings;
    private final Clock clock;
    private final PeriodicRounds poller;
    private OffsetDateTime nextConfirmationRound = OffsetDateTime.MIN;

    OutboundDispatcher(
            ActionOutbox outbox,
            DeliveryStore store,
            ChatStore chats,
            Broadcasts broadcasts,
            WelcomeTemplates welcomes,
            OwnerTasks ownerTasks,
            GroupService groups,
            SopCalendarService sop,
            DeliveryOutcomes outcomes,
            BroadcastConfirmations confirmations,
            WeComSettings settings,
            Clock clock,
            BackgroundThreads threads) {
        this.outbox = outbox;
        this.store = store;
        this.chats = chats;
        this.broadcasts = broadcasts;
        this.welcomes = welcomes;
        this.ownerTasks = ownerTasks;
        this.groups = groups;
        this.sop = sop;
        this.outcomes = outcomes;
        this.confirmations = confirmations;
        this.settings = settings;
        this.clock = clock;
        this.poller = threads.rounds("qunflow-wecom-outbound", settings.pollInterval(), this::pollSafely);
    }

    /** One round: new actions in, due ones out, and now and then the owners' confirmations. */
    synchronized void poll() {
        fanOut();
        deliver();
        if (!now().isBefore(nextConfirmationRound)) {
            confirmations.read(false);
            nextConfirmationRound = now().plus(settings.reachInterval());
        }
    }

    private void fanOut() {
        long cursor = store.cursor();
        long from = cursor;
        long settledUpTo = cursor;
        boolean settledSoFar = true;
        OffsetDateTime settled = now().minus(SETTLE);
        Set<String> known = store.fannedOut(cursor);
        List<ActionOutbox.Queued> page;
        do {
            page = outbox.after(from, PAGE);
            for (ActionOutbox.Queued queued : page) {
                Action action = queued.action();
                if ((BROADCAST.contains(action.type()) || OWNER_TASK.contains(action.type()))
                        && ActionOutbox.PENDING.equals(action.status())
                        && !known.contains(action.id())
                        && chats.known(action.groupId())) {
                    store.add(
                            action.id(),
                            queued.seq(),
                            action.groupId(),
                            action.type().name(),
                            now());
                }
                settledSoFar &= action.createdAt().isBefore(settled);
                if (settledSoFar) {
                    settledUpTo = queued.seq();
                }
                from = queued.seq();
            }
        } while (page.size() == PAGE);
        if (settledUpTo > cursor) {
            store.advance(cursor, settledUpTo);
        }
    }

    private void deliver() {
        List<DeliveryStore.Delivery> claimed;
        do {
            OffsetDateTime now = now();
            String lease = Ids.next("lease");
            claimed = store.claim(DeliveryStore.PENDING, lease, now, now.plus(LEASE), BATCH);
            for (DeliveryStore.Delivery delivery : claimed) {
                // A slow WeCom can outlast the round's lease; a delivery another node took since is
                // left to that node, or the group would get it twice.
                if (store.renew(delivery.actionId(), lease, now().plus(settings.leaseOfOneItem()))) {
                    deliver(delivery, lease);
                }
            }
        } while (claimed.size() == BATCH);
    }

    private void deliver(DeliveryStore.Delivery delivery, String lease) {
        Action action = outbox.get(delivery.actionId());
        Optional<ChatStore.Chat> chat = chats.find(action.groupId());
        if (!ActionOutbox.PENDING.equals(action.status())) {
            store.move(
                    action.id(),
                    lease,
                    DeliveryStore.DONE,
                    false,
                    now(),
                    null,
                    null,
                    "acknowledged by another connector",
                    now());
            return;
        }
        if (chat.isEmpty()
                || chat.get().dismissed()
                || groups.find(action.groupId()).map(g -> g.archived()).orElse(true)) {
            outcomes.fail(delivery, lease, DISMISSED);
            return;
        }
        String owner = chat.get().ownerUserId();
        try {
            if (OWNER_TASK.contains(action.type())) {
                OwnerTask task = ownerTasks.open(action, owner);
                store.move(
                        action.id(),
                        lease,
                        DeliveryStore.OWNER_TASK,
                        true,
                        now(),
                        null,
                        null,
                        "owner task " + task.id(),
                        now());
            } else if (action.type() == ActionType.SEND_MESSAGE && ChatSync.isJoin(action.eventId())) {
                Optional<String> template = welcomes.apply(action);
                if (template.isEmpty()) {
                    outcomes.fail(delivery, lease, DISMISSED);
                } else {
                    outcomes.done(
                            action.id(),
                            lease,
                            "group welcome template " + template.get() + " (WeCom sends it to each joiner)");
                }
            } else {
                String msgid = broadcasts.send(action, owner);
                sop.recordReach(action.id(), 0);
                store.awaitConfirmation(action.id(), lease, msgid, owner, now());
            }
        } catch (WeComError e) {
            outcomes.retryOrFail(delivery, lease, e);
        } catch (RuntimeException e) {
            // Not WeCom's answer (the task's workflow could not start, the database hiccuped):
            // tried again like a busy WeCom, a dead letter after the last attempt.
            log.warn("WeCom action {} could not be carried out", action.id(), e);
            String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
            outcomes.retryOrFail(
                    delivery,
                    lease,
                    new Words(
                            "Qunflow could not carry out the action (" + cause + ")",
                            "Qunflow 未能执行这个操作（" + cause + "）"));
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("WeCom delivery round failed", e);
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
