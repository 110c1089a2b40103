package io.qunflow.workflow;

import io.qunflow.sop.SopDelivery;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** One {@code group-sop} process instance per group with a calendar, keyed by the group id. */
@Component
class CamundaSopDelivery implements SopDelivery {

    static final String PROCESS_KEY = "group-sop";
    static final String CHANGED_MESSAGE = "SopCalendarChanged";

    private final RuntimeService runtime;
    private final RepositoryService repository;

    CamundaSopDelivery(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    @Override
    public void calendarChanged(String groupId) {
        boolean running = runtime.createProcessInstanceQuery()
                        .processDefinitionKey(PROCESS_KEY)
                        .processInstanceBusinessKey(groupId)
                        .active()
                        .count()
                > 0;
        if (running) {
            // Nothing waits for the message while a post is being sent; that run re-plans from the
            // calendar as it then stands, so the change is not lost.
            runtime.createMessageCorrelation(CHANGED_MESSAGE)
                    .processInstanceBusinessKey(groupId)
                    .correlateAll();
        } else {
            runtime.startProcessInstanceById(ActiveDefinitions.latest(repository, PROCESS_KEY), groupId);
        }
    }
}
