package io.qunflow.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A person as they signed in: their roles, and the version of their credentials at that moment,
 * which a session keeps so it can end when the password is reset or the account disabled.
 */
final class SignedInAccount extends User {

    private final int credentialsVersion;

    SignedInAccount(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            int credentialsVersion) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.credentialsVersion = credentialsVersion;
    }

    int credentialsVersion() {
        return credentialsVersion;
    }
}
