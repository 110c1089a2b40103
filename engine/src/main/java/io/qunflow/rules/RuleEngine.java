package io.qunflow.rules;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import io.qunflow.rules.model.GroupContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates named rule sets. Rule sets are seeded from the shipped {@code rules/*.drl} on first
 * start, kept versioned in the database, and compiled once (sandbox-checked, with the evaluation
 * meter); each evaluation runs on the version that was active when it began and names that
 * version in every decision. When a live evaluation of a published version times out or fails,
 * the event is decided by the last good version instead and an incident is recorded; a version
 * that ran away (worked past its time limit) is suspended until the next publish.
 *
 * <p>Why this class is long: it is the one owner of which compiled version answers, with its fallback,
 * suspension, overrides for dry-runs and the cross-node swap; those share the same maps and must
 * change together. Splitting the live/fallback decision away is the next step (issue 15).
 */
@Service
public class RuleEngine implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    static final int MAX_FIRINGS = 10_000;
    /** Longer than any sane evaluation (they take microseconds), short enough not to hold a request. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(1);
    /** Bumped by every publish, so other nodes know to swap. */
    static final String REVISION = "rule-sets";

    private final RuleSetStore store;
    private final RuleSetCompiler compiler;
    private final RuleParameters parameters;
    private final Shadows shadows;
    private final Revisions revisions;
    private final RuleIncidents incidents;
    private volatile long loadedRevision;
    private final Map<String, CompiledRuleSet> active = new ConcurrentHashMap<>();
    /** The version that served before the active one, kept compiled to decide when the active one cannot. */
    private final Map<String, CompiledRuleSet> lastGood = new ConcurrentHashMap<>();
    /** Candidates this thread evaluates instead of the active versions: dry-runs and backtests. */
    private final ThreadLocal<Map<String, CompiledRuleSet>> overrides = new ThreadLocal<>();

    private final ThreadLocal<String> currentEvent = new ThreadLocal<>();
    private final CompletableFuture<Void> startupCompile;
    /** The group evaluations on this thread are for: inserted as a fact, and it scopes parameters. */
    private final ThreadLocal<GroupContext> currentGroup = new ThreadLocal<>();

    RuleEngine(
            RuleSetStore store,
            RuleSetCompiler compiler,
            RuleParameters parameters,
            Shadows shadows,
            AuditTrail audit,
            TransactionTemplate tx,
            Clock clock,
            Revisions revisions,
            RuleIncidents incidents) {
        this.store = store;
        this.compiler = compiler;
        this.parameters = parameters;
        this.shadows = shadows;
        this.revisions = revisions;
        this.incidents = incidents;
        loadedRevision = revisions.current(REVISION);
        tx.executeWithoutResult(status -> seedShippedDefaults(audit, clock));
        // Compiling is most of start-up's own work: it runs beside the creation of the other beans
        // (the process engine, the web server) and is awaited before the server takes requests.
        startupCompile = CompletableFuture.runAsync(
                () -> {
                    long started = System.nanoTime();
                    compileActiveVersions();
                    log.info(
                            "Compiled rule sets {} in {} ms ({} of them at build time)",
                            active.keySet(),
                            (System.nanoTime() - started) / 1_000_000,
                            active.values().stream()
                                    .filter(CompiledRuleSet::builtAtBuildTime)
                                    .count());
                },
                runnable -> {
                    Thread compiling = new Thread(runnable, "rule-compile");
                    compiling.setDaemon(true);
                    compiling.start();
                });
    }

    /** Every bean exists: the web server starts next, so the rule sets must be ready now. */
    @Override
    public void afterSingletonsInstantiated() {
        active();
    }

    /** The active versions, once the start-up compile has finished. */
    private Map<String, CompiledRuleSet> active() {
        try {
            startupCompile.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return active;
    }

    /**
     * Runs the active version of a rule set over the given facts, with the rule set's current
     * {@link io.qunflow.rules.model.Parameter parameters} inserted beside them.
     *
     * <p>A live evaluation that stalled (see {@link LateEvaluations}) is tried once more; one that
     * runs away, fails, or is late twice is answered by the last good version (its decisions name
     * that version) and recorded as an incident; dry-runs and backtests, which run candidates, get
     * the failure.
     *
     * @throws IllegalArgumentException when no rule set has that name
     * @throws RuleEvaluationException when the rules loop or fail and no good version can answer
     *     instead; nothing they decided is returned
     */
    public Evaluation evaluate(String ruleSet, Collection<?> given) {
        Map<String, CompiledRuleSet> override = overrides.get();
        CompiledRuleSet compiled = current(ruleSet);
        GroupContext group = currentGroup.get();
        Collection<?> facts = given;
        if (group != null) {
            List<Object> withGroup = new ArrayList<>(given.size() + 1);
            withGroup.addAll(given);
            withGroup.add(group);
            facts = withGroup;
        }
        List<?> ruleParameters = parameters.facts(ruleSet, group);
        if (override != null) {
            return compiled.evaluate(facts, ruleParameters);
        }
        Evaluation evaluation = evaluateLive(ruleSet, compiled, facts, ruleParameters);
        // Only live evaluations are shadowed: dry-runs and backtests compare for themselves.
        shadows.offer(ruleSet, evaluation.version(), currentEvent.get(), facts, ruleParameters, evaluation);
        return evaluation;
    }

    private Evaluation evaluateLive(String ruleSet, CompiledRuleSet compiled, Collection<?> facts, List<?> params) {
        CompiledRuleSet fallback = lastGood.get(ruleSet);
        if (compiled.suspended()) {
            incidents.report(
                    ruleSet,
                    compiled.version(),
                    RuleIncidents.Kind.RAN_AWAY,
                    "suspended after running away; events go to the last good version",
                    fallback == null ? null : fallback.version(),
                    true,
                    currentEvent.get());
            if (fallback == null) {
                throw new RuleEvaluationException(
                        "Rule set '" + ruleSet + "' v" + compiled.version()
                                + " is suspended and no earlier good version is loaded",
                        null);
            }
            return fallback.evaluate(facts, params);
        }
        try {
            return LateEvaluations.onceMoreIfStalled(compiled, facts, params);
        } catch (RuleEvaluationException e) {
            RuleIncidents.Kind kind = RuleIncidents.Kind.FAILED;
            if (e instanceof EvaluationTimedOut timedOut) {
                kind = timedOut.started() && timedOut.busy()
                        ? RuleIncidents.Kind.RAN_AWAY
                        : RuleIncidents.Kind.TIMED_OUT;
            }
            boolean suspend = kind == RuleIncidents.Kind.RAN_AWAY;
            if (suspend) {
                compiled.suspend();
                log.error(
                        "Rule set '{}' v{} ran away and is suspended: {}", ruleSet, compiled.version(), e.getMessage());
            }
            boolean canFallBack = fallback != null && fallback != compiled;
            incidents.report(
                    ruleSet,
                    compiled.version(),
                    kind,
                    e.getMessage(),
                    canFallBack ? fallback.version() : null,
                    suspend,
                    currentEvent.get());
            if (!canFallBack) {
                if (kind == RuleIncidents.Kind.TIMED_OUT) {
                    return LateEvaluations.inTimeOrBusy(compiled, facts, params);
                }
                throw e;
            }
            if (kind == RuleIncidents.Kind.TIMED_OUT) {
                return LateEvaluations.inTimeOrBusy(fallback, facts, params);
            }
            return fallback.evaluate(facts, params);
        }
    }

    /**
     * Whether every rule of the rule set (the version an evaluation on this thread would use, and
     * a candidate in its shadow) needs a fact of one of these types: callers skip evaluations
     * that could not fire anything.
     */
    public boolean everyRuleNeedsOneOf(String ruleSet, Collection<Class<?>> types) {
        boolean live = overrides.get() == null;
        return current(ruleSet).everyRuleNeedsOneOf(types) && (!live || shadows.candidateNeedsOneOf(ruleSet, types));
    }

    /**
     * Whether the rule set (the version an evaluation on this thread would use, and a candidate in
     * its shadow) decides each fact of the subject type on its own (see {@link IndependentSubjects}):
     * then the subjects of several evaluations may be evaluated together, in one session fired
     * once, and each subject's decisions are the ones it would get alone. Batches use it to
     * evaluate a group's members at once.
     */
    public boolean decidesEachAlone(String ruleSet, Class<?> subject) {
        boolean live = overrides.get() == null;
        return current(ruleSet).decidesEachAlone(subject)
                && (!live || shadows.candidateDecidesEachAlone(ruleSet, subject));
    }

    private CompiledRuleSet current(String ruleSet) {
        Map<String, CompiledRuleSet> override = overrides.get();
        CompiledRuleSet compiled = override == null ? null : override.get(ruleSet);
        if (compiled == null) {
            compiled = active().get(ruleSet);
        }
        if (compiled == null) {
            throw new IllegalArgumentException("No rule set named '" + ruleSet + "'");
        }
        return compiled;
    }

    /**
     * Runs work on behalf of an event: evaluations within it are attributed to the event (shadow
     * disagreements name it).
     */
    public <T> T forEvent(String eventId, Supplier<T> work) {
        String outer = currentEvent.get();
        currentEvent.set(eventId);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                currentEvent.remove();
            } else {
                currentEvent.set(outer);
            }
        }
    }

    /**
     * Runs work on behalf of a group: evaluations within it see the group's {@link GroupContext}
     * as a fact and read the parameters scoped to its phase and type.
     */
    public <T> T forGroup(GroupContext group, Supplier<T> work) {
        GroupContext outer = currentGroup.get();
        currentGroup.set(group);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                currentGroup.remove();
            } else {
                currentGroup.set(outer);
            }
        }
    }

    /**
     * Runs work in which every evaluation of the candidate's rule set, on this thread only, runs on
     * the candidate instead of the active version. Other threads, and live events, are not
     * affected. Calls may nest; the inner candidate wins for its rule set.
     */
    public <T> T using(RuleCandidate candidate, Supplier<T> work) {
        Map<String, CompiledRuleSet> outer = overrides.get();
        Map<String, CompiledRuleSet> inner = outer == null ? new HashMap<>() : new HashMap<>(outer);
        inner.put(candidate.ruleSet(), candidate.compiled());
        overrides.set(inner);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                overrides.remove();
            } else {
                overrides.set(outer);
            }
        }
    }

    /** The active version of a rule set, pinned: later publishes do not change what it evaluates. */
    public RuleCandidate activeCandidate(String ruleSet) {
        CompiledRuleSet compiled = active().get(ruleSet);
        if (compiled == null) {
            throw new IllegalArgumentException("No rule set named '" + ruleSet + "'");
        }
        return new RuleCandidate(compiled);
    }

    /**
     * Swaps in versions published on other nodes: when the publish revision moved, every rule set
     * whose stored active version is newer than the loaded one is compiled and activated.
     */
    @Scheduled(fixedDelayString = "${qunflow.reload-interval:PT2S}")
    void reloadIfChangedElsewhere() {
        long revision = revisions.current(REVISION);
        if (revision == loadedRevision) {
            return;
        }
        for (String name : store.names()) {
            store.active(name).ifPresent(stored -> {
                CompiledRuleSet loaded = active().get(name);
                if (loaded == null || stored.version() > loaded.version()) {
                    activate(compiler.compileChecked(
                            stored.name(), stored.version(), stored.source(), MAX_FIRINGS, TIME_LIMIT));
                    log.info("Swapped in rule set '{}' v{} published elsewhere", name, stored.version());
                }
            });
        }
        loadedRevision = revision;
    }

    /**
     * Makes a compiled version the one new evaluations run on. Evaluations already running keep
     * the version they started with: they hold it, not the map.
     */
    void activate(CompiledRuleSet compiled) {
        // A slower swap of an older version (a poll racing a local publish) must not win.
        active().compute(compiled.name(), (name, loaded) -> {
            if (loaded == null) {
                return compiled;
            }
            if (compiled.version() < loaded.version()) {
                return loaded;
            }
            if (!loaded.suspended() && loaded.version() < compiled.version()) {
                lastGood.put(name, loaded);
            }
            return compiled;
        });
    }

    /** Whether a rule set of that name is loaded. */
    public boolean has(String ruleSet) {
        return active().containsKey(ruleSet);
    }

    /** The version now active for a rule set. */
    public int activeVersion(String ruleSet) {
        CompiledRuleSet compiled = active().get(ruleSet);
        if (compiled == null) {
            throw new IllegalArgumentException("No rule set named '" + ruleSet + "'");
        }
        return compiled.version();
    }

    /** The names of the rules in the active version, sorted. */
    public List<String> ruleNames(String ruleSet) {
        return active().get(ruleSet).ruleNames();
    }

    private void seedShippedDefaults(AuditTrail audit, Clock clock) {
        List<String> known = store.names();
        for (Resource resource : shippedRuleFiles()) {
            String file = resource.getFilename();
            String name = file.substring(0, file.length() - ".drl".length());
            if (known.contains(name)) {
                continue;
            }
            String source = read(resource);
            store.insertFirst(name, source, "system", "shipped default", OffsetDateTime.now(clock));
            audit.record(
                    "system",
                    "RULE_SET",
                    name,
                    "SEEDED",
                    new Words("shipped default from rules/" + file, "随产品提供的默认规则 rules/" + file),
                    source);
            log.info("Seeded rule set '{}' version 1 from rules/{}", name, file);
        }
    }

    private void compileActiveVersions() {
        List<String> names = store.names();
        // Compiling is the slow part of start-up; the rule sets are independent, so use every core.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(names.size(), 2)));
        try {
            List<Future<CompiledRuleSet>> builds = names.stream()
                    .map(name -> pool.submit(() -> compileNewestAllowed(name)))
                    .toList();
            for (Future<CompiledRuleSet> build : builds) {
                CompiledRuleSet compiled = build.get();
                active.put(compiled.name(), compiled);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling rule sets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "An active rule set does not compile: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The active version, sandbox-checked; when the sandbox now refuses it (it was published
     * under an older, laxer sandbox), the newest stored version it passes, with an incident. A
     * rule set none of whose versions passes does not start: run it and it could do anything.
     */
    private CompiledRuleSet compileNewestAllowed(String name) {
        RuleSetStore.StoredVersion activeVersion = store.active(name).orElseThrow();
        try {
            return compiler.compileChecked(
                    name, activeVersion.version(), activeVersion.source(), MAX_FIRINGS, TIME_LIMIT);
        } catch (RuleCompilationException refused) {
            for (RuleSetStore.StoredVersion older : store.history(name)) {
                if (older.version() >= activeVersion.version()) {
                    continue;
                }
                try {
                    CompiledRuleSet compiled =
                            compiler.compileChecked(name, older.version(), older.source(), MAX_FIRINGS, TIME_LIMIT);
                    log.error(
                            "Rule set '{}' v{} is refused by the sandbox ({}); v{} serves instead",
                            name,
                            activeVersion.version(),
                            refused.getMessage(),
                            older.version());
                    incidents.report(
                            name,
                            activeVersion.version(),
                            RuleIncidents.Kind.FAILED,
                            "refused by the sandbox at start: " + refused.getMessage(),
                            older.version(),
                            true,
                            null);
                    return compiled;
                } catch (RuleCompilationException olderRefused) {
                    // Try the one before.
                }
            }
            throw refused;
        }
    }

    private static Resource[] shippedRuleFiles() {
        try {
            return new PathMatchingResourcePatternResolver().getResources("classpath*:rules/*.drl");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped rule files", e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
