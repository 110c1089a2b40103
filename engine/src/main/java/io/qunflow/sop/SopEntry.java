package io.qunflow.sop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * One line of a group's SOP calendar.
 *
 * @param dayOfWeek for WEEKLY entries
 * @param dayOfMonth for MONTHLY entries, 1 to 31: a month without that day posts on its last day
 * @param date for ONCE entries
 * @param time local time in the group's time zone
 */
public record SopEntry(
        String id,
        String groupId,
        Cadence cadence,
        DayOfWeek dayOfWeek,
        Integer dayOfMonth,
        LocalDate date,
        LocalTime time,
        Purpose purpose,
        ContentKind contentKind,
        String text,
        String link,
        String owner,
        String notes,
        OffsetDateTime createdAt) {

    /** The weekdays as the calendar's rules and audit trail name them. */
    static final String[] WEEKDAYS_ZH = {"每周一", "每周二", "每周三", "每周四", "每周五", "每周六", "每周日"};

    /** The entry in one line for the audit trail: when, what for, what kind, what it says. */
    String describe() {
        String when = switch (cadence) {
            case DAILY -> "每天";
            case WEEKLY -> WEEKDAYS_ZH[dayOfWeek.ordinal()];
            case MONTHLY -> "每月" + dayOfMonth + "日";
            case ONCE -> date.toString();
        };
        return when + " " + time + " [" + purpose + "/" + contentKind + "] " + text;
    }

    /** Whether the entry posts on that local date. */
    boolean postsOn(LocalDate day) {
        return switch (cadence) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> day.equals(dayIn(YearMonth.from(day)));
            case ONCE -> day.equals(date);
        };
    }

    /**
     * Whether the entry posts at that moment: its time on that day as the zone's clocks read it. On
     * the night the clocks skip its time (02:30 when New York springs forward) that is an hour
     * later, as {@link #nextAfter} plans it; comparing the wall-clock times alone sent nothing then.
     */
    boolean postsAt(ZonedDateTime due) {
        LocalDate day = due.toLocalDate();
        return postsOn(day)
                && day.atTime(time).atZone(due.getZone()).toInstant().equals(due.toInstant());
    }

    /** The first time the entry posts strictly after {@code after}, in the group's zone. */
    Optional<ZonedDateTime> nextAfter(ZonedDateTime after, ZoneId zone) {
        ZonedDateTime local = after.withZoneSameInstant(zone);
        return switch (cadence) {
            case ONCE -> {
                ZonedDateTime at = LocalDateTime.of(date, time).atZone(zone);
                yield at.isAfter(after) ? Optional.of(at) : Optional.empty();
            }
            case DAILY -> {
                ZonedDateTime today = local.toLocalDate().atTime(time).atZone(zone);
                yield Optional.of(
                        today.isAfter(after)
                                ? today
                                : local.toLocalDate().plusDays(1).atTime(time).atZone(zone));
            }
            case WEEKLY -> {
                LocalDate day = local.toLocalDate().with(TemporalAdjusters.nextOrSame(dayOfWeek));
                ZonedDateTime at = day.atTime(time).atZone(zone);
                yield Optional.of(
                        at.isAfter(after) ? at : day.plusWeeks(1).atTime(time).atZone(zone));
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(local);
                ZonedDateTime at = dayIn(month).atTime(time).atZone(zone);
                yield Optional.of(
                        at.isAfter(after)
                                ? at
                                : dayIn(month.plusMonths(1)).atTime(time).atZone(zone));
            }
        };
    }

    /** The day a MONTHLY entry posts in that month: its day of the month, or the month's last day when it has none. */
    private LocalDate dayIn(YearMonth month) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }
}
