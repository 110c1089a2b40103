package io.qunflow.sop;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.groups.Group;
import io.qunflow.rules.Decision;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.SopCalendar;
import io.qunflow.rules.model.SopDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Puts a whole calendar to the {@code sop} rules (daily cap, content mix): the calendar and each
 * day it posts on, every weekday's recurring posts and each date's one-off posts on top of them.
 */
@Component
class SopRules {

    static final String RULE_SET = "sop";

    private final RuleEngine rules;

    SopRules(RuleEngine rules) {
        this.rules = rules;
    }

    /**
     * @param prefix put before each refusal's reason (the group's id, when one post goes to many)
     * @throws InvalidRequestException naming each rule the calendar breaks
     */
    void refuseIfRulesSayNo(Group group, List<SopEntry> calendar, String prefix) {
        List<Object> facts = new ArrayList<>();
        facts.add(new SopCalendar(group.id(), group.type().name(), calendar.size()));
        facts.addAll(days(calendar));
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

    private static List<SopDay> days(List<SopEntry> calendar) {
        List<SopDay> days = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            List<SopEntry> recurring = calendar.stream()
                    .filter(e ->
                            e.cadence() == Cadence.DAILY || e.cadence() == Cadence.WEEKLY && e.dayOfWeek() == weekday)
                    .toList();
            days.add(day(SopEntry.WEEKDAYS_ZH[weekday.ordinal()], recurring));
        }
        Set<LocalDate> dates = new TreeSet<>();
        calendar.stream().filter(e -> e.cadence() == Cadence.ONCE).forEach(e -> dates.add(e.date()));
        for (LocalDate date : dates) {
            days.add(day(
                    date.toString(),
                    calendar.stream().filter(e -> e.postsOn(date)).toList()));
        }
        return days;
    }

    private static SopDay day(String label, List<SopEntry> entries) {
        return new SopDay(label, entries.size(), (int)
                entries.stream().filter(e -> e.purpose() == Purpose.ACTIVITY).count());
    }
}
