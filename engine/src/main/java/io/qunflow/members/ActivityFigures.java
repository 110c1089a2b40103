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
}
