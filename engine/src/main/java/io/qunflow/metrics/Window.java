package io.qunflow.metrics;

import io.qunflow.groups.Group;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Whole days {@code from..to} in the group's zone; {@code [start, end)} as instants. */
record Window(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    /** The last {@code days} days, ending today in the group's time zone. */
    static Window lastDays(Group group, int days, Clock clock) {
        LocalDate to =
                OffsetDateTime.now(clock).atZoneSameInstant(group.timeZone()).toLocalDate();
        LocalDate from = to.minusDays(days - 1L);
        return new Window(from, to, startOf(from, group.timeZone()), startOf(to.plusDays(1), group.timeZone()));
    }

    static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A share with nothing to divide by is null. */
    static Double ratio(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    /** Four decimals: enough for a chart, and the same text for the same figures everywhere. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
