package io.qunflow.rewards;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.rules.Evaluation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Celebrates today's birthdays and holidays in every group even when nobody posts: a member
 * silent on their birthday is rewarded too. The ledger's keys are the same as on the event path,
 * so whichever comes first pays and the other finds it paid.
 */
@Component
class OccasionSweep {

    private final GroupService groups;
    private final MemberService members;
    private final RewardService rewards;
    private final HolidayCalendar calendar;
    private final ActionOutbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;

    OccasionSweep(
            GroupService groups,
            MemberService members,
            RewardService rewards,
            HolidayCalendar calendar,
            ActionOutbox outbox,
            TransactionTemplate tx,
            Clock clock) {
        this.groups = groups;
        this.members = members;
        this.rewards = rewards;
        this.calendar = calendar;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${qunflow.rewards.occasion-sweep-first:PT1M}",
            fixedDelayString = "${qunflow.rewards.occasion-sweep:PT15M}")
    void rewardTodaysOccasions() {
        for (Group group : groups.all()) {
            if (!group.archived()) {
                celebrate(group);
            }
        }
    }

    /** Pays what today brings the group's members, once; answers the actions it queued. */
    List<Action> celebrate(Group group) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(group.timeZone()).toLocalDate();
        List<Member> inGroup = members.inGroup(group.id());
        List<Member> celebrated = new ArrayList<>(inGroup.stream()
                .filter(m -> RewardService.isBirthday(m.birthday(), today))
                .toList());
        // A holiday is the group's: one member's occasion carries it, and its key pays it once.
        if (celebrated.isEmpty() && calendar.on(today).isPresent() && !inGroup.isEmpty()) {
            celebrated.add(inGroup.get(0));
        }
        List<Action> queued = new ArrayList<>();
        for (Member member : celebrated) {
            try {
                queued.addAll(pay(group, member, now, today));
            } catch (DuplicateKeyException bookedMeanwhile) {
                // Another node's sweep, or the member's first event today, booked a key of this
                // occasion after this sweep looked and before it wrote. Weighed again, that is found
                // paid; the round goes on instead of leaving the other groups to the next one.
                queued.addAll(pay(group, member, now, today));
            }
        }
        return queued;
    }

    private List<Action> pay(Group group, Member member, OffsetDateTime now, LocalDate today) {
        return tx.execute(status -> {
            Evaluation paid = rewards.occasions(group, null, member, now);
            return outbox.enqueue(NewAction.fromDecisions(
                    "occasion:" + group.id() + ":" + member.memberId() + ":" + today,
                    group.id(),
                    null,
                    member.memberId(),
                    paid.decisions()));
        });
    }
}
