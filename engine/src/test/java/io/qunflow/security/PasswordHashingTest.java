package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    private final PasswordHashing configuration = new PasswordHashing();

    @Test
    void passwordEncoder_byDefault_storesBcryptOfTenRounds() {
        PasswordEncoder encoder = configuration.passwordEncoder(PasswordHashing.DEFAULT_HASH_ROUNDS);

        String hash = encoder.encode("长期稳定的密码 correct horse");

        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder.matches("长期稳定的密码 correct horse", hash)).isTrue();
        assertThat(encoder.matches("长期稳定的密码 correct hors", hash)).isFalse();
    }

    @Test
    void passwordEncoder_withFewerRounds_stillMatchesHashesMadeWithMore() {
        String strong = configuration.passwordEncoder(10).encode("a password of twelve");

        PasswordEncoder quick = configuration.passwordEncoder(4);

        assertThat(quick.encode("a password of twelve")).startsWith("{bcrypt}$2a$04$");
        assertThat(quick.matches("a password of twelve", strong)).isTrue();
    }

    @Test
    void passwordEncoder_hashesWithoutTheBcryptPrefix_neverMatch() {
        PasswordEncoder encoder = configuration.passwordEncoder(4);

        assertThat(encoder.matches("plain", "{noop}plain")).isFalse();
    }

    @Test
    void passwordEncoder_roundsOutsideBcryptsLimits_refuseToStart() {
        assertThatThrownBy(() -> configuration.passwordEncoder(3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("between 4 and 31");
        assertThatThrownBy(() -> configuration.passwordEncoder(32)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void passwordEncoder_aPasswordTypedDecomposed_matchesTheHashOfItComposed_andTheOtherWayRound() {
        PasswordEncoder encoder = configuration.passwordEncoder(4);
        // é as e and a combining acute; 한 as its three jamo: how some keyboards and systems send them.
        String composed = "Café 한국 password 2026";
        String decomposed = "Cafe\u0301 \u1112\u1161\u11AB\uAD6D password 2026";

        assertThat(encoder.matches(decomposed, encoder.encode(composed))).isTrue();
        assertThat(encoder.matches(composed, encoder.encode(decomposed))).isTrue();
        assertThat(encoder.matches("Cafe 한국 password 2026", encoder.encode(composed)))
                .isFalse();
    }

    @Test
    void passwordEncoder_hashesStoredBeforePasswordsWereComposed_stillMatch() {
        BCryptPasswordEncoder before = new BCryptPasswordEncoder(4);
        String ascii = "{bcrypt}" + before.encode("qunflow-ascii-2026");
        String decomposed = "{bcrypt}" + before.encode("Cafe\u0301 password 2026");

        PasswordEncoder encoder = configuration.passwordEncoder(4);

        assertThat(encoder.matches("qunflow-ascii-2026", ascii)).isTrue();
        assertThat(encoder.matches("qunflow-ascii-2027", ascii)).isFalse();
        assertThat(encoder.matches("Cafe\u0301 password 2026", decomposed)).isTrue();
    }
}
