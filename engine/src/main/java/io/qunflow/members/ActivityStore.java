package io.qunflow.members;

import io.qunflow.common.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-member, per-day activity record and the rolling windows summed from it. */
@Repository
class ActivityStore {

    private static final String SUMS = "SELECT member_id,"
            + " SUM(CASE WHEN activity_day >= :d7 THEN messages ELSE 0 END) AS m7,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN messages ELSE 0 END) AS m30,"
            + " SUM(messages) AS m100,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN shares ELSE 0 END) AS sh30,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN questions ELSE 0 END) AS q30,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN reactions_given ELSE 0 END) AS rg30,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN reactions_received ELSE 0 END) AS rr30,"
            + " SUM(CASE WHEN activity_day >= :d7 THEN checkins ELSE 0 END) AS c7,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN checkins ELSE 0 END) AS c30,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN orders ELSE 0 END) AS o30,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN order_cents ELSE 0 END) AS oc30,"
            + " SUM(CASE WHEN activity_day >= :d30 THEN link_clicks ELSE 0 END) AS lc30,"
            + " MAX(CASE WHEN messages > 0 THEN activity_day END) AS last_message_day";

    private static final String WINDOWS =
            SUMS + " FROM qf_member_day WHERE group_id = :group AND activity_day >= :d100 AND activity_day <= :today";

    /** The windows of the members in {@code :members}, each looked up by key (see {@link SqlArrays}). */
    private static final String MEMBERS_WINDOWS = SUMS
            + " FROM UNNEST(:members) AS t(x) JOIN qf_member_day d ON d.group_id = :group AND d.member_id = t.x"
            + " WHERE d.activity_day >= :d100 AND d.activity_day <= :today GROUP BY member_id";

    private static final String ADD = "UPDATE qf_member_day SET messages = messages + ?, shares = shares + ?,"
            + " questions = questions + ?, reactions_given = reactions_given + ?,"
            + " reactions_received = reactions_received + ?, checkins = checkins + ?,"
            + " orders = orders + ?, order_cents = order_cents + ?, link_clicks = link_clicks + ?"
            + " WHERE group_id = ? AND member_id = ? AND activity_day = ?";

    private static final String INSERT = "INSERT INTO qf_member_day (group_id, member_id, activity_day, messages,"
            + " shares, questions, reactions_given, reactions_received, checkins, orders, order_cents, link_clicks)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ActivityStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One member's day and what a batch's events added to it. */
    record DayAdded(String memberId, LocalDate day, ActivityCounts counts) {}

    /**
     * Adds a batch's counts to the members' days in two batch statements: every day is updated,
     * then the days that had no row yet are inserted (as {@link #add} does one by one).
     */
    void addAll(String groupId, List<DayAdded> days) {
        List<Object[]> updates = new ArrayList<>(days.size());
        for (DayAdded d : days) {
            ActivityCounts c = d.counts();
            updates.add(new Object[] {
                c.messages(),
                c.shares(),
                c.questions(),
                c.reactionsGiven(),
                c.reactionsReceived(),
                c.checkIns(),
                c.orders(),
                c.orderCents(),
                c.linkClicks(),
                groupId,
                d.memberId(),
                d.day()
            });
        }
        int[] updated = batches.batchUpdate(ADD, updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                DayAdded d = days.get(i);
                ActivityCounts c = d.counts();
                inserts.add(new Object[] {
                    groupId,
                    d.memberId(),
                    d.day(),
                    c.messages(),
                    c.shares(),
                    c.questions(),
                    c.reactionsGiven(),
                    c.reactionsReceived(),
                    c.checkIns(),
                    c.orders(),
                    c.orderCents(),
                    c.linkClicks()
                });
            }
        }
        if (!inserts.isEmpty()) {
            batches.batchUpdate(INSERT, inserts);
        }
    }

    /** The members' windows ending on {@code today}, in one statement; members without a row in 100 days are absent. */
    Map<String, ActivityFigures> figures(String groupId, Collection<String> memberIds, LocalDate today) {
        Map<String, ActivityFigures> figures = new HashMap<>(memberIds.size() * 2);
        windows(MEMBERS_WINDOWS, groupId, today)
                .param("members", SqlArrays.varchars(memberIds))
                .query(ActivityStore::figures)
                .list()
                .forEach(f -> figures.put(f.memberId(), f));
        return figures;
    }

    /** Each member's day in {@code [from, to]}: messages, orders and their cents. */
    List<MemberDay> days(String groupId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT member_id, activity_day, messages, orders, order_cents FROM qf_member_day"
                        + " WHERE group_id = ? AND activity_day >= ? AND activity_day <= ?")
                .params(groupId, from, to)
                .query((rs, n) -> new MemberDay(
                        rs.getString("member_id"),
                        rs.getObject("activity_day", LocalDate.class),
                        rs.getInt("messages"),
                        rs.getInt("orders"),
                        rs.getLong("order_cents")))
                .list();
    }

    /**
     * Adds to the member's row for that day, creating it on the day's first event. An UPDATE by
     * key first, not a MERGE: H2 runs a MERGE it has already parsed as a scan of the whole table,
     * and on most events the row is there. Two first events of one member's day racing to insert
     * meet at the key; the loser's event is applied again (see events.RaceRetries).
     */
    void add(String groupId, String memberId, LocalDate day, ActivityCounts c) {
        int updated = jdbc.sql(ADD)
                .params(
                        c.messages(),
                        c.shares(),
                        c.questions(),
                        c.reactionsGiven(),
                        c.reactionsReceived(),
                        c.checkIns(),
                        c.orders(),
                        c.orderCents(),
                        c.linkClicks(),
                        groupId,
                        memberId,
                        day)
                .update();
        if (updated == 0) {
            jdbc.sql(INSERT)
                    .params(
                            groupId,
                            memberId,
                            day,
                            c.messages(),
                            c.shares(),
                            c.questions(),
                            c.reactionsGiven(),
                            c.reactionsReceived(),
                            c.checkIns(),
                            c.orders(),
                            c.orderCents(),
                            c.linkClicks())
                    .update();
        }
    }

    /** Every member's windows ending on {@code today}; members without a row in 100 days are absent. */
    Map<String, ActivityFigures> figures(String groupId, LocalDate today) {
        Map<String, ActivityFigures> figures = new HashMap<>();
        windows(WINDOWS + " GROUP BY member_id", groupId, today)
                .query(ActivityStore::figures)
                .list()
                .forEach(f -> figures.put(f.memberId(), f));
        return figures;
    }

    ActivityFigures figures(String groupId, String memberId, LocalDate today) {
        return windows(WINDOWS + " AND member_id = :member GROUP BY member_id", groupId, today)
                .param("member", memberId)
                .query(ActivityStore::figures)
                .optional()
                .orElse(ActivityFigures.none(memberId));
    }

    private JdbcClient.StatementSpec windows(String sql, String groupId, LocalDate today) {
        return jdbc.sql(sql)
                .param("group", groupId)
                .param("today", today)
                .param("d7", today.minusDays(6))
                .param("d30", today.minusDays(29))
                .param("d100", today.minusDays(99));
    }

    private static ActivityFigures figures(ResultSet rs, int row) throws SQLException {
        return new ActivityFigures(
                rs.getString("member_id"),
                rs.getInt("m7"),
                rs.getInt("m30"),
                rs.getInt("m100"),
                rs.getInt("sh30"),
                rs.getInt("q30"),
                rs.getInt("rg30"),
                rs.getInt("rr30"),
                rs.getInt("c7"),
                rs.getInt("c30"),
                rs.getInt("o30"),
                rs.getLong("oc30"),
                rs.getInt("lc30"),
                rs.getObject("last_message_day", LocalDate.class));
    }
}
