package io.qunflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context every API test shares (so it boots once): the real server on a
 * random port, a database of its own (in-memory H2, or PostgreSQL under the {@code postgres}
 * profile in the build's second run, see {@link TestDatabase}), the demo accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.job-execution.enabled=false",
            // The webhook tests' receivers listen on 127.0.0.2, allowed as an on-premises target;
            // every other internal address stays refused.
            "qunflow.webhooks.allowed-targets=127.0.0.2",
            // A delivery's retries wait for the next round: at the shipped one a second, the
            // webhook tests' dead letters took five seconds of waiting each.
            "qunflow.webhooks.poll-interval=PT0.2S",
            // Every test calls from 127.0.0.1, and some send bad credentials on purpose: the
            // per-address lock-out would lock the whole suite out. LoginThrottleTest covers it.
            "qunflow.security.login.address-attempts=1000000",
            ApiTest.FAST_PASSWORD_HASHING,
            // Spring Boot turns metrics export off in tests; the operations tests read the scrape.
            "management.prometheus.metrics.export.enabled=true",
            // The occasion sweep pays today's birthdays by the real clock in every group, the
            // groups tests are building and comparing included (the batch replay's member born on
            // 6 December was paid in one of its two replays). OccasionSweepTest calls it directly.
            "qunflow.rewards.occasion-sweep-first=P3650D",
            "qunflow.rewards.occasion-sweep=P3650D"
        })
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("api")
public @interface ApiTest {

    /**
     * Every HTTP Basic request verifies a bcrypt hash: at the default 10 rounds that was most of the
     * suite's CPU (a check costs some 60 times what it costs at 4). The hashing itself is the same;
     * PasswordHashingTest holds the default. The API tests' other contexts ({@code
     * RulePublishingTest}, {@code WeComTest}, where the authorization matrix sends hundreds of
     * Basic requests) set it too.
     */
    String FAST_PASSWORD_HASHING = "qunflow.security.password-hash-rounds=4";
}
