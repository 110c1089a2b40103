package io.qunflow.sop;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.common.Ids;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends a group's posts when they are due, as the group's workflow asks. */
@Component
class SopPosting {

    private final SopStore store;
    private final GroupService groups;
    private final DailyCap cap;
    private final ActionOutbox outbox;
    private final TransactionTemplate tx;

    SopPosting(SopStore store, GroupService groups, DailyCap cap, ActionOutbox outbox, TransactionTemplate tx) {
        this.store = store;
        this.groups = groups;
        this.cap = cap;
        this.outbox = outbox;
        this.tx = tx;
    }

    /**
     * Sends the posts due at that moment as SEND_MESSAGE actions, once each (a re-run sends
     * nothing again), never past the {@link DailyCap}, and records each post
     * with its reach.
     */
    List<SopPost> deliver(String groupId, OffsetDateTime dueAt) {
        return tx.execute(status -> {
            Group group = groups.get(groupId);
            if (group.archived()) {
                return List.of();
            }
            ZonedDateTime due = dueAt.atZoneSameInstant(group.timeZone());
            int most = cap.of();
            int sentToday = cap.sentOn(group, dueAt);
            List<SopPost> sent = new ArrayList<>();
            for (SopEntry entry : store.entries(groupId)) {
                if (!entry.postsAt(due) || sentToday >= most || postedThatDay(entry, due)) {
                    continue;
                }
                SopPost post = post(group, entry, due.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
                if (store.insertPost(post)) {
                    sent.add(post);
                    sentToday++;
                }
            }
            return sent;
        });
    }

    /** How a post sent late went: out now, held back by the day's cap, or nothing to send. */
    enum LateOutcome {
        SENT,
        HELD_BACK_BY_CAP,
        /** Out already that day, or the group dissolved meanwhile. */
        NOTHING_TO_SEND
    }

    /**
     * Sends one entry's post that was due at {@code dueAt} now, late, as a timer the engine missed
     * would: once (a post already out that day is not sent again), within the {@link DailyCap} of
     * the day it was due, recorded with its due time.
     */
    LateOutcome sendLate(String groupId, SopEntry entry, OffsetDateTime dueAt) {
        return tx.execute(status -> {
            Group group = groups.get(groupId);
            ZonedDateTime due = dueAt.atZoneSameInstant(group.timeZone());
            if (group.archived() || postedThatDay(entry, due)) {
                return LateOutcome.NOTHING_TO_SEND;
            }
            if (cap.sentOn(group, dueAt) >= cap.of()) {
                return LateOutcome.HELD_BACK_BY_CAP;
            }
            SopPost post = post(group, entry, due.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
            return store.insertPost(post) ? LateOutcome.SENT : LateOutcome.NOTHING_TO_SEND;
        });
    }

    /**
     * An entry posts at most once a day: moved to later the same day after it went out (to fix a
     * word), it waits for its next day rather than reach the members a second time.
     */
    private boolean postedThatDay(SopEntry entry, ZonedDateTime due) {
        LocalDate day = due.toLocalDate();
        return store.entryPostedBetween(
                entry.id(),
                day.atStartOfDay(due.getZone()).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(due.getZone()).toOffsetDateTime());
    }

    private SopPost post(Group group, SopEntry entry, OffsetDateTime at) {
        String body = body(entry.text(), entry.link());
        Action action = outbox.enqueue(List.of(new NewAction(
                        "sop:" + entry.id() + "@" + at.toInstant(),
                        ActionType.SEND_MESSAGE,
                        group.id(),
                        null,
                        null,
                        body,
                        null,
                        null)))
                .get(0);
        return new SopPost(
                Ids.next("post"), group.id(), entry.id(), at, group.memberCount(), action.id(), body, entry.purpose());
    }

    /** What members read of an entry: its text, and its link on a line of its own. */
    static String body(String text, String link) {
        return link == null ? text : text + "\n" + link;
    }
}
