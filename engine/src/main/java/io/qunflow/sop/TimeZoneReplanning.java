package io.qunflow.sop;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Words;
import io.qunflow.groups.GroupTimeZoneChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-plans a group's next post when the group moves to another time zone. Its calendar's times
 * are read on the group's clocks, but the waiting timer was set by the old zone's: it fired at
 * the old zone's hour, found nothing due by the new zone's, and the next post in between was lost.
 *
 * <p>A one-off post still ahead by the old zone's clocks can be past by the new zone's (a group
 * moved east): no plan from now would reach it, and it would never go out. It is sent at once
 * instead, as a timer the engine missed is, and the audit trail says so.
 */
@Component
class TimeZoneReplanning {

    private static final Logger log = LoggerFactory.getLogger(TimeZoneReplanning.class);

    private final SopStore store;
    private final SopDelivery delivery;
    private final SopPosting posting;
    private final AuditTrail audit;
    private final Clock clock;

    TimeZoneReplanning(SopStore store, SopDelivery delivery, SopPosting posting, AuditTrail audit, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.posting = posting;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * After the edit is committed, so the plan reads the new zone; a group without a calendar has
     * nothing to plan. In a transaction of its own: the edit's is committed already, and work
     * joining it would be committed by accident or not at all.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(GroupTimeZoneChanged change) {
        List<SopEntry> entries = store.entries(change.groupId());
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (SopEntry entry : entries) {
            movedIntoThePast(entry, change, now).ifPresent(due -> sendLate(change, entry, due));
        }
        delivery.calendarChanged(change.groupId());
    }

    /** The new due time of a one-off post the move put behind {@code now}, if it is one. */
    private static Optional<ZonedDateTime> movedIntoThePast(SopEntry entry, GroupTimeZoneChanged change, Instant now) {
        if (entry.cadence() != Cadence.ONCE) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.of(entry.date(), entry.time());
        ZonedDateTime before = local.atZone(change.from());
        ZonedDateTime after = local.atZone(change.to());
        return before.toInstant().isAfter(now) && !after.toInstant().isAfter(now)
                ? Optional.of(after)
                : Optional.empty();
    }

    private void sendLate(GroupTimeZoneChanged change, SopEntry entry, ZonedDateTime due) {
        SopPosting.LateOutcome outcome = posting.sendLate(change.groupId(), entry, due.toOffsetDateTime());
        if (outcome == SopPosting.LateOutcome.NOTHING_TO_SEND) {
            return;
        }
        String when = entry.date() + " " + entry.time();
        Words words = outcome == SopPosting.LateOutcome.SENT
                ? new Words(
                        "one-off post of " + when + " sent late: the group's time zone moved from " + change.from()
                                + " to " + change.to() + ", which put its time in the past",
                        "一次性帖子（" + when + "）已补发：社群时区从 " + change.from() + " 改为 " + change.to() + " 后，它的发布时间已经过去")
                : new Words(
                        "one-off post of " + when + " not sent late: the group's time zone moved from " + change.from()
                                + " to " + change.to()
                                + ", which put its time in the past, and that day's post cap is reached",
                        "一次性帖子（" + when + "）未补发：社群时区从 " + change.from() + " 改为 " + change.to()
                                + " 后，它的发布时间已经过去，而当天的发帖上限已满");
        log.info("Group {}: {}", change.groupId(), words.en());
        audit.record(
                "system",
                "SOP_CALENDAR",
                change.groupId(),
                outcome == SopPosting.LateOutcome.SENT ? "SENT_LATE" : "NOT_SENT_LATE",
                words,
                entry.describe());
    }
}
