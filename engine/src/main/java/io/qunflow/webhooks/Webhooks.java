package io.qunflow.webhooks;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.Ids;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.security.ApiKeyRevoked;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, listing and removing the webhooks of one API key, and replaying their dead letters. */
@Service
class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String SUBJECT = "WEBHOOK";

    private final WebhookStore store;
    private final ActionOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final WebhookTargets targets;
    private final int maxPerKey;

    Webhooks(
            WebhookStore store,
            ActionOutbox outbox,
            AuditTrail audit,
            Clock clock,
            WebhookTargets targets,
            WebhookSettings settings) {
        this.store = store;
        this.audit = audit;
        this.maxPerKey = settings.maxPerKey();
        this.targets = targets;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A new endpoint, sent every action written from now on; the secret is shown only here. The
     * request's fields are checked where it arrives; here, where the URL leads, and that the key
     * has room for one more ({@link WebhookSettings#maxPerKey()}). The count is read before the
     * insert, so registrations sent at the very same moment may pass it by as many as were sent:
     * a bound, not a way round it, since the next one is refused. Audited: an admin who suspects a
     * key leaked reads there where its actions were sent.
     */
    @Transactional
    WebhookStore.Hook register(String ownerKeyId, String url, String description, String actor) {
        if (store.countOwned(ownerKeyId) >= maxPerKey) {
            throw new ConflictException(
                    "This key already keeps " + maxPerKey
                            + " webhooks, the most one key may; delete one it no longer needs first",
                    "这个密钥已有 " + maxPerKey + " 个 Webhook，已达上限；请先删掉一个不再需要的");
        }
        targets.check(url);
        String secret = "whsec_" + HexFormat.of().formatHex(bytes(32));
        WebhookStore.Hook hook = new WebhookStore.Hook(
                Ids.next("wh"), ownerKeyId, url.strip(), secret, description, outbox.lastSeq(), now());
        store.insert(hook);
        audit.record(
                actor,
                SUBJECT,
                hook.id(),
                "REGISTERED",
                new Words("webhook of key " + ownerKeyId, "密钥 " + ownerKeyId + " 的 Webhook"),
                "+ " + origin(hook.url()));
        return hook;
    }

    List<WebhookStore.Hook> owned(String ownerKeyId) {
        return store.owned(ownerKeyId);
    }

    /** One of the key's webhooks; 404 for another key's, so ids do not leak between keys. */
    WebhookStore.Hook get(String id, String ownerKeyId) {
        return store.find(id, ownerKeyId).orElseThrow(() -> new NotFoundException("Webhook", "Webhook", id));
    }

    WebhookStore.Counts counts(String id) {
        return store.counts(id);
    }

    /**
     * A revoked key's webhooks stop with it, in the revoking transaction: deliveries not yet sent
     * are dropped as when the key deletes a webhook itself.
     */
    @EventListener
    void retireHooksOf(ApiKeyRevoked revoked) {
        store.deleteOwned(revoked.keyId(), revoked.at());
    }

    /** Stops deliveries to the endpoint; deliveries not yet sent are dropped. Audited. */
    @Transactional
    void delete(String id, String ownerKeyId, String actor) {
        WebhookStore.Hook hook = get(id, ownerKeyId);
        if (!store.delete(id, ownerKeyId, now())) {
            throw new NotFoundException("Webhook", "Webhook", id);
        }
        audit.record(
                actor,
                SUBJECT,
                id,
                "DELETED",
                new Words("webhook of key " + ownerKeyId, "密钥 " + ownerKeyId + " 的 Webhook"),
                "- " + origin(hook.url()));
    }

    /**
     * Where a webhook sends, for the audit trail every person reads: scheme, host and port only. A
     * path or query may hold the receiver's own token (a WeCom group robot's {@code ?key=}).
     */
    private static String origin(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException unreadable) {
            // Only one edited by hand in the database: the webhook can still be deleted.
            return "an address that does not parse";
        }
    }

    List<WebhookStore.Delivery> deadLetters(String id, String ownerKeyId) {
        return store.deadLetters(get(id, ownerKeyId).id());
    }

    /** Queues dead letters again (all of them, or those named), keeping their delivery ids. */
    int replay(String id, String ownerKeyId, List<String> deliveryIds) {
        return store.replay(get(id, ownerKeyId).id(), deliveryIds, now());
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
