package io.qunflow.workflow;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Words;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks, at every start, the workflow definitions already in the database against today's rules,
 * each with the others stored beside it (two that call each other are both refused): one stored
 * before a check existed (or edited in the database) and now refused is suspended with
 * its running instances, recorded in the audit trail, shown as suspended with its problems, and
 * never started for new groups.
 */
@Component
class StoredWorkflowCheck {

    private static final Logger log = LoggerFactory.getLogger(StoredWorkflowCheck.class);

    private final RepositoryService repository;
    private final WorkflowValidator validator;
    private final AuditTrail audit;
    private final Map<String, List<WorkflowProblem>> refused = new ConcurrentHashMap<>();

    StoredWorkflowCheck(RepositoryService repository, WorkflowValidator validator, AuditTrail audit) {
        this.repository = repository;
        this.validator = validator;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkStoredDefinitions() {
        DeployedCalls deployedCalls = new DeployedCalls(repository);
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().list()) {
            List<WorkflowProblem> problems = problems(definition, deployedCalls);
            if (problems.isEmpty()) {
                continue;
            }
            refused.put(definition.getId(), problems);
            if (!definition.isSuspended()) {
                repository.suspendProcessDefinitionById(definition.getId(), true, null);
                String why = problems.stream()
                        .map(p -> (p.elementId() == null ? "" : p.elementId() + ": ") + p.message())
                        .collect(Collectors.joining("; "));
                String whyZh = problems.stream()
                        .map(p -> (p.elementId() == null ? "" : p.elementId() + "：")
                                + (p.messageZh() == null ? p.message() : p.messageZh()))
                        .collect(Collectors.joining("；"));
                audit.record(
                        "system",
                        "workflow",
                        definition.getKey(),
                        "suspended version " + definition.getVersion(),
                        new Words("Refused by today's checks: " + why, "未通过现行检查，已暂停：" + whyZh),
                        null);
                log.warn("Suspended workflow {} version {}: {}", definition.getKey(), definition.getVersion(), why);
            }
        }
    }

    /** Why a stored definition was suspended at start; empty when it passes. */
    List<WorkflowProblem> refusal(String definitionId) {
        return refused.getOrDefault(definitionId, List.of());
    }

    private List<WorkflowProblem> problems(ProcessDefinition definition, DeployedCalls deployedCalls) {
        String xml;
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(WorkflowProblem.at(null, "The stored model cannot be read: " + e.getMessage()));
        }
        try {
            return validator.check(validator.read(xml), deployedCalls);
        } catch (InvalidWorkflowException e) {
            return e.problems();
        }
    }
}
