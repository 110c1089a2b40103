package io.qunflow.workflow;

import io.qunflow.common.ConflictException;
import io.qunflow.wecom.OwnerTask;
import io.qunflow.wecom.OwnerTaskWorkflow;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** One {@code owner-task} process instance per owner task, keyed by the task id. */
@Component
class CamundaOwnerTaskWorkflow implements OwnerTaskWorkflow {

    static final String PROCESS_KEY = "owner-task";

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaOwnerTaskWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void start(OwnerTask task) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskId", task.id());
        variables.put("groupId", task.groupId());
        variables.put("memberId", task.memberId());
        variables.put("actionType", task.actionType());
        variables.put("ownerUserId", task.ownerUserId());
        runtime.startProcessInstanceByKey(PROCESS_KEY, task.id(), variables);
    }

    @Override
    public void complete(String taskId, OwnerTask.Outcome outcome, String note, String actor) {
        Task task = tasks.createTaskQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(taskId)
                .active()
                .singleResult();
        if (task == null) {
            throw new ConflictException(
                    "Owner task '" + taskId + "' is not waiting for the owner", "群主任务 " + taskId + " 不在等待群主处理");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", outcome.name());
        variables.put("outcomeNote", note);
        variables.put("outcomeBy", actor);
        tasks.complete(task.getId(), variables);
    }
}
