package io.qunflow.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.moderation.ModerationService;
import io.qunflow.moderation.Strike;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue of moderation decisions and the verdicts people give on them. Overturning a
 * decision takes its strike back, asks the connector to undo what can be undone (a removal, a
 * mute) and is audited; upholding is audited too. A verdict is final: a second one is refused.
 */
@Service
public class ReviewService {

    static final String AUDIT_SUBJECT = "MODERATION_REVIEW";

    private final ReviewStore store;
    private final ReviewNames names;
    private final ModerationService moderation;
    private final ActionOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewService(
            ReviewStore store,
            ReviewNames names,
            ModerationService moderation,
            ActionOutbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.names = names;
        this.moderation = moderation;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Items newest first, each with its group's name and its member's nickname; every filter may
     * be null.
     *
     * @param before the id of an item from an earlier page: only older items are listed
     */
    public List<ReviewItem> list(ReviewStatus status, String groupId, String memberId, String before, int limit) {
        Long beforeSeq = before == null
                ? null
                : store.seqOf(before)
                        .orElseThrow(() -> new InvalidRequestException(
                                "before",
                                new Words("The review item to list from", "作为起点的复核项"),
                                new Words("is not the id of a review item", "不是复核项的编号")));
        return names.named(store.list(new ReviewStore.Filter(status, groupId, memberId, beforeSeq, limit)));
    }

    /** The item with its group's name and its member's nickname. */
    public ReviewItem get(String id) {
        return names.named(find(id));
    }

    private ReviewItem find(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Review item", "复核项", id));
    }

    /**
     * What a verdict did.
     *
     * @param strikeWithdrawn the strike taken back from the member's record, or null (upheld, or
     *     the rule struck nobody, as a flood mute does)
     * @param actions the actions put in the outbox to undo what the decision did in the group
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerdictGiven(ReviewItem review, Strike strikeWithdrawn, List<Action> actions) {}

    /**
     * Gives the verdict on an open item, in one transaction with everything it entails.
     *
     * @param verdict UPHELD or OVERTURNED
     * @throws ConflictException when the item has a verdict already
     */
    @Transactional
    public VerdictGiven judge(String id, ReviewStatus verdict, String note, String actor) {
        if (verdict == ReviewStatus.OPEN) {
            throw new InvalidRequestException(
                    "verdict",
                    new Words("The verdict", "复核结论"),
                    new Words("must be UPHELD or OVERTURNED", "须为 UPHELD（维持）或 OVERTURNED（推翻）"));
        }
        ReviewItem item = find(id);
        if (!store.decide(id, verdict, actor, note, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))) {
            ReviewItem decided = find(id);
            throw new ConflictException(
                    "Review item '" + id + "' was already " + decided.status() + " by " + decided.decidedBy() + " at "
                            + decided.decidedAt(),
                    "复核项 " + id + " 已由 " + decided.decidedBy() + " 于 " + decided.decidedAt() + " 处理（" + decided.status()
                            + "）");
        }
        Strike withdrawn = null;
        List<Action> undone = List.of();
        if (verdict == ReviewStatus.OVERTURNED) {
            withdrawn = moderation.withdrawStrike(item.eventId(), item.rule()).orElse(null);
            undone = outbox.enqueue(undoing(item));
        }
        // The audit trail keeps a comment on every change; a verdict without a note has an empty one.
        audit.record(
                actor,
                AUDIT_SUBJECT,
                id,
                verdict.name(),
                note == null ? "" : note,
                diff(item, verdict, withdrawn, undone));
        return new VerdictGiven(get(id), withdrawn, undone);
    }

    /** One undoing action per action of the decision that a connector can undo, queued once. */
    private static List<NewAction> undoing(ReviewItem item) {
        List<NewAction> actions = new ArrayList<>();
        for (String outcome : item.outcomes()) {
            ActionType undo = Optional.ofNullable(ActionType.fromOutcome(outcome))
                    .map(ActionType::undoneBy)
                    .orElse(null);
            if (undo != null) {
                actions.add(new NewAction(
                        "review:" + item.id() + ":" + undo,
                        undo,
                        item.groupId(),
                        item.eventId(),
                        item.memberId(),
                        null,
                        null,
                        null));
            }
        }
        return actions;
    }

    private static String diff(ReviewItem item, ReviewStatus verdict, Strike withdrawn, List<Action> undone) {
        StringBuilder diff = new StringBuilder();
        diff.append("  ")
                .append(item.outcome())
                .append(" of member ")
                .append(item.memberId())
                .append(" in group ")
                .append(item.groupId())
                .append(" for message ")
                .append(item.eventId())
                .append(", rule 「")
                .append(item.rule())
                .append("」\n");
        diff.append("- ").append(ReviewStatus.OPEN).append('\n');
        diff.append("+ ").append(verdict).append('\n');
        if (withdrawn != null) {
            diff.append("- strike ")
                    .append(withdrawn.category())
                    .append(" 「")
                    .append(withdrawn.term())
                    .append("」 at ")
                    .append(withdrawn.at())
                    .append('\n');
        }
        undone.forEach(action -> diff.append("+ action ")
                .append(action.type())
                .append(' ')
                .append(action.id())
                .append('\n'));
        return diff.toString();
    }
}
