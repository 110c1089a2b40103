package io.qunflow.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names of WeCom staff members (group owners) by userid, from WeCom's {@code user/get}, kept in
 * {@code qf_wecom_staff_name} and asked for again at most once a day per member, whatever the
 * answer: a page of owner tasks does not call WeCom for every owner every time it is shown, and a
 * member WeCom will not name (outside the app's visible range) is not asked about again and again.
 * Without the connector nothing is asked, and the names kept are what there is.
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

    StaffNames(
            JdbcClient jdbc,
            WeComClient wecom,
            WeComSettings settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.wecom = wecom;
        this.settings = settings;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The names known for these userids; a member with no name known is left out, for a client to show the userid. */
    Map<String, String> of(Set<String> userIds) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, String> names = new HashMap<>();
        for (String userId : userIds) {
            Optional<Kept> kept = kept(userId);
            String name = kept.map(Kept::name).orElse(null);
            if (settings.enabled() && (kept.isEmpty() || !kept.get().fetchedAt().isAfter(now.minus(KEPT_FOR)))) {
                name = ask(userId, name, now);
            }
            if (name != null) {
                names.put(userId, name);
            }
        }
        return names;
    }

    private record Kept(String name, OffsetDateTime fetchedAt) {}

    private Optional<Kept> kept(String userId) {
        return jdbc.sql("SELECT name, fetched_at FROM qf_wecom_staff_name WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> new Kept(rs.getString("name"), rs.getObject("fetched_at", OffsetDateTime.class)))
                .optional();
    }

    /** WeCom's name for the member, or the one known before when WeCom did not give one. */
    private String ask(String userId, String known, OffsetDateTime now) {
        String name = known;
        try {
            String answered =
                    wecom.get("user/get", Map.of("userid", userId)).path("name").asText("");
            name = answered.isBlank() ? known : limit(answered);
        } catch (WeComError e) {
            log.warn("WeCom did not name staff member {} (asked again after {}): {}", userId, KEPT_FOR, e.getMessage());
        }
        keep(userId, name, now);
        return name;
    }

    /**
     * Two nodes may ask at once: the one whose insert loses updates the row the other inserted. The
     * insert runs under a savepoint, since on PostgreSQL a failed statement would abort a
     * transaction the caller holds.
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
