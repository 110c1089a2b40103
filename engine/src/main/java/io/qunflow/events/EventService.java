package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.common.ConflictException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.Member;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import io.qunflow.moderation.MessageFlags;
import io.qunflow.moderation.ModerationService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.MemberJoin;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    private final RuleEngine rules;
    private final ActionOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventService(EventStore events, GroupService groups, MemberService members, ModerationService moderation,
            RuleEngine rules, ActionOutbox outbox, TransactionTemplate tx, Clock clock) {
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
            return tx.execute(status -> apply(event));
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
        List<Judged> judged = switch (event.type()) {
            case MEMBER_JOINED -> memberJoined(group, event).stream().map(e -> new Judged(e, null)).toList();
            case MEMBER_LEFT -> {
                members.leave(group.id(), event.memberId(), event.at());
                yield List.of();
            }
            case MESSAGE_POSTED -> messagePosted(group, event);
            default -> List.of();
        };
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
        return List.of(rules.evaluate("welcome", List.of(new MemberJoin(group.id(), group.name(), event.memberId(),
                role.name(), nickname, group.welcomeMessage(), group.groupRules(), joined.memberCount()))));
    }

    /** An evaluation with the evidence it was made on, when there is any. */
    private record Judged(Evaluation evaluation, EventAnswer.Evidence evidence) {}

    private List<Judged> messagePosted(Group group, GroupEvent event) {
        Member speaker = members.speaker(group.id(), event.memberId());
        members.recordMessage(group.id(), event.memberId(), event.at());
        JsonNode payload = event.payload();
        MessageFlags flags = new MessageFlags(payload.path("miniProgram").asBoolean(false),
                payload.path("qrImage").asBoolean(false), payload.path("link").asBoolean(false));
        int recentMessages = events.countMessages(group.id(), event.memberId(),
                event.at().minusSeconds(moderation.floodWindowSeconds()), event.at());
        ModerationService.Moderation moderated = moderation.moderate(new ModerationService.MessageToCheck(
                event.eventId(), group.id(), speaker.memberId(), speaker.role().name(), null, speaker.joinedAt(),
                payload.path("text").asText(""), flags, event.at(), recentMessages));
        if (moderated.evaluation() == null) {
            return List.of();
        }
        ModerationService.Evidence e = moderated.evidence();
        EventAnswer.Evidence evidence = e == null ? null : new EventAnswer.Evidence(e.term(), e.category(),
                e.severity(), e.detector(), e.matchedOriginal(), e.matchedNormalized(), e.categories(),
                e.strikesInWindow(), e.strikeWindowDays());
        return List.of(new Judged(moderated.evaluation(), evidence));
    }

    private static String textOrNull(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
