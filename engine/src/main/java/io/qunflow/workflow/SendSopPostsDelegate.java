package io.qunflow.workflow;

import io.qunflow.sop.SopCalendarService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the posts due at {@code nextPostAt} and remembers it as {@code lastPostAt}. */
@Component("sendSopPostsDelegate")
class SendSopPostsDelegate implements JavaDelegate {

    private final SopCalendarService calendars;

    SendSopPostsDelegate(SopCalendarService calendars) {
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = (Date) execution.getVariable("nextPostAt");
        calendars.deliver(execution.getProcessBusinessKey(), OffsetDateTime.ofInstant(due.toInstant(), ZoneOffset.UTC));
        execution.setVariable("lastPostAt", due);
    }
}
