package io.qunflow.rules;

import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberJoin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shadow candidates: each live evaluation of a rule set with a shadow is handed, facts and result,
 * to one background thread that evaluates the candidate and stores where it disagrees. The live
 * path only copies the facts and queues; when the queue is full the comparison is skipped and
 * counted, never waited for; a candidate that fails is recorded, never thrown.
 */
@Component
class Shadows {

    private static final Logger log = LoggerFactory.getLogger(Shadows.class);
    private static final int QUEUE = 1_000;
    /**
     * Disagreements kept per rule set, the newest: a candidate that disagrees on every event would
     * otherwise add a row per live event for as long as it runs, and the list shows 500 at most.
     */
    static final int MAX_KEPT = 10_000;

    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Shadow> running = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor worker;

    Shadows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.worker = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "rule-shadow");
                    thread.setDaemon(true);
                    return thread;
                },
                (task, executor) -> ((Comparison) task).shadow.skipped.increment());
    }

    /** A candidate and its counters. */
    private static final class Shadow {
        final CompiledRuleSet candidate;
        final String startedBy;
        final String comment;
        final OffsetDateTime startedAt;
        final LongAdder evaluated = new LongAdder();
        final LongAdder disagreements = new LongAdder();
        final LongAdder skipped = new LongAdder();

        Shadow(CompiledRuleSet candidate, String startedBy, String comment, OffsetDateTime startedAt) {
            this.candidate = candidate;
            this.startedBy = startedBy;
            this.comment = comment;
            this.startedAt = startedAt;
        }

        ShadowStatus status() {
            return new ShadowStatus(
                    candidate.name(),
                    startedBy,
                    comment,
                    startedAt,
                    evaluated.sum(),
                    disagreements.sum(),
                    skipped.sum());
        }
    }

    ShadowStatus start(CompiledRuleSet candidate, String author, String comment) {
        Shadow shadow = new Shadow(candidate, author, comment, now());
        running.put(candidate.name(), shadow);
        return shadow.status();
    }

    Optional<ShadowStatus> stop(String ruleSet) {
        return Optional.ofNullable(running.remove(ruleSet)).map(Shadow::status);
    }

    Optional<ShadowStatus> status(String ruleSet) {
        return Optional.ofNullable(running.get(ruleSet)).map(Shadow::status);
    }

    /** True unless a candidate runs in the shadow of this rule set with a rule needing none of the types. */
    boolean candidateNeedsOneOf(String ruleSet, Collection<Class<?>> types) {
        Shadow shadow = running.get(ruleSet);
        return shadow == null || shadow.candidate.everyRuleNeedsOneOf(types);
    }

    /** True unless a candidate runs in the shadow of this rule set that does not decide each subject alone. */
    boolean candidateDecidesEachAlone(String ruleSet, Class<?> subject) {
        Shadow shadow = running.get(ruleSet);
        return shadow == null || shadow.candidate.decidesEachAlone(subject);
    }

    /** Called on the live path after the active version decided; returns at once. */
    void offer(
            String ruleSet,
            int activeVersion,
            String eventId,
            Collection<?> facts,
            List<?> parameters,
            Evaluation live) {
        Shadow shadow = running.get(ruleSet);
        if (shadow == null) {
            return;
        }
        worker.execute(
                new Comparison(shadow, activeVersion, eventId, List.copyOf(facts), List.copyOf(parameters), live));
    }

    List<ShadowDisagreement> disagreements(String ruleSet, int limit) {
        return jdbc.sql("SELECT * FROM qf_shadow_disagreement WHERE rule_set = ? ORDER BY id DESC FETCH FIRST " + limit
                        + " ROWS ONLY")
                .param(ruleSet)
                .query(Shadows::disagreement)
                .list();
    }

    /** One live evaluation to compare, run on the shadow thread. */
    private final class Comparison implements Runnable {

        final Shadow shadow;
        final int activeVersion;
        final String eventId;
        final List<?> facts;
        final List<?> parameters;
        final Evaluation live;

        Comparison(
                Shadow shadow, int activeVersion, String eventId, List<?> facts, List<?> parameters, Evaluation live) {
            this.shadow = shadow;
            this.activeVersion = activeVersion;
            this.eventId = eventId;
            this.facts = facts;
            this.parameters = parameters;
            this.live = live;
        }

        @Override
        public void run() {
            try {
                List<String> active = outcomes(live);
                List<String> candidate;
                String detail = null;
                try {
                    candidate = outcomes(shadow.candidate.evaluate(facts, parameters));
                } catch (RuntimeException e) {
                    candidate = List.of("ERROR");
                    detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                }
                shadow.evaluated.increment();
                if (!active.equals(candidate)) {
                    shadow.disagreements.increment();
                    record(active, candidate, detail);
                }
            } catch (RuntimeException e) {
                log.warn("Could not compare shadow candidate of '{}' with the live result", shadow.candidate.name(), e);
            }
        }

        private void record(List<String> active, List<String> candidate, String detail) {
            String groupId = null;
            String memberId = null;
            for (Object fact : facts) {
                if (fact instanceof ChatMessage m) {
                    groupId = m.groupId();
                    memberId = m.memberId();
                } else if (fact instanceof MemberJoin j) {
                    groupId = j.groupId();
                    memberId = j.memberId();
                }
            }
            jdbc.sql("INSERT INTO qf_shadow_disagreement (rule_set, active_version, event_id, group_id, member_id,"
                            + " active_outcomes, candidate_outcomes, detail, seen_at) VALUES (?,?,?,?,?,?,?,?,?)")
                    .params(
                            shadow.candidate.name(),
                            activeVersion,
                            eventId,
                            groupId,
                            memberId,
                            joined(active),
                            joined(candidate),
                            detail == null ? null : truncate(detail),
                            now())
                    .update();
            jdbc.sql("DELETE FROM qf_shadow_disagreement WHERE rule_set = ? AND id <= (SELECT id FROM"
                            + " qf_shadow_disagreement WHERE rule_set = ? ORDER BY id DESC OFFSET " + MAX_KEPT
                            + " ROWS FETCH FIRST 1 ROW ONLY)")
                    .params(shadow.candidate.name(), shadow.candidate.name())
                    .update();
        }
    }

    /** What an evaluation decided, order aside: the same outcomes in another firing order agree. */
    private static List<String> outcomes(Evaluation evaluation) {
        return evaluation.decisions().stream()
                .map(d -> d.memberId() == null ? d.outcome() : d.outcome() + "@" + d.memberId())
                .sorted()
                .toList();
    }

    private static String joined(List<String> outcomes) {
        return truncate(String.join(SEPARATOR, outcomes));
    }

    private static String truncate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static ShadowDisagreement disagreement(ResultSet rs, int row) throws SQLException {
        return new ShadowDisagreement(
                rs.getLong("id"),
                rs.getString("rule_set"),
                rs.getInt("active_version"),
                rs.getString("event_id"),
                rs.getString("group_id"),
                rs.getString("member_id"),
                split(rs.getString("active_outcomes")),
                split(rs.getString("candidate_outcomes")),
                rs.getString("detail"),
                rs.getObject("seen_at", OffsetDateTime.class));
    }

    private static List<String> split(String outcomes) {
        return outcomes.isEmpty() ? List.of() : Arrays.asList(outcomes.split(SEPARATOR));
    }
}
