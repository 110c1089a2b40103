package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A disabled account must cost a sign-in the same work as a wrong password, or the answer's time
 * tells which names are disabled accounts: every attempt on a known or unknown name compares one
 * hash. Spring Security has done so since 6.5 (it compares the password even when the account's
 * state already refuses it); this holds it to that, should the version or the set-up change.
 */
class PasswordSignInTest {

    private static final String PASSWORD = "运营主管的长密码2026";

    /** The application's encoder, counting the hash comparisons it makes. */
    private static final class CountingPasswords implements PasswordEncoder {
        final PasswordEncoder real = new PasswordHashing().passwordEncoder(4);
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence password) {
            return real.encode(password);
        }

        @Override
        public boolean matches(CharSequence password, String hash) {
            comparisons.incrementAndGet();
            return real.matches(password, hash);
        }
    }

    private final CountingPasswords passwords = new CountingPasswords();
    private final String hash = passwords.encode(PASSWORD);
    private final Map<String, SignedInAccount> accounts = Map.of(
            "enabled", account("enabled", true),
            "disabled", account("disabled", false));
    private final DaoAuthenticationProvider signIn = asSpringBootBuildsIt();

    /**
     * The provider Spring Security builds for the application's one account store and encoder
     * (PasswordSignInApiTest checks the application signs in through such a one and only it).
     */
    private DaoAuthenticationProvider asSpringBootBuildsIt() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(name -> {
            SignedInAccount account = accounts.get(name);
            if (account == null) {
                throw new UsernameNotFoundException(name);
            }
            return account;
        });
        provider.setPasswordEncoder(passwords);
        return provider;
    }

    private SignedInAccount account(String name, boolean enabled) {
        return new SignedInAccount(name, hash, enabled, List.of(new SimpleGrantedAuthority("ROLE_VIEWER")), 0);
    }

    private int comparisonsFor(String username, String password) {
        passwords.comparisons.set(0);
        try {
            signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (BadCredentialsException | DisabledException refused) {
            // Counted below either way.
        }
        return passwords.comparisons.get();
    }

    @Test
    void signIn_aDisabledAccount_comparesAHash_asAWrongPasswordOrAnUnknownNameDoes() {
        assertThat(comparisonsFor("disabled", "a wrong password 2026")).isOne();
        assertThat(comparisonsFor("disabled", PASSWORD)).isOne();
        assertThat(comparisonsFor("enabled", "a wrong password 2026")).isOne();
        assertThat(comparisonsFor("nobody", "a wrong password 2026")).isOne();
    }

    @Test
    void signIn_aDisabledAccount_isRefused_withTheRightPasswordOrAWrongOne() {
        for (String password : List.of(PASSWORD, "a wrong password 2026")) {
            assertThatThrownBy(() -> signIn.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("disabled", password)))
                    .isInstanceOf(DisabledException.class);
        }
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("enabled", PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }
}
