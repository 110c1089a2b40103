package io.qunflow.sop;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.groups.Group;
import io.qunflow.rules.Decision;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.SopCalendar;
import io.qunflow.rules.model.SopDay;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts a whole calendar to the {@code sop} rules (daily cap, content mix): the calendar and each
 * day it posts on, every weekday's recurring posts, each day of the month a monthly post falls on
 * with every weekday it can fall on, and each date's one-off posts on top of them.
 */
@Component
class SopRules {

    static final String RULE_SET = "sop";

    /** February's 28 days: a monthly post on a later day falls on the last day of a month without it. */
    private static final int SHORTEST_MONTH = 28;

    private final RuleEngine rules;
    private final Clock clock;

    SopRules(RuleEngine rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param prefix put before each refusal's reason (the group's id, when one post goes to many)
     * @throws InvalidRequestException naming each rule the calendar breaks
     */
    void refuseIfRulesSayNo(Group group, List<SopEntry> calendar, String prefix) {
        List<Object> facts = new ArrayList<>();
        facts.add(new SopCalendar(group.id(), group.type().name(), calendar.size()));
        facts.addAll(days(calendar, LocalDate.now(clock.withZone(group.timeZone()))));
        List<FieldProblem> refusals = rules.evaluate(RULE_SET, facts).decisions().stream()
                .filter(d -> d.outcome().equals("REFUSE"))
                .map(Decision::reason)
                .distinct()
                // The sop rules give their reasons in Chinese only, so both languages say them so.
                .map(reason -> new FieldProblem("calendar", prefix + reason, prefix + reason))
                .toList();
        if (!refusals.isEmpty()) {
            throw new InvalidRequestException("The SOP calendar breaks the posting rules", "SOP 日程违反了发帖规则", refusals);
        }
    }

    /** The days the calendar still posts on: a one-off post's day that is over is no day to check. */
    private static List<SopDay> days(List<SopEntry> calendar, LocalDate today) {
        List<SopDay> days = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            List<SopEntry> recurring = calendar.stream()
                    .filter(e ->
                            e.cadence() == Cadence.DAILY || e.cadence() == Cadence.WEEKLY && e.dayOfWeek() == weekday)
                    .toList();
            days.add(day(SopEntry.WEEKDAYS_ZH[weekday.ordinal()], recurring));
        }
        days.addAll(monthDays(calendar));
        Set<LocalDate> dates = new TreeSet<>();
        calendar.stream()
                .filter(e -> e.cadence() == Cadence.ONCE && !e.date().isBefore(today))
                .forEach(e -> dates.add(e.date()));
        for (LocalDate date : dates) {
            days.add(day(
                    date.toString(),
                    calendar.stream().filter(e -> e.postsOn(date)).toList()));
        }
        return days;
    }

    /**
     * Each day of the month a monthly post can fall on, on each weekday, with the weekly posts of
     * that weekday: over the years every day of the month falls on every weekday. A post on the
     * 29th, 30th or 31st falls on a shorter month's last day too (28 to 30), with that day's own.
     */
    private static List<SopDay> monthDays(List<SopEntry> calendar) {
        List<SopEntry> monthly =
                calendar.stream().filter(e -> e.cadence() == Cadence.MONTHLY).toList();
        Set<Integer> falls = new TreeSet<>();
        for (SopEntry entry : monthly) {
            for (int day = Math.min(entry.dayOfMonth(), SHORTEST_MONTH); day <= entry.dayOfMonth(); day++) {
                falls.add(day);
            }
        }
        List<SopDay> days = new ArrayList<>();
        for (int day : falls) {
            List<SopEntry> thatDay = monthly.stream()
                    .filter(e -> e.dayOfMonth() == day || day >= SHORTEST_MONTH && e.dayOfMonth() > day)
                    .toList();
            String later = thatDay.stream()
                    .map(SopEntry::dayOfMonth)
                    .filter(d -> d > day)
                    .distinct()
                    .sorted()
                    .map(String::valueOf)
                    .collect(Collectors.joining("、"));
            String label =
                    later.isEmpty() ? "每月" + day + "日逢" : "每月" + day + "日（当月只有" + day + "天时，每月" + later + "日的帖子也在这天发）逢";
            for (DayOfWeek weekday : DayOfWeek.values()) {
                List<SopEntry> posts = new ArrayList<>(thatDay);
                calendar.stream()
                        .filter(e -> e.cadence() == Cadence.DAILY
                                || e.cadence() == Cadence.WEEKLY && e.dayOfWeek() == weekday)
                        .forEach(posts::add);
                days.add(day(label + SopEntry.WEEKDAYS_ZH[weekday.ordinal()].substring(1), posts));
            }
        }
        return days;
    }

    private static SopDay day(String label, List<SopEntry> entries) {
        return new SopDay(label, entries.size(), (int)
                entries.stream().filter(e -> e.purpose() == Purpose.ACTIVITY).count());
    }
}
