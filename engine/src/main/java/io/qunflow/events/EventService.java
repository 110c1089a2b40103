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
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hot path: takes one event from a group, applies it, asks the rules what to do, and stores
 * the event, the decisions' actions and the answer in one transaction. The event id makes it
 * idempotent: the same id again gets the first answer back and changes nothing.
 */
@Service
public class EventService {

    private final EventStore events;
    private final GroupService groups;
    private final MemberService members;
    private final ModerationService moderation;
    private final RewardService rewards;
    private final CheckInService checkIns;
    private final RuleEngine rules;
    private final ActionOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventService(EventStore events, GroupService groups, MemberService members, ModerationService moderation,
            RewardService rewards, CheckInService checkIns, RuleEngine rules, ActionOutbox outbox, TransactionTemplate tx,
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
        this.clock = clock;
    }

    /**
     * Applies an event once.
     *
     * @throws io.qunflow.common.NotFoundException when the group does not exist
     * @throws ConflictException when the group is archived
     */
    public EventAnswer accept(GroupEvent event) {
        Optional<EventAnswer> earlier = events.answer(event.eventId());
        if (earlier.isPresent()) {
            return earlier.get().asDuplicate();
        }
        try {
            return tx.execute(status -> rules.forEvent(event.eventId(), () -> apply(event)));
        } catch (DuplicateKeyException raced) {
            // Another request with the same event id committed first; its answer is the answer.
            return events.answer(event.eventId()).orElseThrow(() -> raced).asDuplicate();
        }
    }

    private EventAnswer apply(GroupEvent event) {
        Group group = groups.get(event.groupId());
        if (group.archived()) {
            throw new ConflictException("Group '" + group.id() + "' is archived and takes no more events");
        }
        events.insert(event, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        List<Judged> judged = new ArrayList<>(switch (event.type()) {
            case MEMBER_JOINED -> memberJoined(group, event).stream().map(e -> new Judged(e, null)).toList();
            case MEMBER_LEFT -> {
                members.leave(group.id(), event.memberId(), event.at());
                yield List.of();
            }
            case MESSAGE_POSTED -> messagePosted(group, event);
            case CHECKED_IN -> checkedIn(group, event).stream().map(e -> new Judged(e, null)).toList();
            case REACTION_GIVEN, ORDER_PAID, LINK_CLICKED -> List.<Judged>of();
        });
        if (event.type() != EventType.MEMBER_LEFT) {
            memberActivity(group, event, List.of()).forEach(e -> judged.add(new Judged(e, null)));
        }
        List<Decision> decisions = judged.stream().flatMap(j -> j.evaluation().decisions().stream()).toList();
        List<Action> actions = outbox.enqueue(
                NewAction.fromDecisions(event.eventId(), event.groupId(), event.eventId(), event.memberId(), decisions));
        EventAnswer answer = new EventAnswer(
                event.eventId(),
                false,
                judged.stream()
                        .flatMap(j -> j.evaluation().decisions().stream()
                                .map(d -> new EventAnswer.DecisionView(d.ruleSet(), d.ruleSetVersion(), d.rule(),
                                        d.outcome(), d.reason(), j.evidence())))
                        .toList(),
                actions.stream()
                        .map(a -> new EventAnswer.ActionView(a.id(), a.type().name(), a.groupId(), a.eventId(),
                                a.memberId(), a.text(), a.amountCents(), a.points()))
                        .toList());
        events.saveAnswer(event.eventId(), answer);
        return answer;
    }

    private List<Evaluation> memberJoined(Group group, GroupEvent event) {
        JsonNode payload = event.payload();
        MemberRole role = MemberRole.valueOf(payload.path("role").asText("MEMBER"));
        String nickname = textOrNull(payload, "nickname");
        MemberService.Joined joined = members.join(group.id(), event.memberId(), role, nickname,
                textOrNull(payload, "birthday"), textOrNull(payload, "channel"), event.at());
        if (!joined.counted()) {
            return List.of();
        }
        MemberJoin join = new MemberJoin(group.id(), group.name(), event.memberId(), role.name(), nickname,
                group.welcomeMessage(), group.groupRules(), joined.memberCount());
        return List.of(rules.evaluate("welcome", List.of(join)), rewards.joined(group, event.eventId(), join, event.at()));
    }

    /** An evaluation with the evidence it was made on, when there is any. */
    private record Judged(Evaluation evaluation, ModerationService.Evidence evidence) {}

    private List<Judged> messagePosted(Group group, GroupEvent event) {
        Member speaker = members.speaker(group.id(), event.memberId());
        members.recordMessage(group.id(), event.memberId(), event.at());
        JsonNode payload = event.payload();
        MessageFlags flags = new MessageFlags(payload.path("miniProgram").asBoolean(false),
                payload.path("qrImage").asBoolean(false), payload.path("link").asBoolean(false));
        int recentMessages = events.countMessages(group.id(), event.memberId(),
                event.at().minusSeconds(moderation.floodWindowSeconds()), event.at());
        ModerationService.Moderation moderated = moderation.moderate(new ModerationService.MessageToCheck(
                event.eventId(), group.id(), speaker.memberId(), speaker.role().name(),
                members.standing(group.id(), speaker.memberId()).layer(), speaker.joinedAt(),
                payload.path("text").asText(""), flags, event.at(), recentMessages));
        if (moderated.evaluation() == null) {
            return List.of();
        }
        return List.of(new Judged(moderated.evaluation(), moderated.evidence()));
    }

    /** One check-in a day counts; the rewards rules tier on the streak it makes. */
    private List<Evaluation> checkedIn(Group group, GroupEvent event) {
        members.speaker(group.id(), event.memberId());
        CheckIn checkIn = checkIns.checkIn(group, event.memberId(), event.eventId(), event.at());
        return List.of(rewards.checkedIn(group, event.eventId(), new CheckInStreak(group.id(), event.memberId(),
                checkIn.counted(), checkIn.streakDays(), checkIn.totalDays()), checkIn.day()));
    }

    /**
     * Counts what the event did towards the member's activity record (by its own time) and
     * layers the members it concerns again; a layer change adds a TAG_MEMBER decision.
     */
    private List<Evaluation> memberActivity(Group group, GroupEvent event, List<Evaluation> before) {
        JsonNode payload = event.payload();
        List<String> concerned = new ArrayList<>(2);
        concerned.add(event.memberId());
        ActivityCounts counts = switch (event.type()) {
            case MESSAGE_POSTED -> ActivityCounts.message(payload.path("text").asText(""),
                    payload.path("link").asBoolean(false) || payload.path("miniProgram").asBoolean(false));
            case REACTION_GIVEN -> ActivityCounts.reactionGiven();
            case CHECKED_IN -> checkIns.counted(event.eventId()) ? ActivityCounts.checkIn() : ActivityCounts.NONE;
            case ORDER_PAID -> ActivityCounts.order(payload.path("amountCents").asLong(0));
            case LINK_CLICKED -> ActivityCounts.linkClick();
            default -> null;
        };
        if (counts != null) {
            members.recordActivity(group, event.memberId(), event.at(), counts);
        }
        String target = textOrNull(payload, "targetMemberId");
        if (event.type() == EventType.REACTION_GIVEN && target != null && !target.equals(event.memberId())) {
            members.recordActivity(group, target, event.at(), ActivityCounts.reactionReceived());
            concerned.add(target);
        }
        List<Evaluation> evaluations = new ArrayList<>(before);
        evaluations.add(rewards.occasions(group, event.eventId(), event.memberId(), event.at()));
        for (String memberId : concerned) {
            Evaluation layered = members.relayer(group, memberId);
            if (!layered.decisions().isEmpty()) {
                evaluations.add(layered);
            }
        }
        return evaluations;
    }

    private static String textOrNull(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
