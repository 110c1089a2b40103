package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.checkins.CheckIn;
import io.qunflow.checkins.CheckInService;
import io.qunflow.common.ConflictException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.ActivityCounts;
import io.qunflow.members.Member;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import io.qunflow.moderation.MessageFlags;
import io.qunflow.moderation.ModerationService;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.CheckInStreak;
import io.qunflow.rules.model.MemberJoin;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hot path: takes one event from a group, applies it, asks the rules what to do, and stores
 * the event, the decisions' actions and the answer in one transaction. The event id makes it
 * idempotent: the same id again gets the first answer back and changes nothing.
 */
@Service
public class EventService {

    /** Tries of one event that lost a race with a concurrent one; each try rolls back whole. */
    private static final int MAX_ATTEMPTS = 4;

    private final EventStore events;
    private final GroupService groups;
    private final MemberService members;
    private final ModerationService moderation;
    private final RewardService rewards;
    private final CheckInService checkIns;
    private final RuleEngine rules;
    private final ActionOutbox outbox;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    EventService(
            EventStore events,
            GroupService groups,
            MemberService members,
            ModerationService moderation,
            RewardService rewards,
            CheckInService checkIns,
            RuleEngine rules,
            ActionOutbox outbox,
            TransactionTemplate tx,
            ApplicationEventPublisher published,
            Clock clock) {
        this.rewards = rewards;
        this.checkIns = checkIns;
        this.events = events;
        this.groups = groups;
        this.members = members;
        this.moderation = moderation;
        this.rules = rules;
        this.outbox = outbox;
        this.tx = tx;
        this.published = published;
        this.clock = clock;
    }

    /**
     * Applies an event once.
     *
     * @throws io.qunflow.common.NotFoundException when the group does not exist
     * @throws ConflictException when the group is archived
     */
    public EventAnswer accept(GroupEvent event) {
        for (int attempt = 1; ; attempt++) {
            Optional<EventAnswer> earlier = events.answer(event.eventId());
            if (earlier.isPresent()) {
                return earlier.get().asDuplicate();
            }
            try {
                return tx.execute(status -> rules.forEvent(event.eventId(), () -> apply(event)));
            } catch (DuplicateKeyException | TransientDataAccessException raced) {
                // Another request with the same event id committed first (its answer is the answer,
                // found at the top of the loop), or a concurrent event of the group created a row
                // this one meant to create (a member's first message, a day's activity, a milestone)
                // or held a lock too long: the whole event rolled back, so applying it again is safe.
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** Events applied in one transaction in a batch; bounds how long a batch holds its row locks. */
    static final int CHUNK = 100;

    private static final Logger log = LoggerFactory.getLogger(EventService.class);

    /**
     * What became of one event of a batch: its answer (the same as {@link #accept} gives), or the
     * refusal that stopped it, which leaves the other events of the batch alone.
     */
    public record Outcome(EventAnswer answer, RuntimeException refusal) {}

    /**
     * Applies a batch of events, each once, and answers for each in order. Events run in chunks of
     * {@value #CHUNK}, one transaction per chunk with a savepoint per event, so a refused event
     * (unknown or archived group) is rolled back alone while the rest commit together. An event id
     * seen before, or earlier in the same batch, gets the first answer back as a duplicate. Should a
     * chunk fail as a whole (a deadlock with a concurrent writer, a failing rule), its events are
     * applied again one by one through {@link #accept}, so one event cannot fail its neighbours.
     */
    public List<Outcome> acceptAll(List<GroupEvent> batch) {
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        Map<String, EventAnswer> answered = new HashMap<>();
        for (int from = 0; from < batch.size(); from += CHUNK) {
            List<GroupEvent> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
            Set<String> ids = new LinkedHashSet<>();
            chunk.forEach(e -> ids.add(e.eventId()));
            answered.putAll(events.answers(ids));
            // Applied group by group (a stable sort: one group's events keep their order), so
            // concurrent batches lock groups in the same order instead of deadlocking.
            int[] order = IntStream.range(0, chunk.size())
                    .boxed()
                    .sorted(Comparator.comparing(i -> chunk.get(i).groupId()))
                    .mapToInt(Integer::intValue)
                    .toArray();
            List<GroupEvent> ordered = Arrays.stream(order).mapToObj(chunk::get).toList();
            List<Outcome> applied;
            try {
                applied = tx.execute(status -> applyChunk(ordered, answered));
            } catch (RuntimeException chunkFailed) {
                log.warn(
                        "A batch chunk of {} events failed as a whole; applying them one by one",
                        chunk.size(),
                        chunkFailed);
                applied = ordered.stream().map(this::acceptAlone).toList();
            }
            Outcome[] done = new Outcome[chunk.size()];
            for (int k = 0; k < order.length; k++) {
                done[order[k]] = applied.get(k);
            }
            for (int i = 0; i < chunk.size(); i++) {
                Outcome outcome = done[i];
                if (outcome.answer() == null && outcome.refusal() instanceof DuplicateKeyException) {
                    // Raced with a concurrent call for the same id, which committed first and whose
                    // answer is the answer; or with a concurrent event that created a row this one
                    // meant to create (a member's first event, a day's first activity): the event
                    // rolled back alone, so it is applied again on its own.
                    GroupEvent raced = chunk.get(i);
                    outcome = events.answer(raced.eventId())
                            .map(a -> new Outcome(a.asDuplicate(), null))
                            .orElseGet(() -> acceptAlone(raced));
                }
                if (outcome.answer() != null && !outcome.answer().duplicate()) {
                    answered.put(chunk.get(i).eventId(), outcome.answer());
                }
                outcomes.add(outcome);
            }
        }
        return outcomes;
    }

    private List<Outcome> applyChunk(List<GroupEvent> chunk, Map<String, EventAnswer> answeredBefore) {
        TransactionTemplate savepoint = new TransactionTemplate(tx.getTransactionManager());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        Map<String, EventAnswer> answered = new HashMap<>(answeredBefore);
        List<Outcome> outcomes = new ArrayList<>(chunk.size());
        for (GroupEvent event : chunk) {
            EventAnswer earlier = answered.get(event.eventId());
            if (earlier != null) {
                outcomes.add(new Outcome(earlier.asDuplicate(), null));
                continue;
            }
            try (MDC.MDCCloseable g = MDC.putCloseable("groupId", event.groupId());
                    MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId())) {
                EventAnswer answer = savepoint.execute(status -> rules.forEvent(event.eventId(), () -> apply(event)));
                answered.put(event.eventId(), answer);
                outcomes.add(new Outcome(answer, null));
            } catch (io.qunflow.common.NotFoundException | ConflictException | DuplicateKeyException refused) {
                outcomes.add(new Outcome(null, refused));
            }
        }
        return outcomes;
    }

    private static final int ATTEMPTS = 3;

    /**
     * {@link #accept}, tried again when it lost a race to a concurrent writer: a lock wait or a
     * deadlock, or two first events of one new member inserting the member at once. Safe because
     * the failed try rolled back whole and applying is idempotent by event id. After the last try
     * the failure is thrown (answered 503, send again).
     */
    public EventAnswer acceptRetrying(GroupEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                return accept(event);
            } catch (TransientDataAccessException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Outcome acceptAlone(GroupEvent event) {
        try (MDC.MDCCloseable g = MDC.putCloseable("groupId", event.groupId());
                MDC.MDCCloseable e = MDC.putCloseable("eventId", event.eventId())) {
            return new Outcome(acceptRetrying(event), null);
        } catch (io.qunflow.common.NotFoundException | ConflictException refused) {
            return new Outcome(null, refused);
        }
    }

    private EventAnswer apply(GroupEvent event) {
        Group group = groups.get(event.groupId());
        if (group.archived()) {
            throw new ConflictException("Group '" + group.id() + "' is archived and takes no more events");
        }
        // The member as stored before this event, read once for everything below that needs them.
        Member actor = switch (event.type()) {
            case MEMBER_JOINED, MEMBER_LEFT -> null;
            default -> members.speaker(group.id(), event.memberId(), event.at());
        };
        List<Judged> judged = new ArrayList<>();
        // What the event counts towards the member's activity; null for membership changes.
        ActivityCounts counts = null;
        JsonNode payload = event.payload();
        switch (event.type()) {
            case MEMBER_JOINED -> {
                MemberService.Joined joined = memberJoined(group, event);
                actor = joined.member();
                welcome(group, event, joined).forEach(e -> judged.add(new Judged(e, null)));
            }
            case MEMBER_LEFT -> members.leave(group.id(), event.memberId(), event.at());
            case MESSAGE_POSTED -> {
                judged.addAll(messagePosted(group, actor, event));
                counts = ActivityCounts.message(
                        payload.path("text").asText(""),
                        payload.path("link").asBoolean(false)
                                || payload.path("miniProgram").asBoolean(false));
            }
            case CHECKED_IN -> {
                CheckIn checkIn = checkIns.checkIn(group, event.memberId(), event.eventId(), event.at());
                judged.add(new Judged(
                        rewards.checkedIn(
                                group,
                                event.eventId(),
                                event.at(),
                                new CheckInStreak(
                                        group.id(),
                                        event.memberId(),
                                        checkIn.counted(),
                                        checkIn.streakDays(),
                                        checkIn.totalDays()),
                                checkIn.day()),
                        null));
                counts = checkIn.counted() ? ActivityCounts.checkIn() : ActivityCounts.NONE;
            }
            case REACTION_GIVEN -> counts = ActivityCounts.reactionGiven();
            case ORDER_PAID ->
                counts = ActivityCounts.order(payload.path("amountCents").asLong(0));
            case LINK_CLICKED -> counts = ActivityCounts.linkClick();
        }
        if (event.type() != EventType.MEMBER_LEFT) {
            memberActivity(group, actor, event, counts).forEach(e -> judged.add(new Judged(e, null)));
        }
        List<Decision> decisions = judged.stream()
                .flatMap(j -> j.evaluation().decisions().stream())
                .toList();
        List<Action> actions = outbox.enqueue(NewAction.fromDecisions(
                event.eventId(), event.groupId(), event.eventId(), event.memberId(), decisions));
        EventAnswer answer = new EventAnswer(
                event.eventId(),
                false,
                judged.stream()
                        .flatMap(j -> j.evaluation().decisions().stream()
                                .map(d -> new EventAnswer.DecisionView(
                                        d.ruleSet(),
                                        d.ruleSetVersion(),
                                        d.rule(),
                                        d.outcome(),
                                        d.reason(),
                                        j.evidence())))
                        .toList(),
                actions.stream()
                        .map(a -> new EventAnswer.ActionView(
                                a.id(),
                                a.type().name(),
                                a.groupId(),
                                a.eventId(),
                                a.memberId(),
                                a.text(),
                                a.amountCents(),
                                a.points()))
                        .toList());
        // Stored last, with its answer: until this commits, nothing of the event is visible, and a
        // concurrent call with the same id fails here (or on the unique keys of what it decided)
        // and finds this answer when it tries again.
        events.insert(event, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), answer);
        published.publishEvent(new EventApplied(event, answer));
        return answer;
    }

    private MemberService.Joined memberJoined(Group group, GroupEvent event) {
        JsonNode payload = event.payload();
        return members.join(
                group.id(),
                event.memberId(),
                MemberRole.valueOf(payload.path("role").asText("MEMBER")),
                textOrNull(payload, "nickname"),
                textOrNull(payload, "birthday"),
                textOrNull(payload, "channel"),
                event.at());
    }

    /** A counted join is welcomed and may earn the join and member-count rewards; a repeat earns nothing. */
    private List<Evaluation> welcome(Group group, GroupEvent event, MemberService.Joined joined) {
        if (!joined.counted()) {
            return List.of();
        }
        Member member = joined.member();
        MemberJoin join = new MemberJoin(
                group.id(),
                group.name(),
                member.memberId(),
                member.role().name(),
                member.nickname(),
                group.welcomeMessage(),
                group.groupRules(),
                joined.memberCount());
        return List.of(
                rules.evaluate("welcome", List.of(join)), rewards.joined(group, event.eventId(), join, event.at()));
    }

    /** An evaluation with the evidence it was made on, when there is any. */
    private record Judged(Evaluation evaluation, ModerationService.Evidence evidence) {}

    private List<Judged> messagePosted(Group group, Member speaker, GroupEvent event) {
        JsonNode payload = event.payload();
        MessageFlags flags = new MessageFlags(
                payload.path("miniProgram").asBoolean(false),
                payload.path("qrImage").asBoolean(false),
                payload.path("link").asBoolean(false));
        // The stored messages in the window, and this one, which is stored once it is decided.
        int recentMessages = events.countMessages(
                        group.id(),
                        event.memberId(),
                        event.at().minusSeconds(moderation.floodWindowSeconds()),
                        event.at())
                + 1;
        ModerationService.Moderation moderated = moderation.moderate(new ModerationService.MessageToCheck(
                event.eventId(),
                group.id(),
                speaker.memberId(),
                speaker.role().name(),
                speaker.layer(),
                speaker.joinedAt(),
                payload.path("text").asText(""),
                flags,
                event.at(),
                recentMessages));
        if (moderated.evaluation() == null) {
            return List.of();
        }
        return List.of(new Judged(moderated.evaluation(), moderated.evidence()));
    }

    /**
     * Counts what the event did towards the activity record (by its own time) of the members it
     * concerns, the actor and the member a reaction was given to, and layers them again; a layer
     * change adds a TAG_MEMBER decision. Today's birthdays and holidays are rewarded here too.
     */
    private List<Evaluation> memberActivity(Group group, Member actor, GroupEvent event, ActivityCounts counts) {
        List<Evaluation> evaluations = new ArrayList<>(3);
        evaluations.add(rewards.occasions(group, event.eventId(), actor, event.at()));
        evaluations.add(members.recordActivity(group, actor, event.at(), counts));
        String target = textOrNull(event.payload(), "targetMemberId");
        if (event.type() == EventType.REACTION_GIVEN && target != null && !target.equals(event.memberId())) {
            evaluations.add(members.recordActivity(group, target, event.at(), ActivityCounts.reactionReceived()));
        }
        return evaluations.stream().filter(e -> !e.decisions().isEmpty()).toList();
    }

    private static String textOrNull(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
