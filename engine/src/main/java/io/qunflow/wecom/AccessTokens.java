package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The app's access token from {@code gettoken}, kept until shortly before it expires (a tenth of
 * its life, at least a minute, early) and fetched again at most once for a token WeCom refused.
 * One fetch at a time: callers waiting for a token share the one fetched.
 */
@Component
class AccessTokens {

    private final WeComSettings settings;
    private final WeComHttp http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    AccessTokens(WeComSettings settings, WeComHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    /** A token that has not expired, fetched when there is none. */
    synchronized String current() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** A new token in place of one WeCom refused, unless another caller has renewed it already. */
    synchronized String renew(String refused) {
        if (token == null || token.equals(refused)) {
            fetch();
        }
        return token;
    }

    /** Asks WeCom for a token now, whatever is kept; answers how long WeCom says it lasts. */
    synchronized Duration fetch() {
        String url = settings.api() + "/cgi-bin/gettoken?corpid=" + encode(settings.corpId()) + "&corpsecret="
                + encode(settings.corpSecret());
        JsonNode answer = http.get(url);
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            token = null;
            throw new WeComError(errcode, answer.path("errmsg").asText(""));
        }
        long seconds = answer.path("expires_in").asLong(7200);
        Duration life = Duration.ofSeconds(Math.max(1, seconds));
        Duration early = life.dividedBy(10).compareTo(Duration.ofMinutes(1)) < 0
                ? Duration.ofSeconds(Math.min(60, seconds / 2))
                : life.dividedBy(10);
        token = answer.path("access_token").asText();
        renewAt = clock.instant().plus(life).minus(early);
        return life;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
