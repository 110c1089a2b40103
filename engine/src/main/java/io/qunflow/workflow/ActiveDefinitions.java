package io.qunflow.workflow;

import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The version new instances start on: the newest one that is not suspended. A version refused by
 * the checks at start ({@link StoredWorkflowCheck}) is suspended, so new groups go on with the one
 * before it instead of failing.
 */
final class ActiveDefinitions {

    private ActiveDefinitions() {}

    static String latest(RepositoryService repository, String key) {
        return newest(repository, key)
                .orElseThrow(() -> new IllegalStateException("No active version of the workflow " + key));
    }

    /** The id of the newest active version of the workflow, if it has one. */
    static Optional<String> newest(RepositoryService repository, String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .active()
                .orderByProcessDefinitionVersion()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .map(ProcessDefinition::getId);
    }
}
