package io.qunflow.rules;

import java.util.List;

/** What one evaluation of a rule set decided, in firing order, and which version decided it. */
public record Evaluation(String ruleSet, int version, List<Decision> decisions) {

    public boolean decided(String outcome) {
        return decisions.stream().anyMatch(d -> d.outcome().equals(outcome));
    }
}
