package io.qunflow.wecom;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connector's configuration for admins, secrets masked: whether each is set, never its value.
 * The connection test asks WeCom for an access token and tells whether it came, not what it is.
 */
@RestController
@RequestMapping("/api/v1/wecom/settings")
class SettingsController {

    private final WeComSettings settings;
    private final AccessTokens tokens;
    private final InboundStore inbound;

    SettingsController(WeComSettings settings, AccessTokens tokens, InboundStore inbound) {
        this.settings = settings;
        this.tokens = tokens;
        this.inbound = inbound;
    }

    /** What an admin sees on the settings page. */
    record View(
            boolean enabled,
            String corpId,
            String agentId,
            String corpSecret,
            String token,
            String encodingAesKey,
            String apiBaseUrl,
            String publicUrl,
            String escalationUserId,
            String groupType,
            String callbackPath,
            OffsetDateTime lastArchiveNotice) {}

    @GetMapping
    View view() {
        return new View(
                settings.enabled(),
                settings.corpId(),
                settings.agentId() == null ? null : settings.agentId().toString(),
                Masked.of(settings.corpSecret()),
                Masked.of(settings.token()),
                Masked.of(settings.encodingAesKey()),
                settings.apiBaseUrl().toString(),
                settings.publicUrl() == null ? null : settings.publicUrl().toString(),
                settings.escalationUserId(),
                settings.groupType().name(),
                CallbackController.PATH,
                inbound.lastArchiveNotice().orElse(null));
    }

    record Connection(boolean ok, long expiresInSeconds) {}

    /** Fetches a fresh access token; WeCom's refusal comes back as a 502 with its errcode and errmsg. */
    @PostMapping("/test")
    Connection test() {
        if (!settings.enabled()) {
            throw new io.qunflow.common.ConflictException(
                    "The WeCom connector is not enabled (qunflow.wecom.enabled)", "企业微信连接尚未开启（qunflow.wecom.enabled）");
        }
        Duration life = tokens.fetch();
        return new Connection(true, life.toSeconds());
    }
}
