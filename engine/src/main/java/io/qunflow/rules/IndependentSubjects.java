package io.qunflow.rules;

import io.qunflow.rules.model.GroupContext;
import io.qunflow.rules.model.Parameter;
import io.qunflow.rules.model.Verdict;
import java.util.Set;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.runtime.KieContainer;

/**
 * Whether a rule set decides each fact of a subject type on its own, so that the facts of several
 * evaluations of that type alone (one member each, say) may share one session and one firing and
 * still get the decisions each would get alone. True when every rule either needs a fact of
 * another type, and so cannot fire on such an evaluation, or has conditions that are a plain
 * conjunction of patterns, exactly one of them on the subject type and every other one on a fact
 * all subjects share (the parameters, the group's context, a bare {@code Verdict( )}), none
 * reading from a source ({@code from}, {@code accumulate}, {@code collect}); and no rule is in an
 * activation, agenda or ruleflow group (an activation group cancels the other subjects' matches
 * when one fires).
 *
 * <p>What this cannot see is a consequence: one that reads the verdict ({@code $v.isUndecided()})
 * sees the other subjects' rulings, and one that inserts or deletes facts can reach other
 * subjects. Callers batch only rule sets whose subjects are meant to be decided alone (layering:
 * the pruning pass evaluates thousands of members at once), read each subject's decisions by the
 * member they name, and evaluate alone again when a decision names no subject of the batch.
 */
final class IndependentSubjects {

    private static final Set<Class<?>> SHARED = Set.of(Parameter.class, GroupContext.class, Verdict.class);

    private IndependentSubjects() {}

    static boolean decidedAlone(KieContainer container, Class<?> subject) {
        return container.getKieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .allMatch(rule -> rule instanceof RuleImpl impl && standsAlone(impl, subject));
    }

    private static boolean standsAlone(RuleImpl rule, Class<?> subject) {
        if (grouped(rule.getActivationGroup())
                || grouped(rule.getRuleFlowGroup())
                || !(rule.getAgendaGroup() == null || "MAIN".equals(rule.getAgendaGroup()))) {
            return false;
        }
        if (needsAnotherFact(rule.getLhs(), subject)) {
            return true;
        }
        int[] subjects = {0};
        return plainPatterns(rule.getLhs(), subject, subjects) && subjects[0] == 1;
    }

    /** A plain pattern, at the top of the conditions, on a fact neither a subject nor shared: the rule cannot fire. */
    private static boolean needsAnotherFact(GroupElement and, Class<?> subject) {
        if (!and.isAnd()) {
            return false;
        }
        for (RuleConditionElement element : and.getChildren()) {
            if (element instanceof Pattern pattern
                    && pattern.getSource() == null
                    && pattern.getObjectType() instanceof ClassObjectType type
                    && type.getClassType() != subject
                    && !SHARED.contains(type.getClassType())
                    // Drools puts its initial fact, always there, in front of a rule that starts with "not".
                    && !InitialFact.class.isAssignableFrom(type.getClassType())) {
                return true;
            }
            if (element instanceof GroupElement nested && needsAnotherFact(nested, subject)) {
                return true;
            }
        }
        return false;
    }

    private static boolean grouped(String group) {
        return group != null && !group.isEmpty();
    }

    private static boolean plainPatterns(GroupElement and, Class<?> subject, int[] subjects) {
        if (!and.isAnd()) {
            return false;
        }
        for (RuleConditionElement element : and.getChildren()) {
            if (element instanceof GroupElement nested) {
                if (!plainPatterns(nested, subject, subjects)) {
                    return false;
                }
            } else if (!(element instanceof Pattern pattern) || !plainPattern(pattern, subject, subjects)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainPattern(Pattern pattern, Class<?> subject, int[] subjects) {
        if (pattern.getSource() != null || !(pattern.getObjectType() instanceof ClassObjectType type)) {
            return false;
        }
        Class<?> on = type.getClassType();
        if (on == subject) {
            subjects[0]++;
            return true;
        }
        if (on == Verdict.class) {
            return pattern.getConstraints().isEmpty();
        }
        return SHARED.contains(on);
    }
}
