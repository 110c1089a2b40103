package io.qunflow.rules;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.Words;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incidents of published rule-set versions: evaluations that timed out or failed, after which
 * the event was decided by the last good version. One row per version and kind of incident,
 * counting occurrences; the first occurrence is also written to the audit trail. Reports are
 * gathered in memory and written by one background thread in a transaction of their own, so the
 * event being decided neither waits for them nor loses them when its own transaction rolls back,
 * and a version failing on every event writes one row update per batch, not one per event.
 */
@Component
class RuleIncidents {

    private static final Logger log = LoggerFactory.getLogger(RuleIncidents.class);

    enum Kind {
        /** Ran past the time limit while working: the version is suspended, its events go to the last good one. */
        RAN_AWAY,
        /** Ran past the time limit, waiting for a core or an evaluation thread: this event only. */
        TIMED_OUT,
        /** A rule threw, looped past the firing limit, or was stopped by the meter. */
        FAILED
    }

    /** An incident as the API shows it. */
    public record Incident(
            String ruleSet,
            int version,
            String kind,
            String message,
            Integer fallbackVersion,
            boolean suspended,
            long occurrences,
            String firstEventId,
            String lastEventId,
            OffsetDateTime firstAt,
            OffsetDateTime lastAt) {}

    private record Key(String ruleSet, int version, Kind kind) {}

    private static final class Pending {
        long occurrences;
        String message;
        Integer fallback;
        boolean suspended;
        String firstEventId;
        String lastEventId;
        OffsetDateTime firstAt;
        OffsetDateTime lastAt;
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rule-incidents");
        thread.setDaemon(true);
        return thread;
    });

    RuleIncidents(JdbcClient jdbc, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Notes an incident; written shortly after, off the caller's thread. */
    void report(
            String ruleSet,
            int version,
            Kind kind,
            String message,
            Integer fallback,
            boolean suspended,
            String eventId) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        pending.compute(new Key(ruleSet, version, kind), (key, p) -> {
            Pending next = p == null ? new Pending() : p;
            if (next.occurrences == 0) {
                next.firstEventId = eventId;
                next.firstAt = now;
            }
            next.occurrences++;
            next.message = Decision.bounded(message, 2000);
            next.fallback = fallback;
            next.suspended |= suspended;
            next.lastEventId = eventId;
            next.lastAt = now;
            return next;
        });
        if (flushQueued.compareAndSet(false, true)) {
            writer.execute(this::flush);
        }
    }

    private void flush() {
        flushQueued.set(false);
        for (Key key : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(key);
            if (p == null) {
                continue;
            }
            try {
                tx.executeWithoutResult(status -> write(key, p));
            } catch (RuntimeException e) {
                log.warn("Could not record an incident of rule set '{}' v{}", key.ruleSet(), key.version(), e);
            }
        }
    }

    private void write(Key key, Pending p) {
        int updated = update(key, p);
        if (updated > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO qf_rule_incident (rule_set, version, kind, message, fallback_version, suspended,"
                            + " occurrences, first_event_id, last_event_id, first_at, last_at)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                    .params(
                            key.ruleSet(),
                            key.version(),
                            key.kind().name(),
                            p.message,
                            p.fallback,
                            p.suspended,
                            p.occurrences,
                            Decision.bounded(p.firstEventId, 300),
                            Decision.bounded(p.lastEventId, 300),
                            p.firstAt,
                            p.lastAt)
                    .update();
        } catch (DuplicateKeyException e) {
            // Another node wrote the first row meanwhile.
            update(key, p);
            return;
        }
        audit.record(
                "system",
                "RULE_SET",
                key.ruleSet(),
                "EVALUATION_" + key.kind().name(),
                new Words(
                        "v" + key.version() + ": " + p.message
                                + (p.fallback == null
                                        ? "; no earlier good version was loaded, the event got no decision from this"
                                                + " rule set"
                                        : "; decided by v" + p.fallback + " instead")
                                + (p.suspended ? "; v" + key.version() + " is suspended until the next publish" : ""),
                        "v" + key.version() + " " + inChinese(key.kind()) + "（" + p.message + "）"
                                + (p.fallback == null ? "；没有可用的更早正常版本，该事件没有得到这个规则集的决定" : "；改由 v" + p.fallback + " 决定")
                                + (p.suspended ? "；v" + key.version() + " 已暂停，直到下次发布" : "")),
                null);
    }

    /** What happened, in the words the audit log shows a Chinese reader. */
    private static String inChinese(Kind kind) {
        return switch (kind) {
            case RAN_AWAY -> "运行失控，超过了时间上限";
            case TIMED_OUT -> "等待运行超时";
            case FAILED -> "评估出错";
        };
    }

    private int update(Key key, Pending p) {
        return jdbc.sql("UPDATE qf_rule_incident SET occurrences = occurrences + ?, message = ?,"
                        + " fallback_version = ?, suspended = (suspended OR ?), last_event_id = ?, last_at = ?"
                        + " WHERE rule_set = ? AND version = ? AND kind = ?")
                .params(
                        p.occurrences,
                        p.message,
                        p.fallback,
                        p.suspended,
                        Decision.bounded(p.lastEventId, 300),
                        p.lastAt,
                        key.ruleSet(),
                        key.version(),
                        key.kind().name())
                .update();
    }

    /** The rule set's incidents, the most recent first. */
    List<Incident> list(String ruleSet, int limit) {
        return jdbc.sql("SELECT * FROM qf_rule_incident WHERE rule_set = ?"
                        + " ORDER BY last_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .param(ruleSet)
                .query(RuleIncidents::incident)
                .list();
    }

    private static Incident incident(ResultSet rs, int row) throws SQLException {
        int fallback = rs.getInt("fallback_version");
        return new Incident(
                rs.getString("rule_set"),
                rs.getInt("version"),
                rs.getString("kind"),
                rs.getString("message"),
                rs.wasNull() ? null : fallback,
                rs.getBoolean("suspended"),
                rs.getLong("occurrences"),
                rs.getString("first_event_id"),
                rs.getString("last_event_id"),
                rs.getObject("first_at", OffsetDateTime.class),
                rs.getObject("last_at", OffsetDateTime.class));
    }
}
