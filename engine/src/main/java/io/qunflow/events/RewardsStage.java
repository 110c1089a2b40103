package io.qunflow.events;

import io.qunflow.checkins.CheckIn;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.model.CheckInStreak;
import org.springframework.stereotype.Component;

/**
 * Rewards: what the event earns by the rewards rules: a counted join its welcome rewards and
 * member-count milestones, a check-in its daily points and streak bonuses, and any event but a
 * leave today's birthdays and holidays. A join the join gate's rules decided on earns nothing.
 */
@Component
class RewardsStage implements EventStage {

    private final RewardService rewards;

    RewardsStage(RewardService rewards) {
        this.rewards = rewards;
    }

    @Override
    public void apply(EventInProgress e) {
        GroupEvent event = e.event();
        if (e.welcomedJoin()) {
            e.judged(rewards.joined(e.group(), event.eventId(), e.memberJoin(), event.at()));
        }
        if (e.type() == EventType.CHECKED_IN) {
            CheckIn checkIn = e.checkIn();
            e.judged(rewards.checkedIn(
                    e.group(),
                    event.eventId(),
                    event.at(),
                    new CheckInStreak(
                            e.group().id(),
                            event.memberId(),
                            checkIn.counted(),
                            checkIn.streakDays(),
                            checkIn.totalDays()),
                    checkIn.day()));
        }
        if (e.type() != EventType.MEMBER_LEFT && !e.gateObjected()) {
            e.judged(rewards.occasions(e.group(), event.eventId(), e.actor(), event.at()));
        }
    }
}
