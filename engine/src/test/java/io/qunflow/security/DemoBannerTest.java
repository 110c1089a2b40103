package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo start banner names only credentials that work. */
@ExtendWith(OutputCaptureExtension.class)
class DemoBannerTest {

    private final AccountStore accounts = mock(AccountStore.class);
    private final ApiKeys keys = mock(ApiKeys.class);
    private final DemoMode demoMode = mock(DemoMode.class);
    private final Environment environment = mock(Environment.class);

    @Test
    void demoStart_namesTheDevKey_whileItsSecretWorks(CapturedOutput output) {
        start(true);

        assertThat(output.getOut()).contains("API key 'qf_dev_key' has every system");
    }

    @Test
    void demoStart_saysTheDevKeyNoLongerWorks_onceItWasRotatedOrRevoked(CapturedOutput output) {
        start(false);

        assertThat(output.getOut())
                .doesNotContain("API key 'qf_dev_key' has every")
                .contains("The demo API key 'dev' was rotated or", "so 'qf_dev_key' no longer works");
    }

    private void start(boolean devKeyWorks) {
        when(demoMode.active()).thenReturn(true);
        when(environment.getActiveProfiles()).thenReturn(new String[0]);
        CredentialsBootstrap.DEMO_USERS.forEach(
                user -> when(accounts.userExists(user)).thenReturn(true));
        when(keys.works(CredentialsBootstrap.DEMO_KEY)).thenReturn(devKeyWorks);
        new CredentialsBootstrap(
                accounts,
                keys,
                mock(PasswordEncoder.class),
                environment,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                demoMode,
                "",
                "");
    }
}
