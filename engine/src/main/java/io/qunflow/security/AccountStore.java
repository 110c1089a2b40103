package io.qunflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** People (with hashed passwords and roles) and system API keys (stored only as SHA-256 hashes). */
@Repository
class AccountStore implements UserDetailsService {

    record ApiKey(String id, String name, List<String> scopes) {}

    private final JdbcClient jdbc;
    /** Keys are checked on every event; the hash lookup is cached, revocation clears the cache. */
    private final Map<String, Optional<ApiKey>> keysByHash = new ConcurrentHashMap<>();

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled FROM qf_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(Arrays.stream(rs.getString("roles").split(","))
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                .toList())
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    boolean userExists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_user WHERE username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<String> passwordHashes() {
        return jdbc.sql("SELECT password_hash FROM qf_user").query(String.class).list();
    }

    void createUser(String username, String passwordHash, List<String> roles, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_user (username, password_hash, roles, enabled, created_at) VALUES (?,?,?,?,?)")
                .params(username, passwordHash, String.join(",", roles), true, at)
                .update();
    }

    Optional<ApiKey> keyFor(String rawKey) {
        return keysByHash.computeIfAbsent(hash(rawKey), this::loadKey);
    }

    boolean keyExists(String rawKey) {
        return loadKey(hash(rawKey)).isPresent();
    }

    void createKey(String id, String name, String rawKey, List<String> scopes, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_api_key (id, name, key_hash, scopes, created_at) VALUES (?,?,?,?,?)")
                .params(id, name, hash(rawKey), String.join(",", scopes), at)
                .update();
        keysByHash.remove(hash(rawKey));
    }

    private Optional<ApiKey> loadKey(String hash) {
        return jdbc.sql("SELECT id, name, scopes FROM qf_api_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash)
                .query((rs, n) -> new ApiKey(
                        rs.getString("id"),
                        rs.getString("name"),
                        List.of(rs.getString("scopes").split(","))))
                .optional();
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
