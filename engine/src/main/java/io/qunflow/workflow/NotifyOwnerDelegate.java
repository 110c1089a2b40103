package io.qunflow.workflow;

import io.qunflow.wecom.OwnerTasks;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Sets the owner task's service levels from the task's literal inputs ({@code dueIn},
 * {@code reminderAfter}, {@code escalateAfter}: ISO-8601 durations a designer changes in the
 * modeler) as process variables the timers read, then notifies the owner.
 */
@Component("notifyOwnerDelegate")
class NotifyOwnerDelegate implements JavaDelegate {

    private final OwnerTasks tasks;

    NotifyOwnerDelegate(OwnerTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String dueIn = duration(execution, "dueIn", "PT24H");
        execution.getProcessInstance().setVariable("reminderAfter", duration(execution, "reminderAfter", "PT4H"));
        execution.getProcessInstance().setVariable("escalateAfter", duration(execution, "escalateAfter", "PT24H"));
        OffsetDateTime dueAt = ClockUtil.getCurrentTime()
                .toInstant()
                .plus(Duration.parse(dueIn))
                .atOffset(ZoneOffset.UTC);
        execution.getProcessInstance().setVariable("dueAt", Date.from(dueAt.toInstant()));
        tasks.notifyOwner(execution.getProcessBusinessKey(), dueAt);
    }

    /** A literal input as an ISO duration, or the default when the designer left it out. */
    private static String duration(DelegateExecution execution, String name, String fallback) {
        Object value = execution.getVariableLocal(name);
        String text = value == null || value.toString().isBlank()
                ? fallback
                : value.toString().trim();
        Duration.parse(text);
        return text;
    }
}
