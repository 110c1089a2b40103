package io.qunflow.checkins;

import java.time.LocalDate;

/**
 * The outcome of one CHECKED_IN event.
 *
 * @param counted false when the member had already checked in that day
 * @param day the day it counts for, in the group's time zone
 * @param streakDays consecutive days up to and including {@code day}
 * @param totalDays every day the member has checked in
 */
public record CheckIn(boolean counted, LocalDate day, int streakDays, int totalDays) {}
