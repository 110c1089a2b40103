package io.qunflow.cluster;

import io.qunflow.PostgresCluster;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the nodes left in the shared database, read directly, for comparing with what the client saw. */
final class StoredState implements AutoCloseable {

    private final Connection db;
    private final Array groups;

    StoredState(PostgresCluster postgres, List<String> groupIds) {
        try {
            db = DriverManager.getConnection(postgres.jdbcUrl("qunflow"), "postgres", "");
            groups = db.createArrayOf("varchar", groupIds.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored event id of the groups; a list, so an id stored twice would show twice. */
    List<String> eventIds() {
        return strings("SELECT event_id FROM qf_event WHERE group_id = ANY(?)");
    }

    /** The ids of the actions each event caused, as stored. */
    Map<String, Set<String>> actionsByEvent() {
        Map<String, Set<String>> actions = new HashMap<>();
        query(
                "SELECT event_id, id FROM qf_action WHERE event_id IS NOT NULL AND group_id = ANY(?)",
                rs -> actions.computeIfAbsent(rs.getString(1), e -> new HashSet<>())
                        .add(rs.getString(2)));
        return actions;
    }

    int actions() {
        return number("SELECT COUNT(*) FROM qf_action WHERE group_id = ANY(?)");
    }

    /**
     * Actions stored more than once in substance (same cause, kind, member, text and amount) under
     * different ids: what a retried event or a job run on two nodes would leave behind if the
     * outbox keys did not hold.
     */
    int doubledActions() {
        return number("SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM qf_action"
                + " WHERE group_id = ANY(?) GROUP BY group_id, COALESCE(event_id, dedupe_key), type,"
                + " COALESCE(member_id, ''), COALESCE(text, ''), COALESCE(amount_cents, -1), COALESCE(points, -1)"
                + " HAVING COUNT(*) > 1) d");
    }

    /** Daily-topic posts made by the lifecycle workflows' timers, by the activity instance that made them. */
    Set<String> topicPostActivities() {
        Set<String> posts = new HashSet<>();
        for (String key : strings("SELECT dedupe_key FROM qf_action WHERE group_id = ANY(?)"
                + " AND dedupe_key LIKE 'Task_PostDailyTopic:%'")) {
            posts.add(key.substring(0, key.lastIndexOf(':')));
        }
        return posts;
    }

    /** The daily-topic tasks the workflow engine recorded as done. */
    Set<String> topicTasksDone() {
        return new HashSet<>(strings("SELECT a.id_ FROM act_hi_actinst a JOIN qf_group g"
                + " ON a.proc_inst_id_ = g.process_instance_id WHERE g.id = ANY(?)"
                + " AND a.act_id_ = 'Task_PostDailyTopic' AND a.end_time_ IS NOT NULL"));
    }

    /** Daily-topic timers that fired (each is one timer job that ran and committed). */
    int topicTimersFired() {
        return number("SELECT COUNT(*) FROM act_hi_actinst a JOIN qf_group g ON a.proc_inst_id_ = g.process_instance_id"
                + " WHERE g.id = ANY(?) AND a.act_id_ = 'Timer_DailyTopic' AND a.end_time_ IS NOT NULL");
    }

    /**
     * Per group, the daily-topic steps done minus (timers fired + 1): 0 when each timer led to the
     * step exactly once. (Not every step posts: past the group's daily cap it posts nothing.)
     */
    Map<String, Integer> stepsPerTimerMismatch() {
        Map<String, Integer> mismatch = new HashMap<>();
        query(
                "SELECT g.id,"
                        + " (SELECT COUNT(*) FROM act_hi_actinst a WHERE a.proc_inst_id_ = g.process_instance_id"
                        + "   AND a.act_id_ = 'Task_PostDailyTopic' AND a.end_time_ IS NOT NULL),"
                        + " (SELECT COUNT(*) FROM act_hi_actinst a WHERE a.proc_inst_id_ = g.process_instance_id"
                        + "   AND a.act_id_ = 'Timer_DailyTopic' AND a.end_time_ IS NOT NULL)"
                        + " FROM qf_group g WHERE g.id = ANY(?)",
                rs -> mismatch.put(rs.getString(1), rs.getInt(2) - (rs.getInt(3) + 1)));
        return mismatch;
    }

    /** Daily-topic timer jobs waiting per workflow instance; more than one would mean a timer forked its path. */
    int mostTimerJobsOfOneInstance() {
        return number("SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM act_ru_job j JOIN qf_group g"
                + " ON j.process_instance_id_ = g.process_instance_id WHERE g.id = ANY(?)"
                + " AND j.handler_cfg_ LIKE '%Timer_DailyTopic%' GROUP BY j.process_instance_id_) c");
    }

    /** Jobs due more than {@code seconds} ago that nobody ran. */
    int overdueJobs(int seconds) {
        return number(
                "SELECT COUNT(*) FROM act_ru_job j JOIN qf_group g ON j.process_instance_id_ = g.process_instance_id"
                        + " WHERE g.id = ANY(?) AND j.duedate_ < now() - make_interval(secs => " + seconds + ")");
    }

    /** Jobs that failed (an exception recorded): a job that ran twice would fail on the outbox key. */
    int failedJobs() {
        return number(
                "SELECT COUNT(*) FROM act_ru_job j JOIN qf_group g ON j.process_instance_id_ = g.process_instance_id"
                        + " WHERE g.id = ANY(?) AND j.exception_msg_ IS NOT NULL");
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setArray(1, groups);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getString(1)));
        return values;
    }

    private int number(String sql) {
        List<Integer> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getInt(1)));
        return values.get(0);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
