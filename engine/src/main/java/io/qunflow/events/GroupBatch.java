package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.checkins.CheckIn;
import io.qunflow.checkins.CheckInBatch;
import io.qunflow.checkins.CheckInService;
import io.qunflow.groups.Group;
import io.qunflow.members.ActivityCounts;
import io.qunflow.members.Member;
import io.qunflow.members.MemberBatch;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import io.qunflow.moderation.MessageFlags;
import io.qunflow.moderation.ModerationBatch;
import io.qunflow.moderation.ModerationService;
import io.qunflow.rewards.RewardBatch;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.CheckInStreak;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One group's events of a batch applied set-based, in the caller's transaction, with the same
 * decisions, actions and stored state as the {@link EventPipeline} makes applying them one by one
 * in the same order. Each module reads what the events need of it at once (the members and their
 * activity windows, check-in days, strikes, the messages in the flood windows), the stages run in
 * memory event by event in order, and what waits can wait: members are layered in rounds of one
 * evaluation each, rewards booked with their keys looked up together. Then everything is written
 * back with batch statements: members, days, check-ins, strikes, ledger entries, the actions, the
 * events with their answers. {@link EventApplied} is announced last, once the strikes it is read
 * with are stored.
 */
@Component
class GroupBatch {

    private final MemberService members;
    private final CheckInService checkIns;
    private final ModerationService moderation;
    private final RewardService rewards;
    private final WelcomeStage welcome;
    private final ActionOutbox outbox;
    private final EventStore events;
    private final RuleEngine rules;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    GroupBatch(
            MemberService members,
            CheckInService checkIns,
            ModerationService moderation,
            RewardService rewards,
            WelcomeStage welcome,
            ActionOutbox outbox,
            EventStore events,
            RuleEngine rules,
            ApplicationEventPublisher published,
            Clock clock) {
        this.members = members;
        this.checkIns = checkIns;
        this.moderation = moderation;
        this.rewards = rewards;
        this.welcome = welcome;
        this.outbox = outbox;
        this.events = events;
        this.rules = rules;
        this.published = published;
        this.clock = clock;
    }

    /** What one event has been judged so far, and what is still to be evaluated or booked for it. */
    private record Applying(EventInProgress event, List<Supplier<Evaluation>> later) {}

    /** What the modules read for the group's events, and keep until the batch is written back. */
    private record Work(
            MemberBatch members,
            CheckInBatch checkIns,
            ModerationBatch moderation,
            FloodWindows flood,
            RewardBatch rewards) {}

    /** Applies the group's events, in order, in the current transaction; answers each in order. */
    List<EventAnswer> apply(Group group, List<GroupEvent> batch) {
        Work work = read(group, batch);
        List<Applying> applying = new ArrayList<>(batch.size());
        for (GroupEvent event : batch) {
            try (MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId())) {
                applying.add(rules.forEvent(event.eventId(), () -> decide(group, event, work)));
            }
        }
        work.members().layerAll();
        work.rewards().flush();
        List<NewAction> newActions = new ArrayList<>();
        List<Integer> actionCounts = new ArrayList<>(applying.size());
        for (Applying a : applying) {
            a.later().forEach(evaluation -> a.event().judged(evaluation.get()));
            List<NewAction> actions = RecordStage.actionsOf(a.event());
            newActions.addAll(actions);
            actionCounts.add(actions.size());
        }
        work.members().flush();
        work.checkIns().flush();
        if (work.moderation() != null) {
            work.moderation().flush();
        }
        return record(group, batch, applying, outbox.enqueueAll(newActions), actionCounts);
    }

    /** Reads at once what the group's events need of each module. */
    private Work read(Group group, List<GroupEvent> batch) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> checkingIn = new LinkedHashSet<>();
        Set<String> moderated = new LinkedHashSet<>();
        Set<String> posting = new LinkedHashSet<>();
        OffsetDateTime earliest = null;
        OffsetDateTime firstMessage = null;
        OffsetDateTime lastMessage = null;
        for (GroupEvent e : batch) {
            named.add(e.memberId());
            JsonNode target = e.payload().get("targetMemberId");
            if (e.type() == EventType.REACTION_GIVEN && target != null && !target.isNull()) {
                named.add(target.asText());
            }
            if (e.type() == EventType.CHECKED_IN) {
                checkingIn.add(e.memberId());
            } else if (e.type() == EventType.MESSAGE_POSTED || e.type() == EventType.MEMBER_JOINED) {
                moderated.add(e.memberId());
                earliest = earliest == null || e.at().isBefore(earliest) ? e.at() : earliest;
            }
            if (e.type() == EventType.MESSAGE_POSTED) {
                posting.add(e.memberId());
                firstMessage = firstMessage == null || e.at().isBefore(firstMessage) ? e.at() : firstMessage;
                lastMessage = lastMessage == null || e.at().isAfter(lastMessage) ? e.at() : lastMessage;
            }
        }
        int floodSeconds = moderation.floodWindowSeconds();
        return new Work(
                members.batch(group, named),
                checkIns.batch(group, checkingIn),
                moderated.isEmpty() ? null : moderation.batch(group.id(), moderated, earliest),
                new FloodWindows(
                        posting.isEmpty()
                                ? new HashMap<>()
                                : events.messageTimes(
                                        group.id(), posting, firstMessage.minusSeconds(floodSeconds), lastMessage),
                        floodSeconds),
                rewards.batch(group));
    }

    /** Answers each event with its actions as stored, stores the events with their answers and announces them. */
    private List<EventAnswer> record(
            Group group,
            List<GroupEvent> batch,
            List<Applying> applying,
            List<Action> stored,
            List<Integer> actionCounts) {
        List<EventAnswer> answers = new ArrayList<>(applying.size());
        List<EventStore.Applied> applied = new ArrayList<>(applying.size());
        int from = 0;
        for (int i = 0; i < applying.size(); i++) {
            int to = from + actionCounts.get(i);
            EventAnswer answer = RecordStage.answer(applying.get(i).event(), stored.subList(from, to));
            from = to;
            answers.add(answer);
            applied.add(new EventStore.Applied(batch.get(i), answer));
        }
        events.insertAll(
                applied,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                group.phase().name());
        for (EventStore.Applied a : applied) {
            published.publishEvent(new EventApplied(a.event(), a.answer()));
        }
        return answers;
    }

    /**
     * The stages of the {@link EventPipeline} for one event, in its order, on the batch's state:
     * what they judge at once is judged, what waits (layering, booking rewards) is kept in order.
     */
    private Applying decide(Group group, GroupEvent event, Work work) {
        MemberBatch memberBatch = work.members();
        RewardBatch rewardBatch = work.rewards();
        EventInProgress e = new EventInProgress(event);
        e.admittedTo(group);
        List<Supplier<Evaluation>> later = new ArrayList<>(3);
        String memberId = event.memberId();
        Supplier<String> layer = () -> memberBatch.layer(memberId);
        // Membership.
        switch (event.type()) {
            case MEMBER_JOINED ->
                e.joined(memberBatch.join(
                        memberId,
                        MemberRole.valueOf(event.payload().path("role").asText("MEMBER")),
                        e.payloadText("nickname"),
                        e.payloadText("birthday"),
                        e.payloadText("channel"),
                        event.at()));
            case MEMBER_LEFT -> memberBatch.leave(memberId, event.at());
            default -> e.from(memberBatch.speaker(memberId, event.at()));
        }
        // Join gate.
        if (e.countedJoin()) {
            ModerationService.Moderation screened =
                    work.moderation().screenJoin(event.eventId(), e.memberJoin(), layer, event.at());
            if (screened.evaluation() != null) {
                e.judged(screened.evaluation(), screened.evidence());
                if (!screened.evaluation().decisions().isEmpty()) {
                    e.objectedAtGate();
                }
            }
        }
        // Check-in.
        if (event.type() == EventType.CHECKED_IN) {
            e.checkedIn(work.checkIns().checkIn(memberId, event.eventId(), event.at()));
        }
        // Moderate.
        if (event.type() == EventType.MESSAGE_POSTED) {
            moderate(e, work.moderation(), work.flood(), layer);
        }
        welcome.apply(e);
        // Rewards.
        if (e.welcomedJoin()) {
            later.add(rewardBatch.joined(event.eventId(), e.memberJoin(), event.at()));
        }
        if (event.type() == EventType.CHECKED_IN) {
            CheckIn checkIn = e.checkIn();
            later.add(rewardBatch.checkedIn(
                    event.eventId(),
                    event.at(),
                    new CheckInStreak(
                            group.id(), memberId, checkIn.counted(), checkIn.streakDays(), checkIn.totalDays()),
                    checkIn.day()));
        }
        if (event.type() != EventType.MEMBER_LEFT && !e.gateObjected()) {
            later.add(rewardBatch.occasions(event.eventId(), e.actor(), event.at()));
        }
        // Activity and layering.
        if (event.type() != EventType.MEMBER_LEFT) {
            later.add(memberBatch.recordActivity(memberId, event.at(), ActivityStage.counts(e)));
            String target = e.payloadText("targetMemberId");
            if (event.type() == EventType.REACTION_GIVEN && target != null && !target.equals(memberId)) {
                later.add(memberBatch.recordActivity(target, event.at(), ActivityCounts.reactionReceived()));
            }
        }
        return new Applying(e, later);
    }

    private void moderate(
            EventInProgress e, ModerationBatch moderationBatch, FloodWindows flood, Supplier<String> layer) {
        GroupEvent event = e.event();
        Member speaker = e.actor();
        JsonNode payload = event.payload();
        MessageFlags flags = new MessageFlags(
                payload.path("miniProgram").asBoolean(false),
                payload.path("qrImage").asBoolean(false),
                payload.path("link").asBoolean(false),
                payload.path("contactCard").asBoolean(false),
                payload.path("contactCardOwner").asText(null));
        ModerationService.Moderation moderated = moderationBatch.moderate(
                new ModerationService.MessageToCheck(
                        event.eventId(),
                        e.group().id(),
                        speaker.memberId(),
                        speaker.role().name(),
                        null,
                        speaker.joinedAt(),
                        payload.path("text").asText(""),
                        flags,
                        event.at(),
                        flood.before(event.memberId(), event.at()) + 1),
                layer);
        flood.add(event.memberId(), event.at());
        if (moderated.evaluation() != null) {
            e.judged(moderated.evaluation(), moderated.evidence());
        }
    }
}
