package io.qunflow.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The backtests run, their progress when they ended and their reports ({@code qf_backtest}). */
@Repository
class BacktestStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BacktestStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A run begun: RUNNING, nothing processed yet of {@code total} replays. */
    void insert(
            String id,
            String ruleSet,
            int activeVersion,
            String source,
            OffsetDateTime from,
            OffsetDateTime to,
            int total,
            String author,
            OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_backtest (id, rule_set, active_version, source, from_time, to_time, status, total,"
                        + " processed, started_by, started_at, heartbeat_at) VALUES (?,?,?,?,?,?,'RUNNING',?,0,?,?,?)")
                .params(id, ruleSet, activeVersion, source, from, to, total, author, at, at)
                .update();
    }

    /** The node still has this backtest, waiting or running, with this much replayed. */
    void beat(String id, int processed, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_backtest SET processed = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(processed, at, id)
                .update();
    }

    /**
     * Fails the backtests still RUNNING whose node has not said so since {@code silentSince}: it
     * stopped (a restart, a crash) and took the run with it, which would otherwise show as running
     * for ever.
     */
    void failAbandoned(OffsetDateTime silentSince, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_backtest SET status = 'FAILED', failure = ?, finished_at = ? WHERE status = 'RUNNING'"
                        + " AND COALESCE(heartbeat_at, started_at) < ?")
                .params(ABANDONED, at, silentSince)
                .update();
    }

    static final String ABANDONED =
            "The server running this backtest stopped before it finished; nothing of it was kept. Start it again.";

    Optional<BacktestView> find(String ruleSet, String id) {
        return jdbc.sql("SELECT * FROM qf_backtest WHERE id = ? AND rule_set = ?")
                .params(id, ruleSet)
                .query(this::view)
                .optional();
    }

    /** Ends a run: DONE with its report, or FAILED with why. */
    void finish(String id, String status, JsonNode report, String failure, int processed, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_backtest SET status = ?, report = ?, failure = ?, processed = ?, finished_at = ?"
                        + " WHERE id = ?")
                .params(
                        status,
                        report == null ? null : report.toString(),
                        failure == null ? null : failure.substring(0, Math.min(2000, failure.length())),
                        processed,
                        at,
                        id)
                .update();
    }

    private BacktestView view(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        JsonNode parsed;
        try {
            parsed = report == null ? null : json.readTree(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored backtest report is not JSON", e);
        }
        return new BacktestView(
                rs.getString("id"),
                rs.getString("rule_set"),
                rs.getInt("active_version"),
                rs.getObject("from_time", OffsetDateTime.class),
                rs.getObject("to_time", OffsetDateTime.class),
                rs.getString("status"),
                rs.getInt("processed"),
                rs.getInt("total"),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                parsed,
                rs.getString("failure"));
    }
}
