package io.qunflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;

/**
 * The {@link DeployedProcesses} in Camunda's repository, each read once for the checks it serves
 * (one deploy, or the check of every stored definition at start).
 */
final class DeployedCalls implements DeployedProcesses {

    private final RepositoryService repository;
    private final Map<String, List<BpmnModelInstance>> versions = new HashMap<>();
    private final Map<String, List<BpmnModelInstance>> callers = new HashMap<>();
    private List<BpmnModelInstance> everyStored;

    DeployedCalls(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public List<BpmnModelInstance> versions(String processKey) {
        return versions.computeIfAbsent(
                processKey,
                key -> repository.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
                        .map(definition -> repository.getBpmnModelInstance(definition.getId()))
                        .toList());
    }

    @Override
    public List<BpmnModelInstance> callersOf(String processKey) {
        return callers.computeIfAbsent(
                processKey,
                key -> everyStored().stream()
                        .filter(model -> model.getModelElementsByType(CallActivity.class).stream()
                                .anyMatch(call -> key.equals(call.getCalledElement())))
                        .toList());
    }

    /** Any stored process may call the one asked about: Camunda keeps no index of what calls what. */
    private List<BpmnModelInstance> everyStored() {
        if (everyStored == null) {
            everyStored = repository.createProcessDefinitionQuery().list().stream()
                    .map(ProcessDefinition::getId)
                    .map(repository::getBpmnModelInstance)
                    .toList();
        }
        return everyStored;
    }
}
