package io.qunflow.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.Ids;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Revisions;
import io.qunflow.common.Words;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for systems: created with a name and scopes (the key itself shown once), listed with
 * when each was last used, rotated (a new secret, shown once), revoked. Every call with a key is authenticated here, so valid keys are
 * cached: a bounded cache of valid keys only (an unknown token is never cached, so random tokens
 * cannot grow it), each entry for a short while, and dropped on every node when a key is revoked
 * (the revocation bumps the {@code api-keys} revision that each node polls).
 */
@Service
class ApiKeys {

    /** Scopes a key may carry; see docs/security.md for what each allows. */
    static final List<String> SCOPES =
            List.of("events", "groups", "actions", "rules:read", "workflows:read", "metrics");

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private static final String REVISION = "api-keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Created(ApiKeyStore.StoredKey key, String rawKey) {}

    private final ApiKeyStore store;
    private final AccountStore accounts;
    private final Revisions revisions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Cache<String, ApiKeyStore.ApiKey> valid;
    private final Cache<String, Boolean> recentlyTouched;
    private final AtomicLong seenRevision = new AtomicLong(-1);

    ApiKeys(
            ApiKeyStore store,
            AccountStore accounts,
            Revisions revisions,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${qunflow.security.key-cache-ttl:PT60S}") Duration ttl) {
        this.store = store;
        this.accounts = accounts;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.valid =
                Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
        this.recentlyTouched = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofMinutes(1))
                .build();
    }

    /** The active key this raw key is, if any. */
    Optional<ApiKeyStore.ApiKey> authenticate(String rawKey) {
        String hash = ApiKeyStore.hash(rawKey);
        ApiKeyStore.ApiKey key = valid.getIfPresent(hash);
        if (key == null) {
            key = store.findActive(hash).orElse(null);
            if (key == null) {
                return Optional.empty();
            }
            valid.put(hash, key);
        }
        touch(key);
        return Optional.of(key);
    }

    /**
     * A new key; its raw value is only in the answer.
     *
     * @throws ConflictException when a key, active or revoked, already has the name: the audit
     *     trail names a key's actions by it, so one name must mean one key for good
     */
    @Transactional
    Created create(String name, List<String> scopes, String actor) {
        String raw = newSecret();
        String id = Ids.next("key");
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Two admins naming keys Ops and ops at the same moment, on two nodes, would each pass the
        // look-alike check before the other's insert: they take turns on the enabled accounts, as
        // user creation does (an enabled admin always exists, so there is always a row to lock).
        accounts.lockEnabled();
        if (store.named(name)) {
            throw nameTaken(name);
        }
        String read = LookAlikeNames.readAs(name);
        store.names().stream()
                .filter(taken -> LookAlikeNames.readAs(taken).equals(read))
                .findFirst()
                .ifPresent(taken -> {
                    throw new ConflictException(
                            "An API key named '" + name + "' would read like the existing key '" + taken
                                    + "' in the audit trail; choose another name",
                            "API 密钥名称 " + name + " 看起来和已有的 API 密钥 " + taken + " 一样，在审计记录里会被混淆，请换一个名称");
                });
        try {
            store.insert(id, name, ApiKeyStore.hash(raw), scopes, now);
        } catch (DuplicateKeyException namedMeanwhile) {
            throw nameTaken(name);
        }
        audit.record(
                actor,
                "API_KEY",
                id,
                "CREATED",
                new Words("key '" + name + "' with scopes " + scopes, "密钥“" + name + "”，权限范围 " + scopes),
                null);
        return new Created(store.find(id).orElseThrow(), raw);
    }

    /**
     * A key given at start-up (the bootstrap key), when it does not exist yet. Not when a key of
     * that name has another secret: that key was rotated or revoked since, and its name is taken.
     */
    void createIfAbsent(String name, String rawKey, List<String> scopes) {
        if (store.exists(ApiKeyStore.hash(rawKey))) {
            return;
        }
        if (store.named(name)) {
            log.warn("The API key '{}' was rotated or revoked; its former secret is not made a key again", name);
            return;
        }
        store.insert(Ids.next("key"), name, ApiKeyStore.hash(rawKey), scopes, OffsetDateTime.now(clock));
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException(
                "An API key named '" + name + "' already exists (a revoked key keeps its name, as the audit trail"
                        + " names its actions by it); choose another name",
                "已有名为 " + name + " 的 API 密钥（吊销的密钥仍保留名称，审计记录以此名称记录其操作），请换一个名称");
    }

    /** True until the first key is made: on a new install's first start. */
    boolean noneYet() {
        return !store.any();
    }

    boolean exists(String rawKey) {
        return store.exists(ApiKeyStore.hash(rawKey));
    }

    /** Whether this secret opens an active key now (not rotated away, not revoked). */
    boolean works(String rawKey) {
        return store.findActive(ApiKeyStore.hash(rawKey)).isPresent();
    }

    List<ApiKeyStore.StoredKey> list() {
        return store.all();
    }

    /**
     * Stops a key at once on this node and within the revision poll on the others, and retires
     * what it owns ({@link ApiKeyRevoked}) in the same transaction.
     */
    @Transactional
    void revoke(String id, String actor) {
        ApiKeyStore.StoredKey key = store.find(id).orElseThrow(() -> new NotFoundException("API key", "API 密钥", id));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (store.revoke(id, now)) {
            revisions.bump(REVISION);
            audit.record(
                    actor,
                    "API_KEY",
                    id,
                    "REVOKED",
                    new Words("key '" + key.name() + "'", "密钥“" + key.name() + "”"),
                    null);
            events.publishEvent(new ApiKeyRevoked(id, now));
        }
        valid.invalidateAll();
    }

    /**
     * A new secret for a key, shown once; the old secret stops at once on this node and within the
     * revision poll on the others. The key keeps its id, name, scopes and what it owns (webhooks).
     *
     * @throws NotFoundException when there is no such key
     * @throws ConflictException when the key was revoked (a revoked key stays revoked)
     */
    @Transactional
    Created rotate(String id, String actor) {
        ApiKeyStore.StoredKey key = store.find(id).orElseThrow(() -> new NotFoundException("API key", "API 密钥", id));
        String raw = newSecret();
        if (!store.replaceSecret(id, ApiKeyStore.hash(raw), OffsetDateTime.now(clock))) {
            throw new ConflictException(
                    "API key '" + id + "' was revoked; create a new key instead", "API 密钥 " + id + " 已被吊销，请新建一个密钥");
        }
        revisions.bump(REVISION);
        audit.record(
                actor,
                "API_KEY",
                id,
                "ROTATED",
                new Words(
                        "key '" + key.name() + "': the old secret no longer works", "密钥“" + key.name() + "”：旧的密钥值已失效"),
                null);
        valid.invalidateAll();
        return new Created(store.find(id).orElseThrow(), raw);
    }

    /** Drops every cached key when another node revoked one. */
    @Scheduled(fixedDelayString = "${qunflow.security.key-revision-poll:PT2S}")
    void dropCachedKeysAfterRevocations() {
        long current = revisions.current(REVISION);
        if (seenRevision.getAndSet(current) != current) {
            valid.invalidateAll();
        }
    }

    /** How many valid keys are cached; for the tests that prove unknown tokens are not. */
    long cachedKeys() {
        valid.cleanUp();
        return valid.estimatedSize();
    }

    /** Records use at most once a minute per key, so the hot path does not write on every call. */
    private void touch(ApiKeyStore.ApiKey key) {
        if (recentlyTouched.asMap().putIfAbsent(key.id(), Boolean.TRUE) == null) {
            store.touch(key.id(), OffsetDateTime.now(clock));
        }
    }

    private static String newSecret() {
        return "qfk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
