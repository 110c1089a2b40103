package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.MigrationDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V77 makes API key names unique: a database that already holds one name twice keeps it on the
 * oldest key and adds the id to each later one, so the upgrade does not fail and every name in the
 * audit trail from then on means one key.
 */
class KeyNamesMigrationTest {

    private final MigrationDatabase database = new MigrationDatabase("key-names");
    private final JdbcClient jdbc = database.jdbc();

    private void key(String id, String name, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_api_key (id, name, key_hash, scopes, created_at) VALUES (?, ?, ?, 'events', ?)")
                .params(id, name, "hash-" + id, at)
                .update();
    }

    @Test
    void migrate_keysSharingAName_leavesItOnTheOldest_andAddsTheIdToTheOthers() {
        database.migrateTo("72");
        OffsetDateTime first = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        key("key_b", "有赞连接器", first);
        key("key_a", "有赞连接器", first.plusDays(1));
        key("key_c", "有赞连接器", first.plusDays(2));
        key("key_d", "企业微信", first);

        database.migrateTo("latest");

        assertThat(jdbc.sql("SELECT name FROM qf_api_key ORDER BY id")
                        .query(String.class)
                        .list())
                .isEqualTo(List.of("有赞连接器 (key_a)", "有赞连接器", "有赞连接器 (key_c)", "企业微信"));
        assertThatThrownBy(() -> key("key_e", "企业微信", first)).isInstanceOf(DuplicateKeyException.class);
    }
}
