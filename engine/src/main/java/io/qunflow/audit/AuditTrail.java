package io.qunflow.audit;

import io.qunflow.common.Words;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who changed what, when and why: rules, parameters, word lists,
 * workflows. Entries are only ever inserted.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change with the reason a person gave, in their own words; joins the caller's
     * transaction so the entry stands or falls with it.
     */
    public void record(String actor, String subjectType, String subject, String change, String comment, String diff) {
        insert(actor, subjectType, subject, change, comment, null, diff);
    }

    /**
     * Records a change the engine describes itself (a seed, a suspension, a key created): its
     * comment in both languages, so the audit log reads in the reader's. Joins the caller's
     * transaction.
     */
    public void record(String actor, String subjectType, String subject, String change, Words comment, String diff) {
        insert(actor, subjectType, subject, change, comment.en(), comment.zh(), diff);
    }

    private void insert(
            String actor,
            String subjectType,
            String subject,
            String change,
            String comment,
            String commentZh,
            String diff) {
        jdbc.sql("INSERT INTO qf_audit (at, actor, subject_type, subject, change, comment, comment_zh, diff)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        actor,
                        subjectType,
                        subject,
                        change,
                        comment,
                        commentZh,
                        diff)
                .update();
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return recent(null, null, limit);
    }

    /**
     * The newest entries first, optionally only those about one kind of subject (RULE_SET,
     * PARAMETER…) or one subject.
     */
    public List<AuditEntry> recent(String subjectType, String subject, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, at, actor, subject_type, subject, change, comment, comment_zh, diff FROM qf_audit"
                        + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (subjectType != null && !subjectType.isBlank()) {
            sql.append(" AND subject_type = ?");
            params.add(subjectType);
        }
        if (subject != null && !subject.isBlank()) {
            sql.append(" AND subject = ?");
            params.add(subject);
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(0, limit)).append(" ROWS ONLY");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("subject_type"),
                        rs.getString("subject"),
                        rs.getString("change"),
                        rs.getString("comment"),
                        rs.getString("comment_zh"),
                        rs.getString("diff")))
                .list();
    }
}
