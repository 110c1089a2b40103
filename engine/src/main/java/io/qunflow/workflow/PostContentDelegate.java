package io.qunflow.workflow;

import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.StepContent;
import io.qunflow.sop.StepPosted;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The "Post SOP content" step: posts the group's positioning, or a post of a {@code purpose} from
 * the group's SOP calendar or a named SOP {@code template}, within the group's daily cap (see
 * {@link SopCalendarService#postForStep}), on the day of the workflow's clock (the one its timers
 * run on). Leaves {@code contentPosted} for the gateways that follow.
 */
@Component("postContentDelegate")
class PostContentDelegate implements JavaDelegate {

    private final SopCalendarService calendars;

    PostContentDelegate(SopCalendarService calendars) {
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StepContent content = PostContentInputs.read(StepInputs.of(execution), calendars.templateNames());
        // The activity instance id is unique per visit of the task, so a retried job posts once.
        StepPosted posted = calendars.postForStep(
                execution.getProcessBusinessKey(),
                content,
                execution.getActivityInstanceId(),
                ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC));
        execution.setVariable("contentPosted", posted.posted());
    }
}
