package io.qunflow.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * For {@link EndlessLoops}: the processes any stored version of a process calls, read once per
 * process for one check (a call activity may be bound to any version, so all are followed).
 */
final class DeployedCalls implements Function<String, Set<String>> {

    private final RepositoryService repository;
    private final Map<String, Set<String>> byProcess = new HashMap<>();

    DeployedCalls(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> apply(String processKey) {
        return byProcess.computeIfAbsent(processKey, this::read);
    }

    private Set<String> read(String processKey) {
        Set<String> called = new HashSet<>();
        for (ProcessDefinition definition : repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .list()) {
            called.addAll(EndlessLoops.calls(repository.getBpmnModelInstance(definition.getId()), processKey));
        }
        return called;
    }
}
