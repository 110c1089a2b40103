package io.qunflow.sop;

/**
 * A calendar line as a client or a template gives it; checked by {@link SopCalendarService}.
 *
 * @param cadence DAILY, WEEKLY or ONCE
 * @param dayOfWeek MONDAY … SUNDAY, for WEEKLY
 * @param date yyyy-MM-dd, for ONCE
 * @param time HH:mm in the group's time zone
 */
public record NewSopEntry(
        String cadence,
        String dayOfWeek,
        String date,
        String time,
        String purpose,
        String contentKind,
        String text,
        String link,
        String owner,
        String notes) {}
