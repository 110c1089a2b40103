package io.qunflow.members;

import java.time.LocalDate;

/**
 * A member's activity in rolling windows ending on a given day (in the group's time zone),
 * summed from the per-day record, so it depends on the events' times only.
 *
 * @param lastMessageDay the last day with a message within the last 100 days, or null
 */
public record ActivityFigures(
        String memberId,
        int messages7d,
        int messages30d,
        int messages100d,
        int shares30d,
        int questions30d,
        int reactionsGiven30d,
        int reactionsReceived30d,
        int checkIns7d,
        int checkIns30d,
        int orders30d,
        long orderCents30d,
        int linkClicks30d,
        LocalDate lastMessageDay) {

    /** A member with nothing recorded in the last 100 days. */
    public static ActivityFigures none(String memberId) {
        return new ActivityFigures(memberId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    /**
     * The figures once a day's counts grow by an event's, as the windows ending on {@code today}
     * count them (the same sums {@code ActivityStore} makes from the stored days).
     */
    ActivityFigures plus(LocalDate day, ActivityCounts c, LocalDate today) {
        if (day.isAfter(today) || day.isBefore(today.minusDays(99))) {
            return this;
        }
        int in7 = day.isBefore(today.minusDays(6)) ? 0 : 1;
        int in30 = day.isBefore(today.minusDays(29)) ? 0 : 1;
        LocalDate lastMessage =
                c.messages() > 0 && (lastMessageDay == null || day.isAfter(lastMessageDay)) ? day : lastMessageDay;
        return new ActivityFigures(
                memberId,
                messages7d + in7 * c.messages(),
                messages30d + in30 * c.messages(),
                messages100d + c.messages(),
                shares30d + in30 * c.shares(),
                questions30d + in30 * c.questions(),
                reactionsGiven30d + in30 * c.reactionsGiven(),
                reactionsReceived30d + in30 * c.reactionsReceived(),
                checkIns7d + in7 * c.checkIns(),
                checkIns30d + in30 * c.checkIns(),
                orders30d + in30 * c.orders(),
                orderCents30d + in30 * c.orderCents(),
                linkClicks30d + in30 * c.linkClicks(),
                lastMessage);
    }
}
