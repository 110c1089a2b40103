package io.qunflow.reviews;

import io.qunflow.moderation.MessageModerated;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review items and the findings behind them. */
@Repository
class ReviewStore {

    /** Longest term kept per finding; a detector's value (a URL) may be longer than any word. */
    private static final int MAX_TERM = 2000;
    /** Most findings kept per item; a real message has a handful. */
    static final int MAX_FINDINGS = 100;
    /**
     * Longest normalised text kept: twice the longest message, as normalising may spell a sign
     * out (十 is 10); the column holds this much on H2 and PostgreSQL alike.
     */
    private static final int MAX_NORMALIZED = 40_000;

    private static final String SELECT = "SELECT seq, id, group_id, member_id, event_id, text, normalized_text,"
            + " rule_set_version, rule_name, outcome, outcomes, reason, occurred_at, status, decided_by, decided_at,"
            + " note FROM qf_review";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to list: any of the filters may be null. */
    record Filter(ReviewStatus status, String groupId, String memberId, Long beforeSeq, int limit) {}

    /** Opens an item for one rule's decisions on a moderated message, with what was found in it. */
    void open(
            String id,
            MessageModerated message,
            String memberId,
            int ruleSetVersion,
            String rule,
            List<String> outcomes,
            String reason) {
        jdbc.sql("INSERT INTO qf_review (id, group_id, member_id, event_id, text, normalized_text, rule_set_version,"
                        + " rule_name, outcome, outcomes, reason, occurred_at, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        message.groupId(),
                        memberId,
                        message.eventId(),
                        message.text() == null ? "" : message.text(),
                        cut(message.normalizedText() == null ? "" : message.normalizedText(), MAX_NORMALIZED),
                        ruleSetVersion,
                        rule,
                        outcomes.get(0),
                        String.join(",", outcomes),
                        reason,
                        message.at(),
                        ReviewStatus.OPEN.name())
                .update();
        long seq = seqOf(id).orElseThrow();
        int position = 0;
        for (List<String> finding : distinctFindings(message)) {
            jdbc.sql(
                            "INSERT INTO qf_review_hit (review_seq, position, term, category, detector) VALUES (?, ?, ?, ?, ?)")
                    .params(seq, position++, finding.get(0), finding.get(1), finding.get(2))
                    .update();
        }
    }

    /**
     * Each finding once (term, category, detector), in the order found, at most {@link #MAX_FINDINGS}:
     * a message repeating one term thousands of times is one finding to a reviewer, not thousands
     * of rows.
     */
    private static Collection<List<String>> distinctFindings(MessageModerated message) {
        Set<List<String>> findings = new LinkedHashSet<>();
        for (var hit : message.hits()) {
            if (findings.size() == MAX_FINDINGS) {
                break;
            }
            findings.add(List.of(cut(hit.term(), MAX_TERM), hit.category().name(), hit.detector()));
        }
        return findings;
    }

    /** The text cut to at most {@code max} characters, never inside a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    Optional<Long> seqOf(String id) {
        return jdbc.sql("SELECT seq FROM qf_review WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    Optional<ReviewItem> find(String id) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE id = ?")
                .param(id)
                .query(ReviewStore::row)
                .list();
        return withHits(rows).stream().findFirst();
    }

    /** Items newest first, within the filter. */
    List<ReviewItem> list(Filter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            params.add(filter.status().name());
        }
        if (filter.groupId() != null) {
            sql.append(" AND group_id = ?");
            params.add(filter.groupId());
        }
        if (filter.memberId() != null) {
            sql.append(" AND member_id = ?");
            params.add(filter.memberId());
        }
        if (filter.beforeSeq() != null) {
            sql.append(" AND seq < ?");
            params.add(filter.beforeSeq());
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ").append(filter.limit()).append(" ROWS ONLY");
        return withHits(
                jdbc.sql(sql.toString()).params(params).query(ReviewStore::row).list());
    }

    /**
     * Records a verdict on an item that is still open.
     *
     * @return false when the item was decided already (by this caller or a concurrent one)
     */
    boolean decide(String id, ReviewStatus verdict, String by, String note, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_review SET status = ?, decided_by = ?, decided_at = ?, note = ?"
                                + " WHERE id = ? AND status = ?")
                        .params(verdict.name(), by, at, note, id, ReviewStatus.OPEN.name())
                        .update()
                == 1;
    }

    /** The normalised texts of the newest items with a status, one per message. */
    List<String> normalizedTexts(ReviewStatus status, int limit) {
        return jdbc.sql("SELECT event_id, MAX(normalized_text) AS normalized_text FROM qf_review WHERE status = ?"
                        + " GROUP BY event_id ORDER BY MAX(seq) DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(status.name())
                .query((rs, n) -> rs.getString("normalized_text"))
                .list();
    }

    /** Decisions, upheld and overturned per term (and its category), each item counted once per term. */
    List<Tally> byTerm(String groupId) {
        return tallies(
                "SELECT h.term AS term, h.category AS category,",
                " FROM (SELECT DISTINCT review_seq, term, category FROM qf_review_hit) h"
                        + " JOIN qf_review r ON r.seq = h.review_seq",
                " GROUP BY h.term, h.category",
                groupId);
    }

    /** Decisions, upheld and overturned per detector, each item counted once per detector. */
    List<Tally> byDetector(String groupId) {
        return tallies(
                "SELECT h.detector AS term, NULL AS category,",
                " FROM (SELECT DISTINCT review_seq, detector FROM qf_review_hit) h"
                        + " JOIN qf_review r ON r.seq = h.review_seq",
                " GROUP BY h.detector",
                groupId);
    }

    /** Decisions, upheld and overturned per rule. */
    List<Tally> byRule(String groupId) {
        return tallies(
                "SELECT r.rule_name AS term, NULL AS category,", " FROM qf_review r", " GROUP BY r.rule_name", groupId);
    }

    /** One row of the quality figures: what was counted (a term, detector or rule) and its counts. */
    record Tally(String name, String category, int decisions, int upheld, int overturned) {}

    private List<Tally> tallies(String select, String from, String groupBy, String groupId) {
        String sql = select
                + " COUNT(*) AS decisions,"
                + " SUM(CASE WHEN r.status = 'UPHELD' THEN 1 ELSE 0 END) AS upheld,"
                + " SUM(CASE WHEN r.status = 'OVERTURNED' THEN 1 ELSE 0 END) AS overturned"
                + from
                + (groupId == null ? "" : " WHERE r.group_id = ?")
                + groupBy
                + " ORDER BY decisions DESC, term";
        return jdbc.sql(sql)
                .params(groupId == null ? List.of() : List.of(groupId))
                .query((rs, n) -> new Tally(
                        rs.getString("term"),
                        rs.getString("category"),
                        rs.getInt("decisions"),
                        rs.getInt("upheld"),
                        rs.getInt("overturned")))
                .list();
    }

    private record Row(long seq, ReviewItem item) {}

    private List<ReviewItem> withHits(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReviewItem.Hit>> hits = new LinkedHashMap<>();
        rows.forEach(r -> hits.put(r.seq(), new ArrayList<>()));
        jdbc.sql("SELECT review_seq, term, category, detector FROM qf_review_hit WHERE review_seq IN (:seqs)"
                        + " ORDER BY review_seq, position")
                .param("seqs", List.copyOf(hits.keySet()))
                .query(rs -> {
                    hits.get(rs.getLong("review_seq"))
                            .add(new ReviewItem.Hit(
                                    rs.getString("term"), rs.getString("category"), rs.getString("detector")));
                });
        return rows.stream().map(r -> withHits(r.item(), hits.get(r.seq()))).toList();
    }

    private static ReviewItem withHits(ReviewItem i, List<ReviewItem.Hit> hits) {
        return new ReviewItem(
                i.id(),
                i.groupId(),
                i.groupName(),
                i.memberId(),
                i.memberNickname(),
                i.eventId(),
                i.text(),
                i.normalizedText(),
                List.copyOf(hits),
                i.ruleSetVersion(),
                i.rule(),
                i.outcome(),
                i.outcomes(),
                i.reason(),
                i.at(),
                i.status(),
                i.decidedBy(),
                i.decidedAt(),
                i.note());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("seq"),
                new ReviewItem(
                        rs.getString("id"),
                        rs.getString("group_id"),
                        null,
                        rs.getString("member_id"),
                        null,
                        rs.getString("event_id"),
                        rs.getString("text"),
                        rs.getString("normalized_text"),
                        List.of(),
                        rs.getInt("rule_set_version"),
                        rs.getString("rule_name"),
                        rs.getString("outcome"),
                        Arrays.asList(rs.getString("outcomes").split(",")),
                        rs.getString("reason"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        ReviewStatus.valueOf(rs.getString("status")),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class),
                        rs.getString("note")));
    }
}
