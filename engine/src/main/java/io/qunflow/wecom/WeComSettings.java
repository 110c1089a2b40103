package io.qunflow.wecom;

import io.qunflow.groups.GroupType;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Qunflow reaches one WeCom corp ({@code qunflow.wecom.*}; environment variables such as
 * {@code QUNFLOW_WECOM_CORP_SECRET} work as usual). The secret, token and key are never returned by
 * an API nor written to a log: {@link #toString()} masks them.
 *
 * @param corpSecret the self-built app's secret, which must be listed under 客户联系 → 可调用接口的应用
 * @param agentId the self-built app's AgentId, a number: owners' notices go out as its app messages,
 *     so a connector that is on needs it (binding a value that is not a number fails the start)
 * @param token the callback Token set beside the callback URL
 * @param encodingAesKey the callback EncodingAESKey (43 characters)
 * @param apiBaseUrl where the WeCom API answers; tests point it at a mock
 * @param publicUrl Qunflow's own address as owners reach it, for the links in their notifications
 * @param escalationUserId the WeCom userid an overdue owner task is escalated to
 * @param groupType the type given to customer groups Qunflow first hears of from WeCom
 * @param pollInterval how often callbacks waiting to be processed and actions waiting to be carried out are looked for
 * @param reachInterval how often the send results of group broadcasts the owners still have to confirm are read
 * @param timeout how long one call to WeCom may take
 * @param callbackRetention how long a processed callback is kept: msgaudit_notify alone can come
 *     every 15 seconds, so the table would grow for good. At least a day: a callback also keeps
 *     WeCom's retries of it from being stored twice, and WeCom retries within seconds
 */
@ConfigurationProperties("qunflow.wecom")
record WeComSettings(
        boolean enabled,
        String corpId,
        String corpSecret,
        Long agentId,
        String token,
        String encodingAesKey,
        URI apiBaseUrl,
        URI publicUrl,
        String escalationUserId,
        GroupType groupType,
        Duration pollInterval,
        Duration reachInterval,
        Duration timeout,
        Duration callbackRetention) {

    static final URI DEFAULT_API = URI.create("https://qyapi.weixin.qq.com");

    WeComSettings {
        if (enabled && agentId == null) {
            throw new IllegalArgumentException("qunflow.wecom.agent-id is required when the WeCom connector is on:"
                    + " owners' notices are sent as the app's messages (企业微信连接器开启时必须设置自建应用的 AgentId)");
        }
        apiBaseUrl = apiBaseUrl == null ? DEFAULT_API : apiBaseUrl;
        groupType = groupType == null ? GroupType.TRAFFIC : groupType;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        reachInterval = reachInterval == null ? Duration.ofMinutes(10) : reachInterval;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        callbackRetention = callbackRetention == null ? Duration.ofDays(30) : callbackRetention;
        if (callbackRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("qunflow.wecom.callback-retention must be at least a day: a stored"
                    + " callback keeps WeCom's retries of it from being applied twice (回调记录至少保留一天)");
        }
    }

    /**
     * How long a node holds the one delivery or callback it is about to carry out: the calls of one
     * item (a few, each up to three tries, each try two sends when the token is renewed) at the
     * configured timeout, so no other node takes the item while it is still being carried out, and
     * short enough that an item a stopped node held is taken up again within minutes.
     */
    Duration leaseOfOneItem() {
        return Duration.ofMinutes(2).plus(timeout.multipliedBy(20));
    }

    /** The base address with no trailing slash, for joining paths onto. */
    String api() {
        String base = apiBaseUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public String toString() {
        return "WeComSettings[enabled=" + enabled + ", corpId=" + corpId + ", agentId=" + agentId + ", apiBaseUrl="
                + apiBaseUrl + ", corpSecret=" + Masked.of(corpSecret) + ", token=" + Masked.of(token)
                + ", encodingAesKey=" + Masked.of(encodingAesKey) + "]";
    }
}
