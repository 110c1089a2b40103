package io.qunflow.rules;

import java.util.List;

/** The rule source does not compile; the problems say where and why. */
public class RuleCompilationException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleCompilationException(String ruleSet, List<RuleProblem> problems) {
        super("Rule set '" + ruleSet + "' does not compile: "
                + problems.stream().map(RuleProblem::message).findFirst().orElse("unknown error"));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
