package io.qunflow.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a MONTHLY entry posts: its day, a shorter month's last day, and the group's clocks. */
class MonthlyEntryPlanTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static SopEntry monthly(int dayOfMonth, String time) {
        return entry(Cadence.MONTHLY, null, dayOfMonth, time);
    }

    private static SopEntry entry(Cadence cadence, DayOfWeek dayOfWeek, Integer dayOfMonth, String time) {
        return new SopEntry(
                "sop_plan",
                "g",
                cadence,
                dayOfWeek,
                dayOfMonth,
                null,
                LocalTime.parse(time),
                Purpose.CONTENT,
                ContentKind.TEXT,
                "月度复盘",
                null,
                null,
                null,
                OffsetDateTime.parse("2028-01-01T00:00:00Z"));
    }

    /** The next {@code count} times the entry posts after {@code from}, one after the other, as the workflow plans them. */
    private static List<String> plan(SopEntry entry, ZonedDateTime from, ZoneId zone, int count) {
        List<String> planned = new ArrayList<>();
        ZonedDateTime after = from;
        for (int i = 0; i < count; i++) {
            after = entry.nextAfter(after, zone).orElseThrow();
            planned.add(after.toOffsetDateTime().toString());
        }
        return planned;
    }

    @Test
    void the31st_postsOnTheLastDayOfFebruaryInALeapYear_andOfA30DayMonth_thenOnThe31stAgain() {
        SopEntry entry = monthly(31, "09:00");

        assertThat(plan(entry, ZonedDateTime.of(2028, 1, 31, 9, 0, 0, 0, SHANGHAI), SHANGHAI, 4))
                .containsExactly(
                        "2028-02-29T09:00+08:00",
                        "2028-03-31T09:00+08:00",
                        "2028-04-30T09:00+08:00",
                        "2028-05-31T09:00+08:00");
        assertThat(entry.postsOn(LocalDate.parse("2028-02-29"))).isTrue();
        assertThat(entry.postsOn(LocalDate.parse("2028-02-28"))).isFalse();
        assertThat(entry.postsOn(LocalDate.parse("2028-04-30"))).isTrue();
        assertThat(entry.postsOn(LocalDate.parse("2028-04-29"))).isFalse();
        assertThat(entry.postsOn(LocalDate.parse("2028-05-30"))).isFalse();
    }

    @Test
    void the29th_postsOnTheLeapDay_butOnThe28thOfAnOrdinaryFebruary() {
        SopEntry entry = monthly(29, "20:00");

        assertThat(plan(entry, ZonedDateTime.of(2028, 2, 1, 0, 0, 0, 0, SHANGHAI), SHANGHAI, 1))
                .containsExactly("2028-02-29T20:00+08:00");
        assertThat(plan(entry, ZonedDateTime.of(2027, 2, 1, 0, 0, 0, 0, SHANGHAI), SHANGHAI, 2))
                .containsExactly("2027-02-28T20:00+08:00", "2027-03-29T20:00+08:00");
        assertThat(entry.postsOn(LocalDate.parse("2027-02-28"))).isTrue();
        assertThat(entry.postsOn(LocalDate.parse("2028-02-28"))).isFalse();
    }

    @Test
    void aDayStillAheadThisMonth_postsThisMonth_andOnePastPostsNextMonth() {
        SopEntry entry = monthly(15, "10:00");

        assertThat(plan(entry, ZonedDateTime.of(2028, 4, 15, 9, 59, 0, 0, SHANGHAI), SHANGHAI, 1))
                .containsExactly("2028-04-15T10:00+08:00");
        assertThat(plan(entry, ZonedDateTime.of(2028, 4, 15, 10, 0, 0, 0, SHANGHAI), SHANGHAI, 1))
                .containsExactly("2028-05-15T10:00+08:00");
    }

    /**
     * The group's clocks decide, as for a weekly entry: the day is the group's day, not the server's
     * (23:30 in Shanghai on the 30th is still the 30th there), and a time the spring-forward night
     * skips posts an hour later, a time the autumn night repeats posts the first time.
     */
    @Test
    void theGroupsZone_andItsDaylightSavingNights_planAMonthlyEntryAsAWeeklyOne() {
        SopEntry monthly = monthly(30, "23:30");
        assertThat(plan(monthly, ZonedDateTime.parse("2028-04-30T15:00:00Z[UTC]"), SHANGHAI, 1))
                .as("15:00 UTC is 23:00 in Shanghai, half an hour before the post")
                .containsExactly("2028-04-30T23:30+08:00");

        // 8 March 2026 is a Sunday, and the night New York springs forward past 02:30.
        SopEntry springMonthly = monthly(8, "02:30");
        SopEntry springWeekly = entry(Cadence.WEEKLY, DayOfWeek.SUNDAY, null, "02:30");
        ZonedDateTime before = ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, NEW_YORK);
        List<String> spring = plan(springMonthly, before, NEW_YORK, 1);
        assertThat(spring).containsExactly("2026-03-08T03:30-04:00");
        assertThat(plan(springWeekly, before, NEW_YORK, 1)).isEqualTo(spring);
        assertThat(springMonthly.postsAt(ZonedDateTime.parse("2026-03-08T03:30-04:00[America/New_York]")))
                .isTrue();

        // 1 November 2026 is a Sunday, and the night New York falls back over 01:30.
        SopEntry autumnMonthly = monthly(1, "01:30");
        SopEntry autumnWeekly = entry(Cadence.WEEKLY, DayOfWeek.SUNDAY, null, "01:30");
        ZonedDateTime october = ZonedDateTime.of(2026, 10, 27, 12, 0, 0, 0, NEW_YORK);
        List<String> autumn = plan(autumnMonthly, october, NEW_YORK, 2);
        assertThat(autumn).containsExactly("2026-11-01T01:30-04:00", "2026-12-01T01:30-05:00");
        assertThat(plan(autumnWeekly, october, NEW_YORK, 1)).containsExactly(autumn.get(0));
    }
}
