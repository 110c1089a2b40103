package io.qunflow.checkins;

import java.time.LocalDate;

/**
 * A member's check-in record as of today.
 *
 * @param currentStreak consecutive days ending today, or yesterday when today's check-in is still to come; else 0
 */
public record CheckInStreakView(
        String memberId,
        int currentStreak,
        int longestStreak,
        int totalDays,
        LocalDate lastCheckInDay,
        boolean checkedInToday) {}
