package io.qunflow.workflow;

import io.qunflow.groups.Group;
import io.qunflow.groups.GroupLifecycle;
import io.qunflow.groups.LifecycleSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** One {@code group-lifecycle} process instance per group, keyed by the group id. */
@Component
class CamundaGroupLifecycle implements GroupLifecycle {

    static final String PROCESS_KEY = "group-lifecycle";
    static final String DISSOLVED_MESSAGE = "GroupDissolved";

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final LifecycleSettings settings;

    CamundaGroupLifecycle(RuntimeService runtime, RepositoryService repository, LifecycleSettings settings) {
        this.runtime = runtime;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public String start(Group group) {
        return runtime.startProcessInstanceById(
                        ActiveDefinitions.latest(repository, PROCESS_KEY), group.id(), variables(settings))
                .getId();
    }

    @Override
    public void dissolve(Group group) {
        // Every process of the group listens: its lifecycle archives it, its SOP calendar stops.
        runtime.createMessageCorrelation(DISSOLVED_MESSAGE)
                .processInstanceBusinessKey(group.id())
                .correlateAll();
    }

    @Override
    public Optional<Integer> workflowVersion(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .singleResult())
                .map(instance -> repository
                        .getProcessDefinition(instance.getProcessDefinitionId())
                        .getVersion());
    }

    /** The lifecycle's timers and thresholds, as the BPMN expressions read them. */
    static Map<String, Object> variables(LifecycleSettings settings) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("launchPeriod", settings.launchPeriod().toString());
        variables.put("topicInterval", settings.topicInterval().toString());
        variables.put("warmUpMaxDays", settings.warmUpMaxDays());
        variables.put("warmUpActivityThreshold", settings.warmUpActivityThreshold());
        variables.put("promotionPeriod", settings.promotionPeriod().toString());
        variables.put("promotionActivityThreshold", settings.promotionActivityThreshold());
        return variables;
    }
}
