package io.qunflow.workflow;

import io.qunflow.sop.SopCalendarService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Sets {@code nextPostAt} to the group's next due post after the later of the last post sent
 * and the engine's now (posts missed while the engine was down are not sent late), or null.
 */
@Component("planNextSopPostDelegate")
class PlanNextSopPostDelegate implements JavaDelegate {

    private final SopCalendarService calendars;

    PlanNextSopPostDelegate(SopCalendarService calendars) {
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        Date lastPost = (Date) execution.getVariable("lastPostAt");
        Date after = lastPost != null && lastPost.after(now) ? lastPost : now;
        Date next = calendars
                .nextDue(execution.getProcessBusinessKey(), OffsetDateTime.ofInstant(after.toInstant(), ZoneOffset.UTC))
                .map(at -> Date.from(at.toInstant()))
                .orElse(null);
        execution.setVariable("nextPostAt", next);
    }
}
