package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A production install's first admin password follows the rules every other password does. */
class CredentialsBootstrapTest {

    private static final String API_KEY = "qfk_a-production-key-of-enough-length";

    @ParameterizedTest
    // 25 Chinese characters are 75 bytes, past what bcrypt reads; the others are only spaces.
    @ValueSource(
            strings = {
                "密密密密密密密密密密密密密密密密密密密密密密密密密",
                "            ",
                "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0"
            })
    void aFirstAdminPassword_thatNoPersonCouldBeGiven_refusesTheStart_andCreatesNobody(String password) {
        AccountStore accounts = mock(AccountStore.class);
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:bootstrap-" + System.nanoTime());
        DemoMode production = new DemoMode(database, false);

        assertThatThrownBy(() -> new CredentialsBootstrap(
                        accounts,
                        mock(ApiKeys.class),
                        PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                        new MockEnvironment(),
                        Clock.systemUTC(),
                        production,
                        password,
                        API_KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUNFLOW_ADMIN_PASSWORD needs at least 12 characters, not all spaces,"
                        + " and at most 72 bytes");
        verify(accounts, never()).createUser(anyString(), anyString(), any(), any());
    }

    @Test
    void aFirstAdminPassword_givenDecomposed_isStoredComposed_andSignsInTypedEitherWay() {
        String composed = "Café-管理员-2026-起步";
        String decomposed = "Cafe\u0301-管理员-2026-起步";
        AccountStore accounts = mock(AccountStore.class);
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:bootstrap-" + System.nanoTime());
        PasswordEncoder passwords = new PasswordHashing().passwordEncoder(4);

        new CredentialsBootstrap(
                accounts,
                mock(ApiKeys.class),
                passwords,
                new MockEnvironment(),
                Clock.systemUTC(),
                new DemoMode(database, false),
                decomposed,
                API_KEY);

        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(accounts).createUser(eq("admin"), hash.capture(), eq(List.of("ADMIN")), any());
        assertThat(hash.getValue()).startsWith("{bcrypt}");
        assertThat(new BCryptPasswordEncoder().matches(composed, hash.getValue().substring("{bcrypt}".length())))
                .isTrue();
        assertThat(passwords.matches(composed, hash.getValue())).isTrue();
        assertThat(passwords.matches(decomposed, hash.getValue())).isTrue();
    }
}
