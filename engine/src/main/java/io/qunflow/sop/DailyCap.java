package io.qunflow.sop;

import io.qunflow.groups.Group;
import io.qunflow.rules.RuleParameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * The most a group posts in a day ({@code sop.daily-cap}, from the seeds: no more than 3–5 posts a
 * day), counted over everything recorded as a post: the calendar's and the workflow steps'.
 */
@Component
class DailyCap {

    private static final String PARAMETER = "sop.daily-cap";

    private final SopStore store;
    private final RuleParameters parameters;

    DailyCap(SopStore store, RuleParameters parameters) {
        this.store = store;
        this.parameters = parameters;
    }

    int of() {
        return (int) parameters.number(PARAMETER);
    }

    /** Posts the group has sent on the day of {@code at}, in its time zone. */
    int sentOn(Group group, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(group.timeZone()).toLocalDate();
        return store.postsBetween(
                group.id(),
                day.atStartOfDay(group.timeZone()).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(group.timeZone()).toOffsetDateTime());
    }

    boolean reached(Group group, OffsetDateTime at) {
        return sentOn(group, at) >= of();
    }
}
