package io.qunflow.sop;

import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.Text;

/**
 * A calendar line as a client or a template gives it; checked by {@link SopCalendarService}: the
 * constraints here field by field, then what depends on the cadence and the group's time zone.
 *
 * @param cadence DAILY, WEEKLY, MONTHLY or ONCE
 * @param dayOfWeek MONDAY … SUNDAY, for WEEKLY
 * @param dayOfMonth 1 … 31, for MONTHLY only (a month without that day posts on its last day); taken
 *     as text so that "abc" or 1.5 is named with the range rather than as an unreadable request
 * @param date yyyy-MM-dd, for ONCE
 * @param time HH:mm in the group's time zone
 */
public record NewSopEntry(
        @OneOf(value = Cadence.class, required = true) String cadence,
        String dayOfWeek,
        String dayOfMonth,
        String date,
        String time,
        @OneOf(value = Purpose.class, required = true) String purpose,
        @OneOf(value = ContentKind.class, required = true) String contentKind,
        @Text(max = 2000, required = true) String text,
        @Text(max = 2000) String link,
        @Text(max = 100) String owner,
        @Text(max = 2000) String notes) {}
