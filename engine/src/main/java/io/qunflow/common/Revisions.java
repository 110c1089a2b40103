package io.qunflow.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Revision numbers of live configuration (word lists, parameters) shared by every node through
 * the database: a change bumps its subject's revision in the change's transaction; nodes that
 * hold an older revision reload.
 */
@Component
public class Revisions {

    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Bumps the revision; call inside the transaction that makes the change, before it reads what
     * it checks: the row stays locked until that transaction ends, so the changes of one subject
     * take turns across nodes, each seeing the one before.
     */
    public void bump(String subject) {
        if (jdbc.sql("UPDATE qf_revision SET revision = revision + 1 WHERE subject = ?")
                        .param(subject)
                        .update()
                != 1) {
            throw new IllegalStateException("No revision row for '" + subject + "'");
        }
    }

    /** The committed revision. */
    public long current(String subject) {
        return jdbc.sql("SELECT revision FROM qf_revision WHERE subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
    }
}
