package io.qunflow.workflow;

import io.qunflow.groups.Group;
import io.qunflow.groups.GroupLifecycle;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.LifecycleSettings;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * One lifecycle process instance per group, keyed by the group id: the lifecycle of the group's
 * type ({@code group-lifecycle-traffic}, {@code -content}, {@code -flash}, {@code -checkin}) when a
 * version of it is active, else the general {@code group-lifecycle}. A designer gives a type a
 * lifecycle of its own by deploying one under that key, and takes it back by suspending it.
 */
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
        String definition = ActiveDefinitions.newest(repository, keyFor(group.type()))
                .orElseGet(() -> ActiveDefinitions.latest(repository, PROCESS_KEY));
        return runtime.startProcessInstanceById(definition, group.id(), variables(settings))
                .getId();
    }

    /** The key of the lifecycle made for groups of a type. */
    static String keyFor(GroupType type) {
        return PROCESS_KEY + "-" + type.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void dissolve(Group group) {
        // Every process of the group listens: its lifecycle archives it, its SOP calendar stops.
        runtime.createMessageCorrelation(DISSOLVED_MESSAGE)
                .processInstanceBusinessKey(group.id())
                .correlateAll();
    }

    @Override
    public Optional<RunningWorkflow> workflow(String processInstanceId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .singleResult())
                .map(instance -> repository.getProcessDefinition(instance.getProcessDefinitionId()))
                .map(definition -> new RunningWorkflow(definition.getKey(), definition.getVersion()));
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
