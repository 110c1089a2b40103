package io.qunflow.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rule-set versions in the database: every published source is kept and never changed; one
 * version is active. A rollback is a new version with an old source, so history only grows.
 */
@Repository
class RuleSetStore {

    private static final String VERSION_COLUMNS = "v.name, v.version, v.source, v.author, v.comment, v.published_at";

    private final JdbcClient jdbc;

    RuleSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredVersion(
            String name, int version, String source, String author, String comment, OffsetDateTime publishedAt) {}

    List<String> names() {
        return jdbc.sql("SELECT name FROM qf_rule_set ORDER BY name")
                .query(String.class)
                .list();
    }

    /** The active version of every rule set, by name. */
    List<StoredVersion> allActive() {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM qf_rule_set s JOIN qf_rule_set_version v"
                        + " ON v.name = s.name AND v.version = s.active_version ORDER BY s.name")
                .query(RuleSetStore::version)
                .list();
    }

    Optional<StoredVersion> active(String name) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM qf_rule_set s JOIN qf_rule_set_version v"
                        + " ON v.name = s.name AND v.version = s.active_version WHERE s.name = ?")
                .param(name)
                .query(RuleSetStore::version)
                .optional();
    }

    Optional<StoredVersion> version(String name, int version) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM qf_rule_set_version v WHERE v.name = ? AND v.version = ?")
                .params(name, version)
                .query(RuleSetStore::version)
                .optional();
    }

    List<StoredVersion> history(String name) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM qf_rule_set_version v WHERE v.name = ?"
                        + " ORDER BY v.version DESC")
                .param(name)
                .query(RuleSetStore::version)
                .list();
    }

    /**
     * Locks the rule set's row until the transaction ends, so two publishes of the same rule set
     * get consecutive version numbers; answers the newest version number.
     */
    Optional<Integer> lockNewestVersion(String name) {
        return jdbc.sql("SELECT active_version FROM qf_rule_set WHERE name = ? FOR UPDATE")
                .param(name)
                .query(Integer.class)
                .optional()
                .map(locked -> jdbc.sql("SELECT MAX(version) FROM qf_rule_set_version WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single());
    }

    void insertFirst(String name, String source, String author, String comment, OffsetDateTime at) {
        insertVersion(name, 1, source, author, comment, at);
        jdbc.sql("INSERT INTO qf_rule_set (name, active_version) VALUES (?, 1)")
                .param(name)
                .update();
    }

    void insertVersion(String name, int version, String source, String author, String comment, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_rule_set_version (name, version, source, author, comment, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, version, source, author, comment, at)
                .update();
    }

    void activate(String name, int version) {
        jdbc.sql("UPDATE qf_rule_set SET active_version = ? WHERE name = ?")
                .params(version, name)
                .update();
    }

    private static StoredVersion version(ResultSet rs, int row) throws SQLException {
        return new StoredVersion(
                rs.getString("name"),
                rs.getInt("version"),
                rs.getString("source"),
                rs.getString("author"),
                rs.getString("comment"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
