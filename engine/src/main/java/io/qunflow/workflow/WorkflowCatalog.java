package io.qunflow.workflow;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Service;

/**
 * The designers' view of Camunda: deploy a checked diagram as a new version, list definitions
 * with where their running instances are, read a version's XML, and say where one instance is.
 *
 * <p>Why this class is long: it is the one place Camunda's repository and runtime services meet
 * the designers' API, and a deploy (lock, check, store) must stay in one transaction here.
 */
@Service
class WorkflowCatalog {

    static final String SOURCE = "Qunflow modeler";

    record Deployed(String deploymentId, OffsetDateTime deployedAt, List<DefinitionRef> definitions) {}

    record DefinitionRef(String id, String key, String name, int version) {}

    record ActivityCount(String activityId, long instances, long incidents) {}

    record Version(
            String id,
            int version,
            String deploymentId,
            OffsetDateTime deployedAt,
            String source,
            long runningInstances,
            long incidents,
            List<ActivityCount> activities,
            boolean suspended,
            List<WorkflowProblem> problems) {}

    record Definition(String key, String name, int latestVersion, List<Version> versions) {}

    record IncidentView(String id, String activityId, String type, String message, OffsetDateTime createdAt) {}

    record InstancePosition(
            String processInstanceId,
            String businessKey,
            String key,
            int version,
            String definitionId,
            boolean ended,
            List<String> activities,
            List<IncidentView> incidents) {}

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final WorkflowValidator validator;
    private final AuditTrail audit;
    private final StoredWorkflowCheck storedCheck;
    private final DeploymentLock lock;

    WorkflowCatalog(
            RepositoryService repository,
            RuntimeService runtime,
            ManagementService management,
            HistoryService history,
            WorkflowValidator validator,
            AuditTrail audit,
            StoredWorkflowCheck storedCheck,
            DeploymentLock lock) {
        this.storedCheck = storedCheck;
        this.lock = lock;
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.validator = validator;
        this.audit = audit;
    }

    /**
     * Checks the diagram (Qunflow's checks, then Camunda's parser) and deploys it as a new version,
     * one deploy at a time across the nodes ({@link DeploymentLock}).
     *
     * @param comment the designer's words (English field only), or the engine's when they gave none
     */
    Deployed deploy(String xml, String actor, Words comment) {
        WorkflowValidator.Parsed parsed = validator.read(xml);
        return lock.holding(() -> checkAndDeploy(parsed, xml, actor, comment));
    }

    private Deployed checkAndDeploy(WorkflowValidator.Parsed parsed, String xml, String actor, Words comment) {
        BpmnModelInstance model = parsed.model();
        List<WorkflowProblem> problems = validator.check(parsed, new DeployedCalls(repository));
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(
                    "The workflow has " + problems.size() + " problem(s)", "流程有 " + problems.size() + " 处问题", problems);
        }
        String key = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .map(Process::getId)
                .findFirst()
                .orElseThrow();
        DeploymentWithDefinitions deployment;
        try {
            deployment = repository
                    .createDeployment()
                    .name(key)
                    .source(SOURCE)
                    .addString(key + ".bpmn", xml)
                    .deployWithResult();
        } catch (ParseException e) {
            throw new InvalidWorkflowException(
                    "Camunda cannot run this workflow", "Camunda 无法运行这个流程", camundaProblems(e));
        }
        List<DefinitionRef> definitions = deployment.getDeployedProcessDefinitions().stream()
                .map(d -> new DefinitionRef(d.getId(), d.getKey(), d.getName(), d.getVersion()))
                .toList();
        for (DefinitionRef definition : definitions) {
            audit.record(
                    actor, "workflow", definition.key(), "deployed version " + definition.version(), comment, null);
        }
        return new Deployed(deployment.getId(), time(deployment.getDeploymentTime()), definitions);
    }

    /** Every process definition, newest version first, with running instances per activity. */
    List<Definition> definitions() {
        Map<String, ProcessDefinitionStatistics> running =
                management.createProcessDefinitionStatisticsQuery().includeIncidents().list().stream()
                        .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, Function.identity()));
        List<ProcessDefinition> all = repository
                .createProcessDefinitionQuery()
                .orderByProcessDefinitionKey()
                .asc()
                .orderByProcessDefinitionVersion()
                .desc()
                .list();
        Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        Map<String, List<ProcessDefinition>> byKey = all.stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
        List<Definition> definitions = new ArrayList<>();
        byKey.forEach((key, versions) -> definitions.add(new Definition(
                key,
                versions.get(0).getName(),
                versions.get(0).getVersion(),
                versions.stream()
                        .map(d -> version(d, running.get(d.getId()), deployments.get(d.getDeploymentId())))
                        .toList())));
        return definitions;
    }

    private Version version(ProcessDefinition definition, ProcessDefinitionStatistics stats, Deployment deployment) {
        long instances = stats == null ? 0 : stats.getInstances();
        List<ActivityCount> activities = instances == 0
                ? List.of()
                : management.createActivityStatisticsQuery(definition.getId()).includeIncidents().list().stream()
                        .map(WorkflowCatalog::activityCount)
                        .sorted(Comparator.comparing(ActivityCount::activityId))
                        .toList();
        return new Version(
                definition.getId(),
                definition.getVersion(),
                definition.getDeploymentId(),
                deployment == null ? null : time(deployment.getDeploymentTime()),
                deployment == null ? null : deployment.getSource(),
                instances,
                stats == null ? 0 : incidents(stats.getIncidentStatistics()),
                activities,
                definition.isSuspended(),
                storedCheck.refusal(definition.getId()));
    }

    private static ActivityCount activityCount(ActivityStatistics stats) {
        return new ActivityCount(stats.getId(), stats.getInstances(), incidents(stats.getIncidentStatistics()));
    }

    private static long incidents(List<IncidentStatistics> incidents) {
        return incidents.stream()
                .mapToLong(IncidentStatistics::getIncidentCount)
                .sum();
    }

    /** The BPMN XML of a version of a definition; the latest when version is null. */
    String xml(String key, Integer version) {
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
        ProcessDefinition definition =
                (version == null ? query.latestVersion() : query.processDefinitionVersion(version)).singleResult();
        if (definition == null) {
            throw new NotFoundException("Workflow version", "流程版本", version == null ? key : key + " v" + version);
        }
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the stored model of " + definition.getId(), e);
        }
    }

    /** Where a process instance is now (activity ids, scopes included) and what went wrong there. */
    InstancePosition position(String processInstanceId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null) {
            HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId)
                    .singleResult();
            if (ended == null) {
                throw new NotFoundException("Process instance", "流程实例", processInstanceId);
            }
            List<String> end = ended.getEndActivityId() == null ? List.of() : List.of(ended.getEndActivityId());
            return new InstancePosition(
                    processInstanceId,
                    ended.getBusinessKey(),
                    ended.getProcessDefinitionKey(),
                    ended.getProcessDefinitionVersion(),
                    ended.getProcessDefinitionId(),
                    true,
                    end,
                    List.of());
        }
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        List<String> activities = new ArrayList<>();
        collect(runtime.getActivityInstance(processInstanceId), activities);
        List<IncidentView> incidents =
                runtime.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
                        .map(WorkflowCatalog::incident)
                        .toList();
        return new InstancePosition(
                processInstanceId,
                instance.getBusinessKey(),
                definition.getKey(),
                definition.getVersion(),
                definition.getId(),
                false,
                activities,
                incidents);
    }

    private static void collect(ActivityInstance parent, List<String> into) {
        if (parent == null) {
            return;
        }
        for (ActivityInstance child : parent.getChildActivityInstances()) {
            into.add(child.getActivityId());
            collect(child, into);
        }
        for (TransitionInstance transition : parent.getChildTransitionInstances()) {
            into.add(transition.getActivityId());
        }
    }

    private static IncidentView incident(Incident incident) {
        return new IncidentView(
                incident.getId(),
                incident.getActivityId(),
                incident.getIncidentType(),
                incident.getIncidentMessage(),
                time(incident.getIncidentTimestamp()));
    }

    private static List<WorkflowProblem> camundaProblems(ParseException e) {
        List<WorkflowProblem> problems = e.getResorceReports().stream()
                .flatMap(report -> report.getErrors().stream())
                .map(p -> new WorkflowProblem(
                        p.getMainElementId(),
                        p.getMessage(),
                        p.getLine() > 0 ? p.getLine() : null,
                        p.getColumn() > 0 ? p.getColumn() : null))
                .toList();
        return problems.isEmpty() ? List.of(new WorkflowProblem(null, e.getMessage(), null, null)) : problems;
    }

    private static OffsetDateTime time(java.util.Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
