package io.qunflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** System API keys, stored only as SHA-256 hashes of the key. */
@Repository
class ApiKeyStore {

    record ApiKey(String id, String name, List<String> scopes) {}

    record StoredKey(
            String id,
            String name,
            List<String> scopes,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt,
            OffsetDateTime rotatedAt) {}

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApiKey> findActive(String hash) {
        return jdbc.sql("SELECT id, name, scopes FROM qf_api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash)
                .query((rs, n) -> new ApiKey(
                        rs.getString("id"),
                        rs.getString("name"),
                        List.of(rs.getString("scopes").split(","))))
                .optional();
    }

    boolean exists(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_api_key WHERE key_hash = ?")
                        .param(hash)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether any key was ever made, revoked ones included. */
    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_api_key").query(Integer.class).single() > 0;
    }

    /** Whether a key, active or revoked, already has this name. */
    boolean named(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_api_key WHERE name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Every key's name, revoked keys' included. */
    List<String> names() {
        return jdbc.sql("SELECT name FROM qf_api_key").query(String.class).list();
    }

    /**
     * Stores a new key.
     *
     * @throws DuplicateKeyException when a key of that name was stored meanwhile
     */
    void insert(String id, String name, String hash, List<String> scopes, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_api_key (id, name, key_hash, scopes, created_at) VALUES (?,?,?,?,?)")
                .params(id, name, hash, String.join(",", scopes), at)
                .update();
    }

    private static final String COLUMNS =
            "SELECT id, name, scopes, created_at, last_used_at, revoked_at, rotated_at FROM qf_api_key";

    List<StoredKey> all() {
        return jdbc.sql(COLUMNS + " ORDER BY created_at, id")
                .query(ApiKeyStore::stored)
                .list();
    }

    Optional<StoredKey> find(String id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(ApiKeyStore::stored)
                .optional();
    }

    private static StoredKey stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredKey(
                rs.getString("id"),
                rs.getString("name"),
                List.of(rs.getString("scopes").split(",")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("rotated_at", OffsetDateTime.class));
    }

    /** Revokes a key that is still active; false when there is none by that id. */
    boolean revoke(String id, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                        .params(at, id)
                        .update()
                == 1;
    }

    /** Gives an active key a new secret; false when there is no active key by that id. */
    boolean replaceSecret(String id, String hash, OffsetDateTime at) {
        return jdbc.sql("UPDATE qf_api_key SET key_hash = ?, rotated_at = ? WHERE id = ? AND revoked_at IS NULL")
                        .params(hash, at, id)
                        .update()
                == 1;
    }

    void touch(String id, OffsetDateTime at) {
        jdbc.sql("UPDATE qf_api_key SET last_used_at = ? WHERE id = ?")
                .params(at, id)
                .update();
    }

    static String hash(String rawKey) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(rawKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
