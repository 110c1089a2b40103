package io.qunflow.rules;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.BusyException;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.RequestChecks;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import io.qunflow.rules.RuleSetStore.StoredVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule sets as compliance staff see them: what is active, every version ever published, and what
 * changed between two versions; publishing, rolling back, and drafts to try out. Shadow runs of a
 * candidate are {@link RuleSetShadows}'.
 *
 * <p>Why this class is long: publishing, rolling back, validating and drafting share one
 * compile thread and the per-rule-set publish lock, and the order of check, compile, store and swap
 * is the guarantee every decision's version rests on; apart they would each have to keep it.
 */
@Service
public class RuleSets {

    static final int MAX_SOURCE_LENGTH = 200_000;

    private final RuleSetStore store;
    private final RuleSetCompiler compiler;
    /**
     * Compiles that may wait for the compile thread: past these a validation, dry-run, shadow,
     * backtest or publish is answered busy at once, rather than every request thread waiting in an
     * unbounded queue and a publish behind a burst of them waiting for minutes.
     */
    static final int MAX_WAITING_COMPILES = 4;

    /**
     * Every compile of edited rules runs here, one at a time: a compile takes a core for a second or
     * more, and the other core must stay free for the events being decided meanwhile.
     */
    private final ExecutorService compiles = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING_COMPILES),
            task -> {
                Thread thread = new Thread(task, "rule-compiler");
                thread.setDaemon(true);
                return thread;
            },
            (task, executor) -> {
                throw new BusyException(
                        MAX_WAITING_COMPILES
                                + " rule compiles are already waiting; nothing was done, send this again in a moment",
                        "已有 " + MAX_WAITING_COMPILES + " 次规则编译在排队，本次未做任何操作，请稍后再发送");
            });

    private final RuleEngine engine;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, ReentrantLock> publishing = new ConcurrentHashMap<>();

    private final Revisions revisions;

    private final RuleIncidents incidents;

    RuleSets(
            RuleSetStore store,
            RuleSetCompiler compiler,
            RuleEngine engine,
            AuditTrail audit,
            TransactionTemplate tx,
            Clock clock,
            Revisions revisions,
            RuleIncidents incidents) {
        this.incidents = incidents;
        this.revisions = revisions;
        this.store = store;
        this.compiler = compiler;
        this.engine = engine;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Whether a source may be published: sandbox errors first (code that fails them is never
     * compiled), then compile errors, each with its line and column; warnings do not block.
     */
    public record Validation(boolean valid, List<RuleProblem> errors, List<RuleProblem> warnings) {}

    /** A rule set and who published its active version, when. */
    public record Summary(String name, int version, String author, OffsetDateTime publishedAt) {}

    /** One published version, without its source. */
    public record HistoryEntry(int version, String author, String comment, OffsetDateTime publishedAt) {}

    /** The active version's source and the whole history, newest first. */
    public record Detail(
            String name,
            int version,
            String source,
            String author,
            OffsetDateTime publishedAt,
            List<HistoryEntry> history) {}

    /** One version with its source. */
    public record Version(
            String name, int version, String source, String author, String comment, OffsetDateTime publishedAt) {}

    /** What changed from one version to another, as a unified diff. */
    public record Diff(String name, int from, int to, String diff) {}

    /** Every rule set with its active version. */
    public List<Summary> list() {
        return store.allActive().stream()
                .map(v -> new Summary(v.name(), v.version(), v.author(), v.publishedAt()))
                .toList();
    }

    /** @throws NotFoundException when there is no such rule set */
    public Detail get(String name) {
        StoredVersion active = store.active(name).orElseThrow(() -> new NotFoundException("Rule set", "规则集", name));
        List<HistoryEntry> history = store.history(name).stream()
                .map(v -> new HistoryEntry(v.version(), v.author(), v.comment(), v.publishedAt()))
                .toList();
        return new Detail(name, active.version(), active.source(), active.author(), active.publishedAt(), history);
    }

    /** @throws NotFoundException when the rule set or the version does not exist */
    public Version version(String name, int version) {
        StoredVersion v = stored(name, version);
        return new Version(v.name(), v.version(), v.source(), v.author(), v.comment(), v.publishedAt());
    }

    /** @throws NotFoundException when the rule set or either version does not exist */
    public Diff diff(String name, int from, int to) {
        StoredVersion before = stored(name, from);
        StoredVersion after = stored(name, to);
        return new Diff(
                name, from, to, SourceDiff.unified(label(before), before.source(), label(after), after.source()));
    }

    /**
     * What the version (the active one when null) changed from the one before it.
     *
     * @throws NotFoundException when the rule set or the version does not exist, or the version is
     *     the first, saying there is no earlier one rather than naming a version 0
     */
    public Diff diffFromPrevious(String name, Integer version) {
        int newer = version != null ? version : get(name).version();
        if (newer == 1 && store.version(name, 1).isPresent()) {
            throw new NotFoundException(new Words(
                    "Version 1 is the first version of rule set '" + name
                            + "'; there is no earlier version to compare it with",
                    "版本 1 是规则集 " + name + " 的第一个版本，没有更早的版本可比较"));
        }
        return diff(name, newer - 1, newer);
    }

    /**
     * Publishes a new version and makes it active. The source is sandbox-checked and compiled
     * before anything is stored, on the compile thread, while the active version keeps serving;
     * the swap happens once the version is committed, so every decision names a version that is
     * stored and was active when its evaluation began.
     *
     * @throws NotFoundException when there is no such rule set
     * @param source present and at most {@link #MAX_SOURCE_LENGTH} characters, and a comment present,
     *     as the API checks on the request
     * @throws io.qunflow.common.InvalidRequestException when the source is refused (each problem
     *     with its line and column)
     */
    public Version publish(String name, String source, String comment, String author) {
        requireExists(name);
        return publishAs(
                name,
                source,
                comment,
                author,
                "PUBLISHED",
                active -> new ConflictException(
                        "The source is the same as the active version " + active.version() + " of rule set '" + name
                                + "'; nothing was published",
                        "源码与规则集 " + name + " 的生效版本 " + active.version() + " 相同，未发布新版本"));
    }

    /**
     * Publishes an earlier version's source again as the newest version: history only grows, and
     * the audit shows the rollback like any other change.
     *
     * @throws NotFoundException when the rule set or the version does not exist
     * @throws ConflictException when that version is the active one, or has the active one's source
     */
    public Version rollback(String name, int version, String comment, String author) {
        requireExists(name);
        StoredVersion earlier = stored(name, version);
        return publishAs(
                name,
                earlier.source(),
                comment,
                author,
                "ROLLED_BACK_TO_V" + version,
                active -> active.version() == version
                        ? new ConflictException(
                                "Version " + version + " of rule set '" + name
                                        + "' is already the active one; nothing was changed",
                                "版本 " + version + " 已是规则集 " + name + " 的生效版本，未做任何更改")
                        : new ConflictException(
                                "Version " + version + " of rule set '" + name
                                        + "' has the same source as the active version " + active.version()
                                        + "; nothing was changed",
                                "规则集 " + name + " 的版本 " + version + " 与生效版本 " + active.version() + " 的源码相同，未做任何更改"));
    }

    /**
     * @param unchanged the refusal when the source is the active version's: a version that changes
     *     nothing would only lengthen the history and the audit, and hide which version really changed
     */
    private Version publishAs(
            String name,
            String source,
            String comment,
            String author,
            String change,
            Function<StoredVersion, ConflictException> unchanged) {
        // One publish of a rule set at a time, so versions are swapped in in the order they are numbered.
        ReentrantLock lock = publishing.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            StoredVersion current =
                    store.active(name).orElseThrow(() -> new NotFoundException("Rule set", "规则集", name));
            // Checked under the lock, so two of the same rollback at once make one version; a publish
            // on another node meanwhile is caught below, by the newest version number.
            if (current.source().equals(source)) {
                throw unchanged.apply(current);
            }
            int next = store.history(name).get(0).version() + 1;
            CompiledRuleSet compiled;
            try {
                compiled = compileChecked(name, next, source, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT);
            } catch (RuleCompilationException e) {
                throw refused(e);
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            tx.executeWithoutResult(status -> {
                int newest =
                        store.lockNewestVersion(name).orElseThrow(() -> new NotFoundException("Rule set", "规则集", name));
                if (newest + 1 != next) {
                    throw new ConflictException(
                            "Rule set '" + name + "' changed meanwhile; publish again",
                            "规则集 " + name + " 刚被别人改过，请再发布一次");
                }
                store.insertVersion(name, next, source, author, comment, now);
                store.activate(name, next);
                revisions.bump(RuleEngine.REVISION);
                audit.record(
                        author,
                        "RULE_SET",
                        name,
                        change,
                        comment,
                        SourceDiff.unified(
                                name + ".drl v" + current.version(), current.source(), name + ".drl v" + next, source));
            });
            engine.activate(compiled);
            return new Version(name, next, source, author, comment, now);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Evaluations of the rule set's published versions that timed out or failed, and which
     * version decided instead, the most recent first.
     *
     * @throws NotFoundException when there is no such rule set
     */
    public List<RuleIncidents.Incident> incidents(String name, int limit) {
        requireExists(name);
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException(
                    "limit",
                    new Words("The number of incidents asked for", "请求的事故记录条数"),
                    new Words("must be between 1 and 500", "须在 1 到 500 之间"));
        }
        return incidents.list(name, limit);
    }

    /**
     * Compiles a source to try out (dry-run, shadow, backtest) without publishing it; its
     * decisions carry version {@link RuleCandidate#DRAFT}.
     *
     * @throws NotFoundException when there is no such rule set
     * @throws InvalidRequestException when the source is refused, each problem with its position
     */
    public RuleCandidate draft(String name, String source) {
        requireExists(name);
        requireSource(source);
        try {
            return new RuleCandidate(
                    compileChecked(name, RuleCandidate.DRAFT, source, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT));
        } catch (RuleCompilationException e) {
            throw refused(e);
        }
    }

    /** Frees a draft nobody will evaluate again. */
    public void discard(RuleCandidate draft) {
        if (draft.version() == RuleCandidate.DRAFT) {
            draft.compiled().discard();
        }
    }

    private static InvalidRequestException refused(RuleCompilationException e) {
        return new InvalidRequestException(
                "The rule source is refused: " + e.problems().size() + " problem(s); the active version keeps serving",
                "规则有误，已拒绝：共 " + e.problems().size() + " 个问题；生效版本照常运行",
                e.problems().stream()
                        .map(p -> new FieldProblem(
                                "source",
                                p.line() > 0
                                        ? "line " + p.line() + ", column " + p.column() + ": " + p.message()
                                        : p.message(),
                                p.messageZh()))
                        .toList());
    }

    /**
     * Checks a candidate source for a rule set without changing anything.
     *
     * @param source present and at most {@link #MAX_SOURCE_LENGTH} characters, as the API checks on
     *     the request
     * @throws NotFoundException when there is no such rule set
     */
    public Validation validate(String name, String source) {
        requireExists(name);
        try {
            // The sandbox runs once: its warnings come back with the compiler's.
            CompiledRuleSet compiled = compileChecked(name, 0, source, RuleEngine.MAX_FIRINGS, RuleEngine.TIME_LIMIT);
            List<RuleProblem> warnings = compiled.warnings();
            compiled.discard();
            return new Validation(true, List.of(), warnings);
        } catch (RuleCompilationException e) {
            return new Validation(false, e.problems(), List.of());
        }
    }

    /**
     * Sandbox-checks and compiles a source on the compile thread.
     *
     * @throws RuleCompilationException with the sandbox's or the compiler's problems
     * @throws BusyException when {@link #MAX_WAITING_COMPILES} compiles are already waiting
     */
    CompiledRuleSet compileChecked(String name, int version, String source, int maxFirings, Duration timeLimit) {
        Future<CompiledRuleSet> build =
                compiles.submit(() -> compiler.compileChecked(name, version, source, maxFirings, timeLimit));
        try {
            return build.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while compiling rule set '" + name + "'", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Compiling rule set '" + name + "' failed", e.getCause());
        }
    }

    void requireExists(String name) {
        if (store.active(name).isEmpty()) {
            throw new NotFoundException("Rule set", "规则集", name);
        }
    }

    /**
     * Drafts come from other modules' requests (dry-runs, backtests), whose sources nothing has
     * checked yet, so the draft checks its own.
     */
    private static void requireSource(String source) {
        RequestChecks checks = new RequestChecks();
        checks.text("source", source, MAX_SOURCE_LENGTH, true);
        checks.throwIfAny("The rule source", "规则源码");
    }

    private StoredVersion stored(String name, int version) {
        if (store.active(name).isEmpty()) {
            throw new NotFoundException("Rule set", "规则集", name);
        }
        return store.version(name, version)
                .orElseThrow(() -> new NotFoundException(
                        "Version of rule set '" + name + "'", "规则集 " + name + " 的版本", String.valueOf(version)));
    }

    private static String label(StoredVersion v) {
        return v.name() + ".drl v" + v.version();
    }
}
