package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.MigrationDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V132 rebuilds the parameter kind column to let HOSTS in: parameters stored before keep their kind,
 * and the database still refuses a kind there is none of.
 */
class ParameterKindMigrationTest {

    private final MigrationDatabase database = new MigrationDatabase("parameterkinds");
    private final JdbcClient jdbc = database.jdbc();

    private void insert(String name, String kind) {
        jdbc.sql("INSERT INTO qf_parameter (name, rule_set, kind, current_value, description, version)"
                        + " VALUES (?, 'moderation', ?, '', '说明', 1)")
                .params(name, kind)
                .update();
    }

    @Test
    void parametersStoredBefore_keepTheirKind_andOnlyTheKnownKindsGoIn() {
        database.migrateTo("131");
        insert("moderation.flood-seconds", "INTEGER");
        insert("moderation.warning.flood", "TEXT");

        database.migrateTo("latest");
        insert("moderation.own-link-hosts", "HOSTS");

        assertThat(jdbc.sql("SELECT name || ' ' || kind FROM qf_parameter ORDER BY name")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "moderation.flood-seconds INTEGER",
                        "moderation.own-link-hosts HOSTS",
                        "moderation.warning.flood TEXT");
        assertThatThrownBy(() -> insert("moderation.urls", "URLS")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert("moderation.none", null)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
