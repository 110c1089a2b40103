package io.qunflow.security;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** People: usernames, hashed passwords, roles and whether they may log in. */
@Repository
class AccountStore implements UserDetailsService {

    private final JdbcClient jdbc;

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
}
