package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final LoginThrottle throttle =
            new LoginThrottle(clock, 3, 10, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void failures_lockTheUser_afterTheAllowance_forADoublingWhile_upToTheCap() {
        throttle.failed("Amy", "10.0.0.1");
        throttle.failed("amy", "10.0.0.2");
        assertThat(throttle.lockedFor("amy", "10.0.0.9")).isZero();

        throttle.failed("amy", "10.0.0.3");
        assertThat(throttle.lockedFor("AMY", "10.0.0.9")).isEqualTo(Duration.ofSeconds(30));
        throttle.failed("amy", "10.0.0.3");
        assertThat(throttle.lockedFor("amy", null)).isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            throttle.failed("amy", null);
        }
        assertThat(throttle.lockedFor("amy", null)).isEqualTo(Duration.ofMinutes(15));

        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(throttle.lockedFor("amy", null)).isZero();
    }

    @Test
    void failures_fromOneAddress_lockThatAddress_forEveryName() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "203.0.113.5");
        }
        assertThat(throttle.lockedFor("someone-new", "203.0.113.5")).isPositive();
        assertThat(throttle.lockedFor("someone-new", "203.0.113.6")).isZero();
    }

    @Test
    void success_clearsTheCount() {
        throttle.failed("bob", "10.0.0.1");
        throttle.failed("bob", "10.0.0.1");
        throttle.succeeded("bob", "10.0.0.1");
        throttle.failed("bob", "10.0.0.1");
        throttle.failed("bob", "10.0.0.1");
        assertThat(throttle.lockedFor("bob", "10.0.0.1")).isZero();
    }

    @Test
    void aStrangersFailures_lockTheUserEverywhere_butTheAddressesItSignedInFrom() {
        throttle.succeeded("admin", "10.0.0.1");
        for (int i = 0; i < 30; i++) {
            // One failure each time the lock runs out: enough to keep the name locked for good.
            throttle.failed("admin", "198.51.100.7");
            now.set(now.get().plus(Duration.ofMinutes(16)));
        }
        throttle.failed("admin", "198.51.100.7");

        assertThat(throttle.lockedFor("admin", "198.51.100.7")).isPositive();
        assertThat(throttle.lockedFor("admin", "10.0.0.2")).isPositive();
        assertThat(throttle.lockedFor("Admin", "10.0.0.1")).isZero();
    }

    @Test
    void aKnownAddress_isStillLockedByItsOwnFailures() {
        throttle.succeeded("carol", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            throttle.failed("carol", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("carol", "10.0.0.1")).isPositive();
    }

    @Test
    void anAddressIsForgotten_aMonthAfterItsLastSignIn() {
        throttle.succeeded("dave", "10.0.0.1");
        now.set(now.get().plus(Duration.ofDays(31)));
        for (int i = 0; i < 3; i++) {
            throttle.failed("dave", "198.51.100.7");
        }
        assertThat(throttle.lockedFor("dave", "10.0.0.1")).isPositive();
    }
}
