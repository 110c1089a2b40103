package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

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
}
