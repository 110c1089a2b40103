package io.qunflow.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Push delivery: each API key (scope {@code actions}) manages its own webhook endpoints. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @RequestSubject(value = "The webhook", zh = "Webhook")
    record NewWebhook(
            @Text(max = 2000, required = true) String url,
            @Text(max = 500) String description) {}

    /** A webhook; {@code secret} only in the answer to its registration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookView(
            String id,
            String url,
            String description,
            OffsetDateTime createdAt,
            String secret,
            Integer pending,
            Integer delivered,
            Integer deadLetters) {}

    record DeadLetter(
            String deliveryId,
            String actionId,
            int attempts,
            Integer lastStatus,
            String lastError,
            String lastErrorZh,
            OffsetDateTime createdAt,
            OffsetDateTime failedAt) {}

    /** Without {@code deliveryIds} (or without a body) every dead letter is sent again. */
    @RequestSubject(value = "The replay", zh = "重发请求")
    record ReplayRequest(
            @Items(
                    min = 1,
                    max = 1000,
                    en = "must name 1 to 1000 deliveries, or be left out to replay all",
                    zh = "须指定 1 到 1000 次投递，或不填以全部重发")
            List<@Identifier(required = true) String> deliveryIds) {}

    record Replayed(int replayed) {}

    @Operation(summary = "Register an endpoint for every action written from now on", description = """
                    Each action is POSTed as JSON {deliveryId, webhookId, action} with headers \
                    Qunflow-Delivery (the delivery id: the same on every retry, drop repeats by it) and \
                    Qunflow-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" keyed by the secret>. \
                    Any 2xx is success; anything else is retried with exponential back-off and jitter \
                    (parameters webhooks.*), then kept as a dead letter. The secret is shown only here.""")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WebhookView register(@Valid @RequestBody NewWebhook request, Authentication caller) {
        WebhookStore.Hook hook =
                webhooks.register(owner(caller), request.url(), request.description(), caller.getName());
        return new WebhookView(hook.id(), hook.url(), hook.description(), hook.createdAt(), hook.secret(), 0, 0, 0);
    }

    @GetMapping
    List<WebhookView> list(Authentication caller) {
        return webhooks.owned(owner(caller)).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    WebhookView get(@PathVariable String id, Authentication caller) {
        return view(webhooks.get(id, owner(caller)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Authentication caller) {
        webhooks.delete(id, owner(caller), caller.getName());
    }

    @GetMapping("/{id}/dead-letters")
    List<DeadLetter> deadLetters(@PathVariable String id, Authentication caller) {
        return webhooks.deadLetters(id, owner(caller)).stream()
                .map(d -> new DeadLetter(
                        d.id(),
                        d.actionId(),
                        d.attempts(),
                        d.lastStatus(),
                        d.lastError(),
                        d.lastErrorZh(),
                        d.createdAt(),
                        d.finishedAt()))
                .toList();
    }

    @Operation(
            summary = "Send dead letters again",
            description =
                    "All of the webhook's dead letters, or those named in deliveryIds; each keeps its delivery id.")
    @PostMapping("/{id}/dead-letters/replay")
    Replayed replay(
            @PathVariable String id,
            @Valid @RequestBody(required = false) ReplayRequest request,
            Authentication caller) {
        List<String> ids = request == null ? null : request.deliveryIds();
        return new Replayed(webhooks.replay(id, owner(caller), ids));
    }

    private WebhookView view(WebhookStore.Hook hook) {
        WebhookStore.Counts counts = webhooks.counts(hook.id());
        return new WebhookView(
                hook.id(),
                hook.url(),
                hook.description(),
                hook.createdAt(),
                null,
                counts.pending(),
                counts.delivered(),
                counts.dead());
    }

    /** Webhooks belong to the API key that registered them (its id, set by the key filter). */
    private static String owner(Authentication caller) {
        return caller.getDetails() instanceof String keyId ? keyId : "user:" + caller.getName();
    }
}
