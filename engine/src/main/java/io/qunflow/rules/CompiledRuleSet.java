package io.qunflow.rules;

import io.qunflow.rules.model.Parameter;
import io.qunflow.rules.model.Ruling;
import io.qunflow.rules.model.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One compiled version of a rule set. Immutable once built: an evaluation that started on it
 * finishes on it even while a newer version takes its place.
 *
 * <p>Why this class is long: the warm-session pool, the firing log and the bounded evaluation share
 * one rule base's lifecycle and its discard, and the structural questions asked of that rule base
 * (which facts every rule needs, whether a verdict may stay) decide how the pool may reuse sessions.
 */
final class CompiledRuleSet {

    private final String name;
    private final int version;
    private final KieContainer container;
    private final Map<Set<Class<?>>, Boolean> needsOneOfAnswers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> decidedAloneAnswers = new ConcurrentHashMap<>();
    private final BlockingQueue<WarmSession> idle;
    private final boolean parametersMayStay;
    private final boolean verdictMayStay;
    private volatile boolean discarded;
    private volatile boolean suspended;
    private final int maxFirings;
    private final Duration timeLimit;
    private final List<RuleProblem> warnings;
    private final boolean straightLine;

    CompiledRuleSet(
            String name,
            int version,
            KieContainer container,
            int maxFirings,
            Duration timeLimit,
            List<RuleProblem> warnings,
            boolean straightLine) {
        this.name = name;
        this.version = version;
        this.container = container;
        // Sessions are kept and reused rather than built per call: building one costs more than
        // most evaluations.
        this.idle = new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());
        this.parametersMayStay = everyRuleJoinsAnEvaluationFact(container);
        this.verdictMayStay = noRuleCanTellAVerdictKeptFromAFreshOne(container);
        this.maxFirings = maxFirings;
        this.timeLimit = timeLimit;
        this.warnings = List.copyOf(warnings);
        this.straightLine = straightLine;
        // The first session of a rule base costs far more than the next ones (node memories,
        // classes loaded and initialised): build it here, on the compiling thread, so the first
        // live evaluation does not spend its time limit on it. Built, never fired: a rule without
        // conditions would run its consequence outside any evaluation's limits.
        idle.offer(new WarmSession(container.getKieBase().newKieSession()));
    }

    /** Whether this rule base was compiled while the application was built, not at run time. */
    boolean builtAtBuildTime() {
        return container.getReleaseId().getVersion().startsWith(PrecompiledRuleSets.VERSION_PREFIX);
    }

    /** Frees the rule base of a build nobody will evaluate (a validation, a finished dry-run). */
    void discard() {
        discarded = true;
        for (WarmSession warm = idle.poll(); warm != null; warm = idle.poll()) {
            warm.session.dispose();
        }
        container.dispose();
    }

    /** Marks a version that ran away: live events go to the last good version until the next publish. */
    void suspend() {
        suspended = true;
    }

    boolean suspended() {
        return suspended;
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
        return needsOneOfAnswers.computeIfAbsent(
                Set.copyOf(types), wanted -> everyRuleNeeds(container, wanted::contains));
    }

    /** See {@link IndependentSubjects}; the answer never changes for a compiled version. */
    boolean decidesEachAlone(Class<?> subject) {
        return decidedAloneAnswers.computeIfAbsent(subject, type -> IndependentSubjects.decidedAlone(container, type));
    }

    /** True when every rule needs a fact other than a {@link Parameter}, which only stay between evaluations. */
    private static boolean everyRuleJoinsAnEvaluationFact(KieContainer container) {
        return everyRuleNeeds(container, type -> type != Parameter.class);
    }

    /**
     * True when a session may keep one {@link Verdict} inserted between evaluations, emptied before
     * each ({@link Verdict#beginEvaluation()}), and every evaluation still sees what a fresh one
     * would: every Verdict pattern is a bare {@code Verdict( )} (a constraint on it would have been
     * matched against an earlier evaluation's state), no rule has an {@code eval} (which could read
     * the verdict where no new fact makes Drools look again), and every rule joins a fact of the
     * evaluation itself, so no rule matches on kept facts alone and fires only once. Nor may a rule
     * be in an activation group: Drools 10.1 then fires every matching rule of the group on a
     * session that kept its verdict (seen in {@code ModerationRulesTest}).
     */
    private static boolean noRuleCanTellAVerdictKeptFromAFreshOne(KieContainer container) {
        return everyRuleNeeds(container, type -> type != Parameter.class && type != Verdict.class)
                && container.getKieBase().getKiePackages().stream()
                        .flatMap(p -> p.getRules().stream())
                        .allMatch(rule -> rule instanceof RuleImpl impl
                                && (impl.getActivationGroup() == null
                                        || impl.getActivationGroup().isEmpty())
                                && verdictPatternsAreBare(impl.getLhs()));
    }

    private static boolean verdictPatternsAreBare(RuleConditionElement element) {
        if (element instanceof GroupElement group) {
            return group.getChildren().stream().allMatch(CompiledRuleSet::verdictPatternsAreBare);
        }
        if (element instanceof Pattern pattern) {
            boolean onVerdict =
                    pattern.getObjectType() instanceof ClassObjectType type && type.getClassType() == Verdict.class;
            if (onVerdict) {
                return pattern.getConstraints().isEmpty() && pattern.getSource() == null;
            }
            return pattern.getSource() == null
                    || pattern.getSource().getNestedElements().stream()
                            .allMatch(CompiledRuleSet::verdictPatternsAreBare);
        }
        // An eval, a forall, a named consequence…: not looked into, so not trusted.
        return false;
    }

    private static boolean everyRuleNeeds(KieContainer container, Predicate<Class<?>> type) {
        return container.getKieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .allMatch(rule -> rule instanceof RuleImpl impl && needs(impl.getLhs(), type));
    }

    private static boolean needs(GroupElement conditions, Predicate<Class<?>> wanted) {
        if (!conditions.isAnd()) {
            return false;
        }
        for (RuleConditionElement element : conditions.getChildren()) {
            if (element instanceof Pattern pattern
                    && pattern.getObjectType() instanceof ClassObjectType type
                    && wanted.test(type.getClassType())) {
                return true;
            }
            if (element instanceof GroupElement nested && nested.isAnd() && needs(nested, wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether sessions keep one verdict between evaluations (see {@link #noRuleCanTellAVerdictKeptFromAFreshOne}). */
    boolean keepsVerdict() {
        return verdictMayStay;
    }

    List<String> ruleNames() {
        return container.getKieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(Rule::getName)
                .sorted()
                .toList();
    }

    /** Whether evaluations run on the caller's thread: the sandbox found the source {@link StraightLine straight-line}. */
    boolean runsOnCallersThread() {
        return straightLine;
    }

    /**
     * Evaluates on an evaluation thread ({@link EvaluationWorkers}), waiting at most the time limit;
     * a straight-line rule set, which cannot run away, on the caller's own thread, where the
     * hand-off would cost more than most of its evaluations ({@link CallerThreadEvaluation}).
     *
     * @throws RuleEvaluationException when the rules loop, fail or run out of time; nothing they decided is returned
     */
    Evaluation evaluate(Collection<?> facts, List<?> parameters) {
        EvaluationTask task = new EvaluationTask(facts, parameters);
        try {
            return straightLine
                    ? CallerThreadEvaluation.run(task, timeLimit)
                    : EvaluationWorkers.SHARED.run(task, timeLimit);
        } catch (EvaluationWorkers.Abandoned e) {
            // A straight-line rule set cannot loop: late, it was the machine that was slow.
            String likely = straightLine ? "the server was busy" : "a rule probably loops";
            throw new EvaluationTimedOut(
                    "Rule set '" + name + "' v" + version + ": " + e.getMessage() + " (" + likely + "; last: "
                            + task.lastRule() + ")",
                    e.started(),
                    e.busy());
        }
    }

    /**
     * One evaluation as an evaluation thread runs it: facts inserted there, after the caller's
     * deadline is set, rules fired, decisions read; the session is kept for the next evaluation
     * only when this one ended normally and was not given up.
     */
    private final class EvaluationTask implements EvaluationWorkers.Task<Evaluation> {

        private final Collection<?> facts;
        private final List<?> parameters;
        private final List<FactHandle> inserted;
        private volatile WarmSession warm;

        EvaluationTask(Collection<?> facts, List<?> parameters) {
            this.facts = facts;
            this.parameters = parameters;
            this.inserted = new ArrayList<>(facts.size() + parameters.size() + 1);
        }

        @Override
        public Evaluation run() {
            WarmSession session = borrow(parameters);
            warm = session;
            Verdict verdict = session.verdictFor(verdictMayStay);
            FiringLog firings = session.firings;
            firings.begin(verdict);
            try {
                for (Object fact : facts) {
                    inserted.add(session.session.insert(fact));
                }
                if (session.keptParameters == null) {
                    for (Object parameter : parameters) {
                        inserted.add(session.session.insert(parameter));
                    }
                }
                if (!verdictMayStay) {
                    inserted.add(session.session.insert(verdict));
                }
                int fired = session.session.fireAllRules(maxFirings);
                if (fired >= maxFirings) {
                    throw new RuleEvaluationException(
                            "Rule set '" + name + "' v" + version + " fired " + fired
                                    + " rules without settling; a rule probably loops (last: " + firings.lastRule()
                                    + ")",
                            null);
                }
                return new Evaluation(name, version, firings.decisions(name, version));
            } catch (RuleEvaluationException e) {
                throw e;
            } catch (EvaluationStopped e) {
                throw new RuleEvaluationException(
                        "Rule set '" + name + "' v" + version + " was stopped in rule '" + firings.lastRule() + "': "
                                + e.getMessage(),
                        null);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                Throwable cause = e.getCause() instanceof EvaluationStopped stopped ? stopped : e;
                throw new RuleEvaluationException(
                        "Rule '" + firings.lastRule() + "' of rule set '" + name + "' v" + version + " failed: "
                                + cause.getClass().getSimpleName() + ": " + Decision.bounded(cause.getMessage(), 300),
                        e);
            }
        }

        /** The rule firing when asked, from any thread: for the message of an evaluation given up. */
        String lastRule() {
            WarmSession session = warm;
            return session == null ? "(none)" : session.firings.lastRule();
        }

        @Override
        public void stop() {
            WarmSession session = warm;
            if (session != null) {
                session.session.halt();
            }
        }

        @Override
        public void finish(boolean kept) {
            WarmSession session = warm;
            if (session != null) {
                release(session, kept && session.clear(inserted));
            }
        }
    }

    private WarmSession borrow(List<?> parameters) {
        WarmSession warm = idle.poll();
        if (warm == null) {
            warm = new WarmSession(container.getKieBase().newKieSession());
        }
        if (parametersMayStay) {
            warm.keep(parameters);
        }
        return warm;
    }

    /**
     * Puts a session back for the next evaluation, or drops it: a session that was halted, threw,
     * or could not be emptied is not trusted to the next caller.
     */
    private void release(WarmSession warm, boolean reusable) {
        if (reusable && !discarded && idle.offer(warm)) {
            if (discarded && idle.remove(warm)) {
                warm.session.dispose();
            }
            return;
        }
        warm.session.dispose();
    }

    /**
     * A session kept between evaluations. Emptying it (deleting what one evaluation inserted) costs
     * less than Drools' reset of a pooled session, which also drops the per-class fact stores every
     * insert then rebuilds. When every rule joins a fact of the evaluation, the parameters stay
     * inserted: no rule can match on them alone, so a fresh evaluation sees exactly what a fresh
     * session would.
     */
    private static final class WarmSession {

        private final KieSession session;
        private final FiringLog firings = new FiringLog();
        private List<?> keptParameters;
        private List<FactHandle> keptHandles = List.of();
        private Verdict keptVerdict;
        private FactHandle keptVerdictHandle;

        WarmSession(KieSession session) {
            this.session = session;
            session.addEventListener(firings);
        }

        /** Holds these parameters inserted; replaces the ones held when they changed. */
        void keep(List<?> parameters) {
            if (keptParameters == parameters) {
                return;
            }
            keptHandles.forEach(session::delete);
            List<FactHandle> handles = new ArrayList<>(parameters.size());
            for (Object parameter : parameters) {
                handles.add(session.insert(parameter));
            }
            keptHandles = handles;
            keptParameters = parameters;
        }

        /**
         * The verdict of the next evaluation: the kept one, emptied, when it may stay (it is then
         * inserted once, for the session's life), or a new one for the caller to insert.
         */
        Verdict verdictFor(boolean mayStay) {
            if (!mayStay) {
                return new Verdict();
            }
            if (keptVerdict == null) {
                keptVerdict = new Verdict();
                keptVerdictHandle = session.insert(keptVerdict);
            }
            keptVerdict.beginEvaluation();
            return keptVerdict;
        }

        private int keptFacts() {
            return keptHandles.size() + (keptVerdictHandle == null ? 0 : 1);
        }

        /**
         * Deletes what the evaluation inserted, and what its rules inserted, so only the kept
         * parameters (and the kept verdict) stay. False when the session is not back to that state (a rule deleted a
         * parameter).
         */
        boolean clear(List<FactHandle> inserted) {
            for (FactHandle handle : inserted) {
                // A rule may have deleted it already: Drools invalidates a handle it deletes, which
                // is cheaper to read than asking the session's object store under its lock.
                if (((InternalFactHandle) handle).isValid()) {
                    session.delete(handle);
                }
            }
            if (session.getFactCount() != keptFacts()) {
                Set<FactHandle> kept = new HashSet<>(keptHandles);
                if (keptVerdictHandle != null) {
                    kept.add(keptVerdictHandle);
                }
                for (FactHandle handle : List.<FactHandle>copyOf(session.getFactHandles())) {
                    if (!kept.contains(handle)) {
                        session.delete(handle);
                    }
                }
            }
            // Short when a rule deleted a kept fact: then the session is not trusted again.
            return session.getFactCount() == keptFacts();
        }
    }

    /** Notes which rule was firing when each ruling was written, so decisions name their rule. */
    private static final class FiringLog extends DefaultAgendaEventListener {

        private Verdict verdict;
        private final List<String> ruleAtRuling = new ArrayList<>();
        private final List<Integer> rulingCountAtFiring = new ArrayList<>();
        /** Read by the thread that gives an evaluation up, while the worker still writes it. */
        private volatile String lastRule;

        void begin(Verdict verdict) {
            this.verdict = verdict;
            ruleAtRuling.clear();
            rulingCountAtFiring.clear();
            lastRule = "(none)";
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
                decisions.add(Decision.bounded(
                        ruleSet,
                        version,
                        rule,
                        r.outcome(),
                        r.reason(),
                        r.memberId(),
                        r.text(),
                        r.amountCents(),
                        r.points()));
            }
            return decisions;
        }
    }
}
