package io.qunflow.workflow;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running groups onto a newer version of their workflow with Camunda's migration API:
 * activities map by id, timers and message triggers follow. Each instance is tried in a
 * transaction of its own, rolled back for a plan (dry run) and for an instance that cannot move,
 * so one group that cannot move never holds the others back and a plan shows exactly what would
 * happen.
 */
@Component
class WorkflowMigrations {

    /**
     * What happens to one group: from and to which version, and why it cannot move if it cannot
     * ({@code problemsZh} says each of {@code problems} in Chinese, in the same order).
     */
    record Step(
            String groupId,
            int fromVersion,
            int toVersion,
            boolean ok,
            List<String> problems,
            List<String> problemsZh) {}

    record Plan(boolean dryRun, List<Step> plan) {}

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    WorkflowMigrations(RepositoryService repository, RuntimeService runtime, TransactionTemplate tx, AuditTrail audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * Plans (dry run) or carries out the move of the running instances of {@code key} (those of the
     * given groups, or all) onto version {@code toVersion}.
     */
    Plan migrate(String key, int toVersion, Collection<String> groupIds, boolean dryRun, String actor) {
        ProcessDefinition target = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .processDefinitionVersion(toVersion)
                .singleResult();
        if (target == null) {
            throw new NotFoundException("Workflow version", "流程版本", key + " v" + toVersion);
        }
        Map<String, ProcessDefinition> sources = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        for (ProcessInstance instance : instances(key, groupIds)) {
            ProcessDefinition source = sources.computeIfAbsent(
                    instance.getProcessDefinitionId(), id -> repository.getProcessDefinition(id));
            if (source.getId().equals(target.getId())) {
                continue;
            }
            steps.add(move(instance, source, target, dryRun));
        }
        if (!dryRun) {
            long moved = steps.stream().filter(Step::ok).count();
            List<String> movedGroups =
                    steps.stream().filter(Step::ok).map(Step::groupId).toList();
            audit.record(
                    actor,
                    "workflow",
                    key,
                    "MIGRATED",
                    new Words(
                            moved + " of " + steps.size() + " running groups moved to version " + toVersion + ": "
                                    + movedGroups,
                            steps.size() + " 个运行中的社群有 " + moved + " 个迁移到了版本 " + toVersion + "：" + movedGroups),
                    null);
        }
        return new Plan(dryRun, steps);
    }

    private List<ProcessInstance> instances(String key, Collection<String> groupIds) {
        List<ProcessInstance> all = runtime.createProcessInstanceQuery()
                .processDefinitionKey(key)
                .orderByBusinessKey()
                .asc()
                .list();
        if (groupIds == null || groupIds.isEmpty()) {
            return all;
        }
        Set<String> wanted = Set.copyOf(groupIds);
        List<ProcessInstance> chosen =
                all.stream().filter(i -> wanted.contains(i.getBusinessKey())).toList();
        if (chosen.size() < wanted.size()) {
            List<String> missing = wanted.stream()
                    .filter(id -> chosen.stream().noneMatch(i -> id.equals(i.getBusinessKey())))
                    .sorted()
                    .toList();
            throw new NotFoundException(
                    "Running group of workflow " + key, "运行流程 " + key + " 的社群", String.join(", ", missing));
        }
        return chosen;
    }

    private Step move(ProcessInstance instance, ProcessDefinition source, ProcessDefinition target, boolean dryRun) {
        List<Words> problems = new ArrayList<>();
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId())
                    .mapEqualActivities()
                    .updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException e) {
            e.getValidationReport().getInstructionReports().stream()
                    .flatMap(report -> report.getFailures().stream())
                    .forEach(failure -> problems.add(camunda(failure)));
            return step(instance, source, target, problems);
        }
        try {
            tx.executeWithoutResult(status -> {
                if (dryRun) {
                    status.setRollbackOnly();
                }
                runtime.newMigration(plan)
                        .processInstanceIds(instance.getId())
                        // Moving changes where a group waits, not what it did: nothing runs again.
                        .skipCustomListeners()
                        .skipIoMappings()
                        .execute();
            });
        } catch (MigratingProcessInstanceValidationException e) {
            e.getValidationReport().getFailures().forEach(failure -> problems.add(camunda(failure)));
            for (MigratingActivityInstanceValidationReport activity :
                    e.getValidationReport().getActivityInstanceReports()) {
                for (String failure : activity.getFailures()) {
                    problems.add(camunda("activity " + activity.getSourceScopeId() + ": " + failure));
                }
            }
        } catch (RuntimeException e) {
            problems.add(changedMeanwhile(instance, source).orElseGet(() -> camunda(String.valueOf(e.getMessage()))));
        }
        return step(instance, source, target, problems);
    }

    /**
     * Why a move failed when the group changed under it: another move (on this node or another)
     * took it to a version first, or it ended, between this move's reading it and moving it. The
     * loser of two moves at once lands here, whether Camunda saw the other move committed (the
     * instance no longer of the plan's source) or at the same moment (an optimistic-locking failure).
     */
    private Optional<Words> changedMeanwhile(ProcessInstance instance, ProcessDefinition source) {
        ProcessInstance now = runtime.createProcessInstanceQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        if (now == null) {
            return Optional.of(
                    new Words("the group's workflow ended meanwhile; nothing was moved", "这个社群的流程在此期间已结束，未做任何迁移"));
        }
        if (now.getProcessDefinitionId().equals(source.getId())) {
            return Optional.empty();
        }
        int version =
                repository.getProcessDefinition(now.getProcessDefinitionId()).getVersion();
        return Optional.of(new Words(
                "another move of this group ran at the same moment and took it to version " + version
                        + "; this one changed nothing",
                "同一时刻另一次迁移已把这个社群迁到版本 " + version + "，本次未做任何更改"));
    }

    /** A reason in Camunda's own words, which come in English only: the Chinese quotes them. */
    private static Words camunda(String failure) {
        return new Words(failure, "无法迁移（Camunda 原文：" + failure + "）");
    }

    private static Step step(
            ProcessInstance instance, ProcessDefinition source, ProcessDefinition target, List<Words> problems) {
        return new Step(
                instance.getBusinessKey(),
                source.getVersion(),
                target.getVersion(),
                problems.isEmpty(),
                problems.stream().map(Words::en).toList(),
                problems.stream().map(Words::zh).toList());
    }
}
