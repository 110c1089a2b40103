package io.qunflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password and key guessing. Failed logins (form or HTTP Basic) count against the
 * username and against the client address; failed API keys against the address. Past a few
 * failures the username, or the address, is locked for a while that doubles with each further
 * failure, up to a cap; while locked, even the right password is refused, and the answer is the
 * same whether the username exists or not. A success clears the username's and the address's
 * count. Counters are bounded and expire, so a flood of names cannot grow them without limit.
 *
 * <p>A username's lock does not shut out the addresses it signed in from in the last
 * {@link #KNOWN_FOR}: otherwise a stranger who fails once each time the lock runs out keeps the
 * admin out for good. Those addresses are still held by their own count, so guessing from them is
 * slowed all the same.
 */
@Component
class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {}

    static final Duration KNOWN_FOR = Duration.ofDays(30);

    private final Cache<String, Failures> byUser;
    private final Cache<String, Failures> byAddress;
    /** When each username signed in last from each address: "username address" to the instant. */
    private final Cache<String, Instant> signedInFrom;

    private final int userAttempts;
    private final int addressAttempts;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Clock clock;

    LoginThrottle(
            Clock clock,
            @Value("${qunflow.security.login.user-attempts:5}") int userAttempts,
            @Value("${qunflow.security.login.address-attempts:20}") int addressAttempts,
            @Value("${qunflow.security.login.first-lock:PT30S}") Duration firstLock,
            @Value("${qunflow.security.login.max-lock:PT15M}") Duration maxLock) {
        this.clock = clock;
        this.userAttempts = userAttempts;
        this.addressAttempts = addressAttempts;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        Duration forget = maxLock.multipliedBy(2);
        this.byUser = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(forget)
                .build();
        this.byAddress = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(forget)
                .build();
        this.signedInFrom = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(KNOWN_FOR)
                .build();
    }

    /** How long this username or address must still wait; zero when neither is locked. */
    Duration lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = username == null || known(username, address, now)
                ? Duration.ZERO
                : remaining(byUser.getIfPresent(key(username)), now);
        Duration client = address == null ? Duration.ZERO : remaining(byAddress.getIfPresent(address), now);
        return user.compareTo(client) >= 0 ? user : client;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (username != null) {
            byUser.asMap().compute(key(username), (k, f) -> next(f, userAttempts, now));
        }
        if (address != null) {
            byAddress.asMap().compute(address, (k, f) -> next(f, addressAttempts, now));
        }
    }

    void succeeded(String username, String address) {
        if (username != null) {
            byUser.invalidate(key(username));
            if (address != null) {
                signedInFrom.put(pair(username, address), clock.instant());
            }
        }
        if (address != null) {
            byAddress.invalidate(address);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failed(
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(
                event.getAuthentication().getName(),
                address(event.getAuthentication().getDetails()));
    }

    private Failures next(Failures before, int allowed, Instant now) {
        int count = before == null ? 1 : before.count() + 1;
        if (count < allowed) {
            return new Failures(count, null);
        }
        int doublings = Math.min(count - allowed, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return new Failures(count, now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock));
    }

    private static Duration remaining(Failures failures, Instant now) {
        if (failures == null
                || failures.lockedUntil() == null
                || !failures.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.lockedUntil());
    }

    private boolean known(String username, String address, Instant now) {
        Instant last = address == null ? null : signedInFrom.getIfPresent(pair(username, address));
        return last != null && last.plus(KNOWN_FOR).isAfter(now);
    }

    private static String pair(String username, String address) {
        return key(username) + " " + address;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
