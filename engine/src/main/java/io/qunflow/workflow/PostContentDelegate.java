package io.qunflow.workflow;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.LifecycleContent;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Posts lifecycle content to the group; input {@code content}: POSITIONING, DAILY_TOPIC or CAMPAIGN. */
@Component("postContentDelegate")
class PostContentDelegate implements JavaDelegate {

    private final GroupService groups;
    private final ActionOutbox outbox;

    PostContentDelegate(GroupService groups, ActionOutbox outbox) {
        this.groups = groups;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String groupId = execution.getProcessBusinessKey();
        LifecycleContent content = LifecycleContent.valueOf((String) execution.getVariableLocal("content"));
        // The activity instance id is unique per visit of the task, so a retried job posts once.
        outbox.enqueue(List.of(new NewAction(
                execution.getActivityInstanceId() + ":SEND_MESSAGE",
                ActionType.SEND_MESSAGE,
                groupId,
                null,
                null,
                groups.lifecycleContent(groupId, content),
                null,
                null)));
    }
}
