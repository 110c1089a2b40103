package io.qunflow.rules;

import io.qunflow.rules.model.Ruling;
import io.qunflow.rules.model.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

/**
 * One compiled version of a rule set. Immutable once built: an evaluation that started on it
 * finishes on it even while a newer version takes its place.
 */
final class CompiledRuleSet {

    private final String name;
    private final int version;
    private final KieContainer container;
    private final Map<Set<Class<?>>, Boolean> needsOneOfAnswers = new ConcurrentHashMap<>();
    private final KieContainerSessionsPool sessions;
    private final int maxFirings;
    private final Duration timeLimit;
    private final List<RuleProblem> warnings;

    CompiledRuleSet(String name, int version, KieContainer container, int maxFirings, Duration timeLimit,
            List<RuleProblem> warnings) {
        this.name = name;
        this.version = version;
        this.container = container;
        // Sessions are reset and reused rather than built per call: building one costs more than
        // most evaluations.
        this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.maxFirings = maxFirings;
        this.timeLimit = timeLimit;
        this.warnings = List.copyOf(warnings);
    }

    /** Frees the rule base of a build nobody will evaluate (a validation, a finished dry-run). */
    void discard() {
        sessions.shutdown();
        container.dispose();
    }

    /** What Drools warned about while compiling (rules that cannot fire, shadowed rules…). */
    List<RuleProblem> warnings() {
        return warnings;
    }

    String name() {
        return name;
    }

    int version() {
        return version;
    }

    /**
     * True when every rule has, at the top of its conditions, a pattern on one of these fact types:
     * then an evaluation without such a fact cannot fire anything and may be skipped. Conservative:
     * a rule whose conditions are not a plain conjunction counts as needing none of them.
     */
    boolean everyRuleNeedsOneOf(Collection<Class<?>> types) {
        // Asked for every chat message; the answer never changes for a compiled version.
        return needsOneOfAnswers.computeIfAbsent(Set.copyOf(types), wanted -> container.getKieBase().getKiePackages()
                .stream()
                .flatMap(p -> p.getRules().stream())
                .allMatch(rule -> rule instanceof RuleImpl impl && needsOneOf(impl.getLhs(), wanted)));
    }

    private static boolean needsOneOf(GroupElement conditions, Collection<Class<?>> types) {
        if (!conditions.isAnd()) {
            return false;
        }
        for (RuleConditionElement element : conditions.getChildren()) {
            if (element instanceof Pattern pattern
                    && pattern.getObjectType() instanceof ClassObjectType type
                    && types.contains(type.getClassType())) {
                return true;
            }
            if (element instanceof GroupElement nested && nested.isAnd() && needsOneOf(nested, types)) {
                return true;
            }
        }
        return false;
    }

    List<String> ruleNames() {
        return container.getKieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(Rule::getName)
                .sorted()
                .toList();
    }

    Evaluation evaluate(Collection<?> facts, Collection<?> parameters) {
        Verdict verdict = new Verdict();
        FiringLog firings = new FiringLog(verdict);
        KieSession session = sessions.newKieSession();
        Watchdog.Alarm alarm = null;
        boolean halted = false;
        try {
            session.addEventListener(firings);
            for (Object fact : facts) {
                session.insert(fact);
            }
            for (Object parameter : parameters) {
                session.insert(parameter);
            }
            session.insert(verdict);
            alarm = Watchdog.arm(session, timeLimit);
            int fired = session.fireAllRules(maxFirings);
            halted = !alarm.disarm();
            if (halted) {
                throw new RuleEvaluationException(
                        "Rule set '" + name + "' v" + version + " ran longer than " + timeLimit.toMillis()
                                + " ms and was stopped after " + fired + " firings; a rule probably loops (last: "
                                + firings.lastRule() + ")",
                        null);
            }
            if (fired >= maxFirings) {
                throw new RuleEvaluationException(
                        "Rule set '" + name + "' v" + version + " fired " + fired
                                + " rules without settling; a rule probably loops (last: " + firings.lastRule() + ")",
                        null);
            }
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            halted = alarm != null && !alarm.disarm();
            throw new RuleEvaluationException(
                    "Rule '" + firings.lastRule() + "' of rule set '" + name + "' v" + version + " failed: "
                            + e.getMessage(),
                    e);
        } finally {
            session.removeEventListener(firings);
            if (halted) {
                // A halted session is not trusted back into the pool: the next caller would inherit it.
                session.destroy();
            } else {
                session.dispose();
            }
        }
        return new Evaluation(name, version, firings.decisions(name, version));
    }

    /** Notes which rule was firing when each ruling was written, so decisions name their rule. */
    private static final class FiringLog extends DefaultAgendaEventListener {

        private final Verdict verdict;
        private final List<String> ruleAtRuling = new ArrayList<>();
        private final List<Integer> rulingCountAtFiring = new ArrayList<>();
        private String lastRule = "(none)";

        FiringLog(Verdict verdict) {
            this.verdict = verdict;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastRule = event.getMatch().getRule().getName();
            ruleAtRuling.add(lastRule);
            rulingCountAtFiring.add(verdict.size());
        }

        String lastRule() {
            return lastRule;
        }

        List<Decision> decisions(String ruleSet, int version) {
            List<Ruling> rulings = verdict.rulings();
            List<Decision> decisions = new ArrayList<>(rulings.size());
            int firing = 0;
            for (int i = 0; i < rulings.size(); i++) {
                while (firing + 1 < rulingCountAtFiring.size() && rulingCountAtFiring.get(firing + 1) <= i) {
                    firing++;
                }
                Ruling r = rulings.get(i);
                String rule = ruleAtRuling.isEmpty() ? "(unknown)" : ruleAtRuling.get(firing);
                decisions.add(new Decision(
                        ruleSet, version, rule, r.outcome(), r.reason(), r.memberId(), r.text(), r.amountCents(),
                        r.points()));
            }
            return decisions;
        }
    }
}
