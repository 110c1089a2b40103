package io.qunflow.workflow;

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
 * The one business-rule delegate: runs the rule set named by the task's {@code ruleSet} input over
 * the group, and leaves {@code decisionCount} for the gateways that follow.
 */
@Component("runRuleSetDelegate")
class RunRuleSetDelegate implements JavaDelegate {

    private final Map<String, GroupRuleSetRunner> runners;

    RunRuleSetDelegate(List<GroupRuleSetRunner> runners) {
        this.runners = runners.stream().collect(Collectors.toMap(GroupRuleSetRunner::ruleSet, Function.identity()));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ruleSet = (String) execution.getVariableLocal("ruleSet");
        GroupRuleSetRunner runner = runners.get(ruleSet);
        if (runner == null) {
            throw new IllegalArgumentException("No group rule set named '" + ruleSet + "'; known: " + runners.keySet());
        }
        Evaluation evaluation = runner.run(execution.getProcessBusinessKey(), execution.getActivityInstanceId());
        execution.setVariable("decisionCount", evaluation.decisions().size());
    }
}
