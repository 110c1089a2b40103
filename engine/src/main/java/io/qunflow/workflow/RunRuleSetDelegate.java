package io.qunflow.workflow;

import io.qunflow.populations.Population;
import io.qunflow.populations.PopulationRuns;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.GroupRuleSetRunner;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one business-rule delegate: runs the rule set named by the task's {@code ruleSet} input —
 * over a {@code population} (GROUP, MEMBERS, or LAYER with {@code layer}) when one is given, or
 * through the rule set's own runner (pruning) — and leaves {@code decisionCount} for the gateways
 * that follow.
 */
@Component("runRuleSetDelegate")
class RunRuleSetDelegate implements JavaDelegate {

    private final Map<String, GroupRuleSetRunner> runners;
    private final PopulationRuns populations;

    RunRuleSetDelegate(List<GroupRuleSetRunner> runners, PopulationRuns populations) {
        this.runners = runners.stream().collect(Collectors.toMap(GroupRuleSetRunner::ruleSet, Function.identity()));
        this.populations = populations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ruleSet = (String) execution.getVariableLocal("ruleSet");
        Object population = execution.getVariableLocal("population");
        if (population != null && !population.toString().isBlank()) {
            Object layer = execution.getVariableLocal("layer");
            Evaluation evaluation = populations.run(
                    execution.getProcessBusinessKey(),
                    ruleSet,
                    new Population(
                            Population.Kind.valueOf(population.toString().strip()),
                            layer == null ? null : layer.toString().strip()),
                    execution.getActivityInstanceId());
            execution.setVariable("decisionCount", evaluation.decisions().size());
            return;
        }
        GroupRuleSetRunner runner = runners.get(ruleSet);
        if (runner == null) {
            throw new IllegalArgumentException("No group rule set named '" + ruleSet + "'; known: " + runners.keySet());
        }
        Evaluation evaluation = runner.run(execution.getProcessBusinessKey(), execution.getActivityInstanceId());
        execution.setVariable("decisionCount", evaluation.decisions().size());
    }
}
