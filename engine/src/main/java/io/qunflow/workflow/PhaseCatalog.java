package io.qunflow.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The phases groups can be in, as the deployed lifecycles declare them: read from the newest
 * active version of each workflow whose steps enter phases. Designers add a phase by adding an
 * "Enter phase" step; nothing in Java lists them.
 */
@Component
class PhaseCatalog {

    /** A phase with the label people read and the workflow version that declares it. */
    record PhaseView(String name, String label, String workflowKey, int workflowVersion) {}

    private final RepositoryService repository;
    private final WorkflowValidator validator;

    PhaseCatalog(RepositoryService repository, WorkflowValidator validator) {
        this.repository = repository;
        this.validator = validator;
    }

    List<PhaseView> phases() {
        List<PhaseView> phases = new ArrayList<>();
        for (ProcessDefinition definition : repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .orderByProcessDefinitionKey()
                .asc()
                .list()) {
            ProcessDefinition active = newestActive(definition.getKey());
            if (active == null) {
                continue;
            }
            Map<String, String> declared = LifecycleContract.declaredPhases(
                    validator.read(model(active)).root());
            declared.forEach(
                    (name, label) -> phases.add(new PhaseView(name, label, active.getKey(), active.getVersion())));
        }
        return phases;
    }

    private ProcessDefinition newestActive(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .active()
                .orderByProcessDefinitionVersion()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private String model(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stored model of " + definition.getId(), e);
        }
    }
}
