package io.qunflow.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parameters and every value they ever had. */
@Repository
class ParameterStore {

    private static final String VIEW = "SELECT p.name, p.rule_set, p.kind, p.current_value, p.min_value, p.max_value,"
            + " p.description, p.version, v.author, v.changed_at FROM qf_parameter p"
            + " JOIN qf_parameter_version v ON v.name = p.name AND v.version = p.version";

    private final JdbcClient jdbc;

    ParameterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ParameterView> all() {
        return jdbc.sql(VIEW + " ORDER BY p.name").query(ParameterStore::view).list();
    }

    Optional<ParameterView> find(String name) {
        return jdbc.sql(VIEW + " WHERE p.name = ?")
                .param(name)
                .query(ParameterStore::view)
                .optional();
    }

    /** Reads and locks the parameter row, so concurrent changes get consecutive versions. */
    Optional<ParameterView> lock(String name) {
        return jdbc.sql(VIEW + " WHERE p.name = ? FOR UPDATE")
                .param(name)
                .query(ParameterStore::view)
                .optional();
    }

    void insertFirst(ParameterView p, String comment) {
        jdbc.sql(
                        "INSERT INTO qf_parameter (name, rule_set, kind, current_value, min_value, max_value, description, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                .params(p.name(), p.ruleSet(), p.kind().name(), p.value(), p.min(), p.max(), p.description())
                .update();
        insertVersion(p.name(), 1, p.value(), p.changedBy(), comment, p.changedAt());
    }

    void update(String name, int version, String value, String author, String comment, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_parameter SET current_value = ?, version = ? WHERE name = ?")
                .params(value, version, name)
                .update();
        insertVersion(name, version, value, author, comment, at);
    }

    List<ParameterChange> history(String name) {
        return jdbc.sql("SELECT version, set_value, author, comment, changed_at FROM qf_parameter_version"
                        + " WHERE name = ? ORDER BY version DESC")
                .param(name)
                .query((rs, n) -> new ParameterChange(
                        rs.getInt("version"),
                        rs.getString("set_value"),
                        rs.getString("author"),
                        rs.getString("comment"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    private void insertVersion(
            String name, int version, String value, String author, String comment, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_parameter_version (name, version, set_value, author, comment, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, version, value, author, comment, at)
                .update();
    }

    private static ParameterView view(ResultSet rs, int row) throws SQLException {
        return new ParameterView(
                rs.getString("name"),
                rs.getString("rule_set"),
                ParameterKind.valueOf(rs.getString("kind")),
                rs.getString("current_value"),
                rs.getObject("min_value", Double.class),
                rs.getObject("max_value", Double.class),
                rs.getString("description"),
                rs.getInt("version"),
                rs.getString("author"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }

    List<ParameterScope> scopes() {
        return jdbc.sql("SELECT name, phase, group_type, scoped_value, changed_by, changed_at FROM qf_parameter_scope"
                        + " ORDER BY name, phase, group_type")
                .query((rs, row) -> new ParameterScope(
                        rs.getString("name"),
                        emptyAsAny(rs.getString("phase")),
                        emptyAsAny(rs.getString("group_type")),
                        rs.getString("scoped_value"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** Sets the scope's value; answers the value it replaced, or null when the scope is new. */
    String putScope(ParameterScope scope) {
        String before = jdbc.sql("SELECT scoped_value FROM qf_parameter_scope WHERE name = ? AND phase = ?"
                        + " AND group_type = ? FOR UPDATE")
                .params(scope.name(), anyAsEmpty(scope.phase()), anyAsEmpty(scope.groupType()))
                .query(String.class)
                .optional()
                .orElse(null);
        if (before == null) {
            jdbc.sql("INSERT INTO qf_parameter_scope (name, phase, group_type, scoped_value, changed_by, changed_at)"
                            + " VALUES (?,?,?,?,?,?)")
                    .params(
                            scope.name(),
                            anyAsEmpty(scope.phase()),
                            anyAsEmpty(scope.groupType()),
                            scope.value(),
                            scope.changedBy(),
                            scope.changedAt())
                    .update();
        } else {
            jdbc.sql("UPDATE qf_parameter_scope SET scoped_value = ?, changed_by = ?, changed_at = ?"
                            + " WHERE name = ? AND phase = ? AND group_type = ?")
                    .params(
                            scope.value(),
                            scope.changedBy(),
                            scope.changedAt(),
                            scope.name(),
                            anyAsEmpty(scope.phase()),
                            anyAsEmpty(scope.groupType()))
                    .update();
        }
        return before;
    }

    /** Removes the scope; answers the value it had, or null when there was none. */
    String deleteScope(String name, String phase, String groupType) {
        String before = jdbc.sql("SELECT scoped_value FROM qf_parameter_scope WHERE name = ? AND phase = ?"
                        + " AND group_type = ? FOR UPDATE")
                .params(name, anyAsEmpty(phase), anyAsEmpty(groupType))
                .query(String.class)
                .optional()
                .orElse(null);
        jdbc.sql("DELETE FROM qf_parameter_scope WHERE name = ? AND phase = ? AND group_type = ?")
                .params(name, anyAsEmpty(phase), anyAsEmpty(groupType))
                .update();
        return before;
    }

    private static String emptyAsAny(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String anyAsEmpty(String value) {
        return value == null ? "" : value;
    }
}
