package io.qunflow.rules;

/**
 * A feature that knows how to run one rule set over a whole group (pruning, lotteries…): it
 * gathers the facts, evaluates, and acts on the decisions. Workflows call rule sets through this.
 */
public interface GroupRuleSetRunner {

    /** The rule set this runner runs. */
    String ruleSet();

    /**
     * Runs the rule set over the group and carries out what it decides.
     *
     * @param runId unique per run; the same run id again must not act twice
     */
    Evaluation run(String groupId, String runId);
}
