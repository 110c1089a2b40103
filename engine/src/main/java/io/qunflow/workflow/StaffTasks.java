package io.qunflow.workflow;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.groups.GroupService;
import io.qunflow.wecom.GroupOwnerNotices;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff tasks: the user tasks ("Staff task" steps) the workflows of groups open. Camunda keeps
 * them; here they are listed for the people they concern, completed (which moves the group's
 * workflow on, audited), and reminded once their {@code reminderAfter} has passed — a WeCom
 * group's owner in WeCom too, as owner tasks are. The WeCom owner tasks have a workflow of their
 * own ({@code owner-task}) and an inbox of their own, so their user tasks are not listed here.
 */
@Service
class StaffTasks {

    private static final Logger log = LoggerFactory.getLogger(StaffTasks.class);

    /** Refused: the task is someone else's. */
    static final class NotAssigned extends RuntimeException {

        final Words words;

        NotAssigned(Words words) {
            super(words.en());
            this.words = words;
        }
    }

    /** The step's literal inputs and what the reminder round leaves on its execution. */
    static final String INSTRUCTIONS = "instructions";

    static final String REMINDER_AFTER = "reminderAfter";
    static final String REMINDED_AT = "qunflowRemindedAt";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final GroupOwnerNotices owners;
    private final AuditTrail audit;
    private final GroupService groups;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffTasks(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            GroupOwnerNotices owners,
            AuditTrail audit,
            GroupService groups,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.owners = owners;
        this.audit = audit;
        this.groups = groups;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The open staff tasks, oldest first: all of them for those who run groups ({@code seesAll}),
     * else those assigned to the person.
     */
    List<StaffTask> open(String person, boolean seesAll) {
        return all().stream()
                .filter(t -> seesAll || person.equals(t.assignee()))
                .toList();
    }

    /**
     * Marks the task done with a note; the group's workflow moves on at once. Of two completions of
     * one task at the same moment (two nodes, two threads) one is done; the other finds no open task,
     * as it would a moment later.
     *
     * @throws NotFoundException when no open staff task has that id, completed ones included
     * @throws NotAssigned when the person may not close it (neither the assignee nor one who runs groups)
     */
    StaffTask complete(String id, String note, String person, boolean seesAll) {
        StaffTask task =
                all().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> notOpen(id));
        if (!seesAll && !person.equals(task.assignee())) {
            throw new NotAssigned(new Words(
                    "Staff task '" + id + "' is assigned to " + task.assignee() + ", not to " + person,
                    "人工任务 " + id + " 分派给了 " + task.assignee() + "，不是 " + person));
        }
        try {
            // A transaction of its own, not the caller's: when Camunda refuses, it marks the
            // transaction it joined for rollback, and a caller's could then no longer answer 404.
            transactions.executeWithoutResult(done -> completeOnce(task, note, person));
        } catch (RuntimeException failed) {
            // Completed elsewhere while this completion ran, where no group's row made them take
            // turns: Camunda refused it on the task's revision, or stumbled on the task's execution
            // gone under it (a NullPointerException, "Cannot find task"). Either way it was rolled
            // back whole; what the caller must hear is that the task is no longer open.
            if (stillOpen(id)) {
                throw failed;
            }
            throw notOpen(id);
        }
        return task;
    }

    /**
     * Completions of one group's tasks take turns on its row, and the task is looked for again once
     * it is this completion's turn: one that another node completed meanwhile is found done, rather
     * than the workflow's next steps running a second time for Camunda to refuse only at the end.
     */
    private void completeOnce(StaffTask task, String note, String person) {
        if (task.groupId() != null && groups.find(task.groupId()).isPresent()) {
            groups.lock(task.groupId());
        }
        if (!stillOpen(task.id())) {
            throw notOpen(task.id());
        }
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("staffTaskNote", note);
        outcome.put("staffTaskDoneBy", person);
        tasks.complete(task.id(), outcome);
        audit.record(person, "STAFF_TASK", task.groupId(), "DONE", note, task.name() + " (" + task.workflowKey() + ")");
    }

    private boolean stillOpen(String id) {
        return tasks.createTaskQuery().taskId(id).count() > 0;
    }

    private static NotFoundException notOpen(String id) {
        return new NotFoundException("Staff task", "人工任务", id);
    }

    /** Reminds the assignees of open tasks whose {@code reminderAfter} has passed, once each. */
    @Scheduled(fixedDelayString = "${qunflow.tasks.reminder-check:PT1M}", initialDelayString = "PT1M")
    void remindDue() {
        OffsetDateTime now = now();
        for (StaffTask task : all()) {
            if (task.reminderDue(now)) {
                try {
                    remind(task, now);
                } catch (RuntimeException failed) {
                    // Done since the listing, or reminded a moment ago by another node (Camunda's
                    // unique variable refuses the second mark, before any message): the round goes
                    // on with the other tasks instead of leaving them to the next minute.
                    log.info("Staff task {} was not reminded: {}", task.id(), failed.toString());
                }
            }
        }
    }

    private void remind(StaffTask task, OffsetDateTime now) {
        Task open = tasks.createTaskQuery().taskId(task.id()).singleResult();
        if (open == null) {
            return;
        }
        runtime.setVariableLocal(open.getExecutionId(), REMINDED_AT, Date.from(now.toInstant()));
        String notTold = task.forGroupOwner() && task.groupId() != null
                ? owners.remind(task.groupId(), task.name(), task.dueAt(), task.id())
                : "reminders reach Qunflow users in their task list only";
        if (notTold != null) {
            log.info("Staff task {} of group {} is due for a reminder; {}", task.id(), task.groupId(), notTold);
        }
    }

    private List<StaffTask> all() {
        List<Task> open = staffTasks();
        Map<String, String> businessKeys = businessKeys(open);
        Map<String, String> keys = keys();
        Map<String, Map<String, Object>> inputs = inputs(open);
        // One query for every group the tasks belong to; a business key that is no group's id
        // (a workflow started without a group) has no name.
        Map<String, String> groupNames = groups.names(Set.copyOf(businessKeys.values()));
        return open.stream()
                .map(t -> view(t, inputs.getOrDefault(t.getExecutionId(), Map.of()), businessKeys, groupNames, keys))
                .toList();
    }

    /**
     * The tasks' step inputs, by execution, read in one query: a task completed since it was listed
     * (its execution gone) has none, where asking for its execution's variables would fail.
     */
    private Map<String, Map<String, Object>> inputs(List<Task> open) {
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Object>> inputs = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery()
                .executionIdIn(
                        open.stream().map(Task::getExecutionId).distinct().toArray(String[]::new))
                .list()) {
            if (variable.getTaskId() == null) {
                inputs.computeIfAbsent(variable.getExecutionId(), e -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return inputs;
    }

    private List<Task> staffTasks() {
        Set<String> ownerTaskDefinitions = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(CamundaOwnerTaskWorkflow.PROCESS_KEY)
                .list()
                .stream()
                .map(ProcessDefinition::getId)
                .collect(Collectors.toSet());
        return tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list().stream()
                .filter(t -> !ownerTaskDefinitions.contains(t.getProcessDefinitionId()))
                .toList();
    }

    private Map<String, String> businessKeys(List<Task> open) {
        Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private Map<String, String> keys() {
        return repository.createProcessDefinitionQuery().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
    }

    private static StaffTask view(
            Task task,
            Map<String, Object> inputs,
            Map<String, String> businessKeys,
            Map<String, String> groupNames,
            Map<String, String> keys) {
        String groupId = businessKeys.get(task.getProcessInstanceId());
        Object instructions = inputs.get(INSTRUCTIONS);
        Object reminderAfter = inputs.get(REMINDER_AFTER);
        OffsetDateTime created = time(task.getCreateTime());
        return new StaffTask(
                task.getId(),
                groupId,
                groupId == null ? null : groupNames.get(groupId),
                task.getName(),
                instructions == null ? task.getDescription() : instructions.toString(),
                task.getAssignee(),
                created,
                Optional.ofNullable(task.getDueDate()).map(StaffTasks::time).orElse(null),
                reminderAfter == null || reminderAfter.toString().isBlank()
                        ? null
                        : created.plus(Duration.parse(reminderAfter.toString().strip())),
                inputs.get(REMINDED_AT) instanceof Date reminded ? time(reminded) : null,
                keys.get(task.getProcessDefinitionId()),
                task.getTaskDefinitionKey(),
                task.getProcessInstanceId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime time(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
