package io.qunflow.workflow;

import org.camunda.bpm.engine.RepositoryService;

/**
 * The version new instances start on: the newest one that is not suspended. A version refused by
 * the checks at start ({@link StoredWorkflowCheck}) is suspended, so new groups go on with the one
 * before it instead of failing.
 */
final class ActiveDefinitions {

    private ActiveDefinitions() {}

    static String latest(RepositoryService repository, String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .active()
                .orderByProcessDefinitionVersion()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No active version of the workflow " + key))
                .getId();
    }
}
