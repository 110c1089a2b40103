package io.qunflow.security;

import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How people's passwords are hashed: bcrypt, at a cost the installation may raise, of the password
 * in its composed Unicode form ({@link NfcPasswords}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** bcrypt's default cost; each step doubles the work of every hash and every Basic sign-in. */
    static final int DEFAULT_HASH_ROUNDS = 10;

    /**
     * Passwords are stored as {@code {bcrypt}} hashes of {@code qunflow.security.password-hash-rounds}
     * (log2 of bcrypt's iterations; 10 unless set). A stored hash keeps the rounds it was made
     * with, so raising the setting takes effect as passwords are set again. Below 10 is for test
     * suites, where every HTTP Basic request pays a full hash, and is warned about at start.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${qunflow.security.password-hash-rounds:" + DEFAULT_HASH_ROUNDS + "}") int rounds) {
        if (rounds < 4 || rounds > 31) {
            throw new IllegalStateException(
                    "qunflow.security.password-hash-rounds must be between 4 and 31 (bcrypt's limits), not " + rounds);
        }
        if (rounds < DEFAULT_HASH_ROUNDS) {
            LoggerFactory.getLogger(PasswordHashing.class)
                    .warn(
                            "Password hashes use {} bcrypt rounds, fewer than the default {}: fit for a test suite, not for"
                                    + " people's passwords",
                            rounds,
                            DEFAULT_HASH_ROUNDS);
        }
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(rounds);
        DelegatingPasswordEncoder passwords = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
        // Only bcrypt hashes are ever stored: bcrypt matches no other stored form ({noop}, none).
        passwords.setDefaultPasswordEncoderForMatches(bcrypt);
        return new NfcPasswords(passwords);
    }
}
