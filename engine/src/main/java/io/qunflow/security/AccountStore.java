package io.qunflow.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** People: usernames, hashed passwords, roles and whether they may log in. */
@Repository
class AccountStore implements UserDetailsService {

    /** A person's account as stored, without the password hash. */
    record Account(
            String username, List<Role> roles, boolean enabled, int credentialsVersion, OffsetDateTime createdAt) {

        boolean admin() {
            return roles.contains(Role.ADMIN);
        }
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled, credentials_version FROM qf_user"
                        + " WHERE username = ?")
                .param(username)
                .query((rs, n) -> new SignedInAccount(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        roles(rs.getString("roles")).stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                .toList(),
                        rs.getInt("credentials_version")))
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

    List<String> usernames() {
        return jdbc.sql("SELECT username FROM qf_user").query(String.class).list();
    }

    List<String> passwordHashes() {
        return jdbc.sql("SELECT password_hash FROM qf_user").query(String.class).list();
    }

    void createUser(String username, String passwordHash, List<String> roles, OffsetDateTime at) {
        jdbc.sql("INSERT INTO qf_user (username, password_hash, roles, enabled, created_at) VALUES (?,?,?,?,?)")
                .params(username, passwordHash, String.join(",", roles), true, at)
                .update();
    }

    private static final String ACCOUNT_COLUMNS =
            "SELECT username, roles, enabled, credentials_version, created_at FROM qf_user";

    List<Account> all() {
        return jdbc.sql(ACCOUNT_COLUMNS + " ORDER BY username")
                .query(AccountStore::account)
                .list();
    }

    Optional<Account> find(String username) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE username = ?")
                .param(username)
                .query(AccountStore::account)
                .optional();
    }

    /**
     * Every enabled account, locked until the transaction ends: two admins who take away each
     * other's admin rights at the same moment take turns, so one enabled admin always remains.
     */
    List<Account> lockEnabled() {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE enabled = TRUE ORDER BY username FOR UPDATE")
                .query(AccountStore::account)
                .list();
    }

    void changeRoles(String username, List<Role> roles) {
        jdbc.sql("UPDATE qf_user SET roles = ? WHERE username = ?")
                .params(String.join(",", roles.stream().map(Role::name).toList()), username)
                .update();
    }

    /** Enables or disables an account; disabling ends the sessions signed in with it. */
    void changeEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE qf_user SET enabled = ?, credentials_version = credentials_version + ? WHERE username = ?")
                .params(enabled, enabled ? 0 : 1, username)
                .update();
    }

    /** A new password; the sessions signed in with the old one end. */
    void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE qf_user SET password_hash = ?, credentials_version = credentials_version + 1"
                        + " WHERE username = ?")
                .params(passwordHash, username)
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getString("username"),
                roles(rs.getString("roles")),
                rs.getBoolean("enabled"),
                rs.getInt("credentials_version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    /** Stored roles; a name this version does not know (left by a newer one) grants nothing. */
    private static List<Role> roles(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(name -> Arrays.stream(Role.values())
                        .anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf)
                .distinct()
                .toList();
    }
}
