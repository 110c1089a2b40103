package io.qunflow.sop;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.common.Ids;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts what a workflow step asks for, counted against the same daily cap as the calendar's own
 * posts and recorded with them, so the SOP metrics (reach, clicks, orders) measure it too. Among
 * the entries of a purpose it posts the one this group has not posted for longest, so a step that
 * runs every day goes round its entries instead of repeating one.
 */
@Component
class StepPosting {

    private final SopStore store;
    private final GroupService groups;
    private final DailyCap cap;
    private final SopTemplates templates;
    private final ActionOutbox outbox;
    private final TransactionTemplate tx;

    StepPosting(
            SopStore store,
            GroupService groups,
            DailyCap cap,
            SopTemplates templates,
            ActionOutbox outbox,
            TransactionTemplate tx) {
        this.store = store;
        this.groups = groups;
        this.cap = cap;
        this.templates = templates;
        this.outbox = outbox;
        this.tx = tx;
    }

    /**
     * @param dedupeKey unique per visit of the step, so a retried job posts once
     * @param at the workflow's time of the step: the day the post counts on
     */
    StepPosted post(String groupId, StepContent content, String dedupeKey, OffsetDateTime at) {
        return tx.execute(status -> {
            Group group = groups.get(groupId);
            OffsetDateTime now = at.withOffsetSameInstant(ZoneOffset.UTC);
            if (group.archived()) {
                return new StepPosted(null, "the group was dissolved");
            }
            if (cap.reached(group, now)) {
                return new StepPosted(null, "the daily cap of " + cap.of() + " posts is reached");
            }
            Optional<Candidate> chosen = content.source() == StepContent.Source.POSITIONING
                    ? Optional.of(new Candidate(
                            Ids.next("step"),
                            Purpose.NOTICE,
                            "【" + group.name() + "】" + group.intro() + "\n" + group.groupRules()))
                    : leastRecentlyPosted(group, candidates(group, content));
            if (chosen.isEmpty()) {
                return new StepPosted(null, "there is no " + content.purpose() + " post to send");
            }
            Action action = outbox.enqueue(List.of(new NewAction(
                            dedupeKey + ":SEND_MESSAGE",
                            ActionType.SEND_MESSAGE,
                            groupId,
                            null,
                            null,
                            chosen.get().text(),
                            null,
                            null)))
                    .get(0);
            SopPost post = new SopPost(
                    Ids.next("post"),
                    groupId,
                    chosen.get().source(),
                    now,
                    group.memberCount(),
                    action.id(),
                    chosen.get().text(),
                    chosen.get().purpose());
            store.insertPost(post);
            return new StepPosted(post, null);
        });
    }

    /**
     * A post the step may send, with the entry id it is recorded under: the calendar entry's, or a
     * fresh one for a template's entry or the positioning (posts are unique per entry and time).
     */
    private record Candidate(String source, Purpose purpose, String text) {}

    private List<Candidate> candidates(Group group, StepContent content) {
        if (content.source() == StepContent.Source.CALENDAR) {
            List<Candidate> own = store.entries(group.id()).stream()
                    .filter(e -> e.purpose() == content.purpose())
                    .map(e -> new Candidate(e.id(), e.purpose(), body(e.text(), e.link())))
                    .toList();
            if (!own.isEmpty() || content.template() == null) {
                return own;
            }
        }
        return fromTemplate(content.template(), content.purpose());
    }

    private List<Candidate> fromTemplate(String name, Purpose purpose) {
        List<NewSopEntry> entries =
                templates.named(name).map(SopTemplate::entries).orElse(List.of());
        return IntStream.range(0, entries.size())
                .filter(i -> purpose.name().equals(entries.get(i).purpose()))
                .mapToObj(i -> new Candidate(
                        Ids.next("step"),
                        purpose,
                        body(entries.get(i).text(), entries.get(i).link())))
                .toList();
    }

    /** Never posted first, in their order; then the one posted longest ago. */
    private Optional<Candidate> leastRecentlyPosted(Group group, List<Candidate> candidates) {
        Map<String, OffsetDateTime> lastPosted = store.lastPostedAt(
                group.id(), candidates.stream().map(Candidate::text).toList());
        return candidates.stream()
                .min(Comparator.comparing(
                        (Candidate c) -> lastPosted.getOrDefault(c.text(), OffsetDateTime.MIN),
                        Comparator.naturalOrder()));
    }

    private static String body(String text, String link) {
        return link == null ? text : text + "\n" + link;
    }
}
