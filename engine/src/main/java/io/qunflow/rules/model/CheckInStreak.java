package io.qunflow.rules.model;

/**
 * A member's check-in as reward rules see it.
 *
 * @param firstToday false when the member already checked in today (one check-in a day counts)
 * @param streakDays consecutive days up to and including today
 * @param totalDays every day the member ever checked in
 */
public record CheckInStreak(String groupId, String memberId, boolean firstToday, int streakDays, int totalDays) {}
