package io.qunflow.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rule-set versions in the database: every published source is kept; one version is active. */
@Repository
class RuleSetStore {

    private final JdbcClient jdbc;

    RuleSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredVersion(String name, int version, String source, String author, String comment,
            OffsetDateTime publishedAt) {}

    List<String> names() {
        return jdbc.sql("SELECT name FROM qf_rule_set ORDER BY name").query(String.class).list();
    }

    Optional<StoredVersion> active(String name) {
        return jdbc.sql("SELECT v.name, v.version, v.source, v.author, v.comment, v.published_at"
                        + " FROM qf_rule_set s JOIN qf_rule_set_version v"
                        + " ON v.name = s.name AND v.version = s.active_version WHERE s.name = ?")
                .param(name)
                .query(RuleSetStore::version)
                .optional();
    }

    List<StoredVersion> history(String name) {
        return jdbc.sql("SELECT name, version, source, author, comment, published_at FROM qf_rule_set_version"
                        + " WHERE name = ? ORDER BY version DESC")
                .param(name)
                .query(RuleSetStore::version)
                .list();
    }

    void insertFirst(String name, String source, String author, String comment, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_rule_set_version (name, version, source, author, comment, published_at)"
                        + " VALUES (?, 1, ?, ?, ?, ?)")
                .params(name, source, author, comment, at)
                .update();
        jdbc.sql("INSERT INTO qf_rule_set (name, active_version) VALUES (?, 1)").param(name).update();
    }

    private static StoredVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredVersion(
                rs.getString("name"),
                rs.getInt("version"),
                rs.getString("source"),
                rs.getString("author"),
                rs.getString("comment"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
