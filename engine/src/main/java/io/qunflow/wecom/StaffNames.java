package io.qunflow.wecom;

import io.qunflow.common.BackgroundThreads;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names of WeCom staff members (group owners) by userid, from WeCom's {@code user/get}, kept in
 * {@code qf_wecom_staff_name} and asked for again at most once a day per member, whatever the
 * answer: a page of owner tasks does not call WeCom for every owner every time it is shown, and a
 * member WeCom will not name (outside the app's visible range) is not asked about again and again.
 * WeCom is asked on a thread of its own after a page wanted a name it did not have, so the page is
 * never kept waiting for WeCom: it shows the userid until the name is kept. Without the connector
 * nothing is asked, and the names kept are what there is.
 */
@Component
class StaffNames {

    /** How long a name, or WeCom's refusal to give one, is kept before WeCom is asked again. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    /** The most of a name kept (WeCom's own limit is 64 characters). */
    private static final int MAX_NAME = 100;

    private static final Logger log = LoggerFactory.getLogger(StaffNames.class);

    private final JdbcClient jdbc;
    private final WeComClient wecom;
    private final WeComSettings settings;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final ThreadPoolTaskExecutor asker;

    /** The members being asked about now: a second page shown meanwhile does not ask again. */
    private final Set<String> asking = ConcurrentHashMap.newKeySet();

    StaffNames(
            JdbcClient jdbc,
            WeComClient wecom,
            WeComSettings settings,
            Clock clock,
            PlatformTransactionManager transactions,
            BackgroundThreads threads) {
        this.jdbc = jdbc;
        this.wecom = wecom;
        this.settings = settings;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.asker = threads.pool("wecom-staff-names", 1);
    }

    /**
     * The names kept for these userids; a member with no name kept is left out, for a client to show
     * the userid. Members with no name kept, or one kept longer than {@link #KEPT_FOR}, are asked of
     * WeCom in the background, for the next time the page is shown.
     */
    Map<String, String> of(Set<String> userIds) {
        OffsetDateTime stale = now().minus(KEPT_FOR);
        Map<String, String> names = new HashMap<>();
        for (String userId : userIds) {
            Optional<Kept> kept = kept(userId);
            kept.map(Kept::name).ifPresent(name -> names.put(userId, name));
            if (settings.enabled() && (kept.isEmpty() || !kept.get().fetchedAt().isAfter(stale))) {
                askLater(userId, kept.map(Kept::name).orElse(null));
            }
        }
        return names;
    }

    private void askLater(String userId, String known) {
        if (!asking.add(userId)) {
            return;
        }
        try {
            asker.execute(() -> {
                try {
                    ask(userId, known, now());
                } catch (RuntimeException e) {
                    log.warn("Staff member {}'s name could not be kept", userId, e);
                } finally {
                    asking.remove(userId);
                }
            });
        } catch (TaskRejectedException shuttingDown) {
            asking.remove(userId);
        }
    }

    @PreDestroy
    void stop() {
        asker.shutdown();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private record Kept(String name, OffsetDateTime fetchedAt) {}

    private Optional<Kept> kept(String userId) {
        return jdbc.sql("SELECT name, fetched_at FROM qf_wecom_staff_name WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> new Kept(rs.getString("name"), rs.getObject("fetched_at", OffsetDateTime.class)))
                .optional();
    }

    /** Keeps WeCom's name for the member, or the one known before when WeCom did not give one. */
    private void ask(String userId, String known, OffsetDateTime now) {
        String name = known;
        try {
            String answered =
                    wecom.get("user/get", Map.of("userid", userId)).path("name").asText("");
            name = answered.isBlank() ? known : limit(answered);
        } catch (WeComError e) {
            log.warn("WeCom did not name staff member {} (asked again after {}): {}", userId, KEPT_FOR, e.getMessage());
        }
        keep(userId, name, now);
    }

    /**
     * Two nodes may ask at once: the one whose insert loses updates the row the other inserted. The
     * insert runs under a savepoint, should a caller hold a transaction: on PostgreSQL a failed
     * statement would abort it.
     */
    private void keep(String userId, String name, OffsetDateTime now) {
        if (update(userId, name, now)) {
            return;
        }
        try {
            savepoint.executeWithoutResult(
                    status -> jdbc.sql("INSERT INTO qf_wecom_staff_name (user_id, name, fetched_at) VALUES (?, ?, ?)")
                            .params(userId, name, now)
                            .update());
        } catch (DuplicateKeyException insertedMeanwhile) {
            update(userId, name, now);
        }
    }

    private boolean update(String userId, String name, OffsetDateTime now) {
        return jdbc.sql("UPDATE qf_wecom_staff_name SET name = ?, fetched_at = ? WHERE user_id = ?")
                        .params(name, now, userId)
                        .update()
                > 0;
    }

    private static String limit(String name) {
        return name.codePointCount(0, name.length()) <= MAX_NAME
                ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
    }
}
