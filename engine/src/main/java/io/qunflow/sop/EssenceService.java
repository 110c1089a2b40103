package io.qunflow.sop;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.Ids;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.GroupService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's essence posts (群精华): members' messages and SOP posts worth keeping, each kept once,
 * with who kept it and why.
 */
@Service
public class EssenceService {

    private final EssenceStore store;
    private final SopStore posts;
    private final EventService events;
    private final GroupService groups;
    private final AuditTrail audit;
    private final Clock clock;

    EssenceService(
            EssenceStore store,
            SopStore posts,
            EventService events,
            GroupService groups,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.posts = posts;
        this.events = events;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** What to keep: exactly one of a message's event id and a post id. */
    @RequestSubject(value = "The essence post", zh = "精华帖")
    public record Mark(
            String messageEventId,
            String postId,
            @Text(max = 2000) String note) {}

    /**
     * Keeps a message or a post as essence; the mark's constraints have held where it arrived.
     *
     * @throws InvalidRequestException when the mark names neither or both, or a message of another type
     * @throws NotFoundException when the group has no such message or post
     * @throws ConflictException when it is kept already
     */
    @Transactional
    public EssencePost mark(String groupId, Mark mark, String actor) {
        groups.get(groupId);
        boolean message =
                mark.messageEventId() != null && !mark.messageEventId().isBlank();
        boolean post = mark.postId() != null && !mark.postId().isBlank();
        if (message == post) {
            throw refusal(
                    message ? "postId" : "messageEventId",
                    new Words("give exactly one of messageEventId and postId", "messageEventId 和 postId 须恰好给一个"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String note = mark.note() == null || mark.note().isBlank() ? null : mark.note();
        EssencePost kept;
        if (message) {
            GroupEvent event = events.find(groupId, mark.messageEventId())
                    .orElseThrow(() -> new NotFoundException("Message", "消息", mark.messageEventId()));
            if (event.type() != EventType.MESSAGE_POSTED) {
                throw refusal(
                        "messageEventId",
                        new Words(
                                "must name a MESSAGE_POSTED event, not " + event.type(),
                                "须为群消息事件（MESSAGE_POSTED），不能是 " + event.type()));
            }
            kept = new EssencePost(
                    Ids.next("ess"),
                    groupId,
                    "MESSAGE",
                    event.eventId(),
                    event.memberId(),
                    event.payload().path("text").asText(""),
                    note,
                    actor,
                    now);
        } else {
            SopPost sent = posts.post(groupId, mark.postId())
                    .orElseThrow(() -> new NotFoundException("SOP post", "SOP 帖子", mark.postId()));
            kept = new EssencePost(Ids.next("ess"), groupId, "POST", sent.id(), null, sent.text(), note, actor, now);
        }
        if (!store.insert(kept)) {
            throw new ConflictException(
                    kept.source().toLowerCase() + " '" + kept.sourceId() + "' is an essence post of group '" + groupId
                            + "' already",
                    (kept.source().equals("POST") ? "帖子 " : "消息 ") + kept.sourceId() + " 已经是社群 " + groupId + " 的精华帖");
        }
        audit.record(
                actor,
                "ESSENCE",
                groupId,
                "MARKED",
                note == null ? new Words("essence post", "精华帖") : new Words(note, null),
                "+ " + kept.source() + " " + kept.sourceId() + ": " + kept.text());
        return kept;
    }

    /** The group's essence posts, newest first. */
    public List<EssencePost> list(String groupId) {
        groups.get(groupId);
        return store.list(groupId);
    }

    /** Stops keeping an essence post; the message or post itself stays. */
    @Transactional
    public void unmark(String groupId, String essenceId, String actor) {
        groups.get(groupId);
        if (!store.delete(groupId, essenceId)) {
            throw new NotFoundException("Essence post", "精华帖", essenceId);
        }
        audit.record(
                actor,
                "ESSENCE",
                groupId,
                "UNMARKED",
                new Words("essence post " + essenceId, "精华帖 " + essenceId),
                "- " + essenceId);
    }

    private static InvalidRequestException refusal(String field, Words message) {
        return new InvalidRequestException(
                "The essence post is invalid", "精华帖有误", List.of(new FieldProblem(field, message)));
    }
}
