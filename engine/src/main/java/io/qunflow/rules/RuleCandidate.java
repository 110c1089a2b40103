package io.qunflow.rules;

import java.util.List;

/**
 * A compiled rule-set source that is not (or no longer) the active one: an unpublished draft to
 * try out, or a pinned version to compare against. Evaluations run on it only inside
 * {@link RuleEngine#using(RuleCandidate, java.util.function.Supplier)}.
 */
public final class RuleCandidate {

    /** The version number decisions of an unpublished draft carry. */
    public static final int DRAFT = 0;

    private final CompiledRuleSet compiled;

    RuleCandidate(CompiledRuleSet compiled) {
        this.compiled = compiled;
    }

    CompiledRuleSet compiled() {
        return compiled;
    }

    public String ruleSet() {
        return compiled.name();
    }

    /** {@link #DRAFT} for an unpublished source, else the published version it is. */
    public int version() {
        return compiled.version();
    }

    /** What the compiler and the sandbox warned about. */
    public List<RuleProblem> warnings() {
        return compiled.warnings();
    }
}
