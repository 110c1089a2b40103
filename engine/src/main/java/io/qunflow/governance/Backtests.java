package io.qunflow.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.Ids;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.PeriodicRounds;
import io.qunflow.common.Words;
import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventService;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.NewGroup;
import io.qunflow.groups.Phase;
import io.qunflow.rules.RuleCandidate;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleSets;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backtests: the stored events of a time range replayed, in the order they happened, once on the
 * active version and once on a candidate, to show what the candidate would have changed. Each
 * side replays into fresh copies of the groups (so both start from the same empty state: members
 * who joined before the range are seen as first-time speakers, earlier strikes do not count),
 * inside a transaction that is rolled back. Runs in the background, one at a time.
 *
 * <p>The runs and their reports are stored by {@link BacktestStore}; what a report says is
 * {@link BacktestReport}'s.
 */
@Service
public class Backtests {

    private static final Logger log = LoggerFactory.getLogger(Backtests.class);
    static final int MAX_EVENTS = 20_000;
    /**
     * Backtests waiting or running at once on a node: each holds its compiled candidate until it
     * has run, so an unbounded queue of them would fill the heap.
     */
    static final int MAX_WAITING = 3;
    /** How often a node says it still has its backtests, and how long a silence means it stopped. */
    static final Duration HEARTBEAT = Duration.ofMinutes(1);

    static final Duration SILENCE = Duration.ofMinutes(10);

    private final RuleSets ruleSets;
    private final RuleEngine engine;
    private final EventService events;
    private final GroupService groups;
    private final BacktestStore store;
    private final BacktestReport report;
    private final Clock clock;
    private final TransactionTemplate rolledBack;
    private final Map<String, AtomicInteger> progress = new ConcurrentHashMap<>();
    private final Semaphore places = new Semaphore(MAX_WAITING);
    private final ThreadPoolTaskExecutor runner;
    private final PeriodicRounds heartbeat;

    Backtests(
            RuleSets ruleSets,
            RuleEngine engine,
            EventService events,
            GroupService groups,
            BacktestStore store,
            ObjectMapper json,
            Clock clock,
            PlatformTransactionManager transactions,
            BackgroundThreads threads) {
        this.ruleSets = ruleSets;
        this.engine = engine;
        this.events = events;
        this.groups = groups;
        this.store = store;
        this.report = new BacktestReport(json);
        this.clock = clock;
        this.rolledBack = new TransactionTemplate(transactions);
        this.runner = threads.pool("qunflow-backtest", 1);
        this.heartbeat = threads.rounds("qunflow-backtest-heartbeat", HEARTBEAT, this::beat);
        heartbeat.start();
    }

    /** A backtest under way gets the pool's grace to finish; what it replayed is rolled back either way. */
    @PreDestroy
    void close() {
        heartbeat.stop();
        runner.shutdown();
    }

    /**
     * Says, for every backtest this node waits on or runs, that it still has it; and fails those
     * whose node fell silent (any node may, so a cluster needs none of them to come back).
     */
    void beat() {
        try {
            OffsetDateTime now = now();
            progress.forEach((id, done) -> store.beat(id, done.get(), now));
            store.failAbandoned(now.minus(SILENCE), now);
        } catch (RuntimeException e) {
            log.warn("Backtest heartbeat failed", e);
        }
    }

    /**
     * Starts a backtest; answers at once with its id. {@code from} and {@code to} are ISO-8601
     * times with offsets, as the API checks them where they arrive.
     *
     * @throws InvalidRequestException when the range or the source is refused, or the range holds
     *     more than {@value #MAX_EVENTS} events
     * @throws ConflictException when {@value #MAX_WAITING} backtests are already waiting or running
     */
    public BacktestView start(String ruleSet, String source, String from, String to, String author) {
        OffsetDateTime start = TrialEvents.parse(from);
        OffsetDateTime end = TrialEvents.parse(to);
        if (!start.isBefore(end)) {
            throw new InvalidRequestException(
                    "The backtest is invalid",
                    "回测有误",
                    List.of(new FieldProblem("to", "must be after from", "须晚于开始时间（from）")));
        }
        if (!places.tryAcquire()) {
            throw new ConflictException(
                    MAX_WAITING + " backtests are already waiting or running; start this one"
                            + " when one of them has finished",
                    "已有 " + MAX_WAITING + " 个回测在排队或运行中；请等其中一个结束后再开始这个");
        }
        boolean queued = false;
        try {
            RuleCandidate candidate = ruleSets.draft(ruleSet, source);
            RuleCandidate active = engine.activeCandidate(ruleSet);
            int count = events.countBetween(start, end);
            if (count > MAX_EVENTS) {
                ruleSets.discard(candidate);
                throw new InvalidRequestException(
                        "to",
                        new Words("The backtest's time range", "回测的时间段"),
                        new Words(
                                "the range holds " + count + " events; a backtest replays at most " + MAX_EVENTS
                                        + ", choose a shorter range",
                                "这段时间有 " + count + " 个事件，回测最多重放 " + MAX_EVENTS + " 个，请选短一些的时间段"));
            }
            String id = Ids.next("bt");
            store.insert(id, ruleSet, active.version(), source, start, end, 2 * count, author, now());
            progress.put(id, new AtomicInteger());
            runner.execute(() -> run(id, ruleSet, active, candidate, start, end));
            queued = true;
            return get(ruleSet, id);
        } finally {
            if (!queued) {
                places.release();
            }
        }
    }

    /** @throws NotFoundException when the rule set has no backtest with that id */
    public BacktestView get(String ruleSet, String id) {
        BacktestView view = store.find(ruleSet, id).orElseThrow(() -> new NotFoundException("Backtest", "回测", id));
        AtomicInteger running = progress.get(id);
        if (running == null || !view.status().equals("RUNNING")) {
            return view;
        }
        return new BacktestView(
                view.id(),
                view.ruleSet(),
                view.activeVersion(),
                view.from(),
                view.to(),
                view.status(),
                running.get(),
                view.total(),
                view.startedBy(),
                view.startedAt(),
                null,
                null,
                null);
    }

    private void run(
            String id,
            String ruleSet,
            RuleCandidate active,
            RuleCandidate candidate,
            OffsetDateTime from,
            OffsetDateTime to) {
        try {
            // Counted when it started; events that arrived while it waited may have filled the range.
            List<GroupEvent> stored = events.between(from, to, MAX_EVENTS + 1);
            if (stored.size() > MAX_EVENTS) {
                throw new IllegalStateException("the range holds more than " + MAX_EVENTS
                        + " events by now; a backtest replays at most " + MAX_EVENTS + ", choose a shorter range");
            }
            Map<String, String> phases = events.recordedPhases(
                    stored.stream().map(GroupEvent::eventId).toList());
            AtomicInteger done = progress.get(id);
            Map<String, List<String>> before = replay(id, "active", ruleSet, active, stored, phases, done);
            Map<String, List<String>> after = replay(id, "candidate", ruleSet, candidate, stored, phases, done);
            store.finish(id, "DONE", report.of(stored, before, after), null, done.get(), now());
        } catch (RuntimeException e) {
            log.warn("Backtest {} of rule set '{}' failed", id, ruleSet, e);
            store.finish(
                    id,
                    "FAILED",
                    null,
                    String.valueOf(e.getMessage()),
                    progress.get(id).get(),
                    now());
        } finally {
            ruleSets.discard(candidate);
            progress.remove(id);
            places.release();
        }
    }

    /** Replays every event on one side; answers the sorted outcomes of the rule set per event. */
    private Map<String, List<String>> replay(
            String id,
            String side,
            String ruleSet,
            RuleCandidate version,
            List<GroupEvent> stored,
            Map<String, String> phases,
            AtomicInteger done) {
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            return engine.using(version, () -> {
                Map<String, String> copies = new HashMap<>();
                Map<String, List<String>> outcomes = new HashMap<>();
                for (GroupEvent event : stored) {
                    String copy = copies.computeIfAbsent(event.groupId(), original -> copyOf(id, side, original));
                    String phase = phases.get(event.eventId());
                    if (phase != null) {
                        // Each event is decided in the phase its group was in then: scoped rules apply as they did.
                        groups.enterPhase(copy, Phase.of(phase));
                    }
                    List<String> decided;
                    try {
                        EventAnswer answer = events.accept(new GroupEvent(
                                id + ":" + side + ":" + event.eventId(),
                                copy,
                                event.type(),
                                event.memberId(),
                                event.at(),
                                event.payload()));
                        decided = answer.decisions().stream()
                                .filter(d -> d.ruleSet().equals(ruleSet))
                                .map(EventAnswer.DecisionView::outcome)
                                .sorted()
                                .toList();
                    } catch (RuntimeException e) {
                        decided = List.of("ERROR");
                    }
                    outcomes.put(event.eventId(), decided);
                    done.incrementAndGet();
                }
                return outcomes;
            });
        });
    }

    private String copyOf(String id, String side, String original) {
        Group group = groups.get(original);
        return groups.create(new NewGroup(
                        id + "-" + side + "-" + Ids.next("g"),
                        group.name(),
                        group.intro(),
                        group.type(),
                        group.capacity(),
                        group.tags(),
                        group.welcomeMessage(),
                        group.groupRules(),
                        group.timeZone()))
                .id();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
