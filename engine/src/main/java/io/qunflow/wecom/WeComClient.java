package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.stereotype.Component;

/**
 * Calls the WeCom API ({@code POST /cgi-bin/<path>?access_token=…}) and turns its errcodes into
 * outcomes: an expired or wrong token is fetched again once and the call repeated; busy and
 * rate-limit codes are tried again a few times with doubling pauses; any other errcode is a
 * {@link WeComError}. A small client on the JDK's HttpClient rather than WxJava, whose
 * weixin-java-cp 4.6.0 brings XStream 1.4.20, Apache HttpClient 4, Gson, Guava, commons-io 2.7
 * and jcl-over-slf4j for the dozen JSON calls used here (docs/connectors-wecom.md).
 */
@Component
class WeComClient {

    /** Tries of one call while WeCom answers busy, before the caller is told to try later. */
    static final int BUSY_TRIES = 3;

    private final WeComSettings settings;
    private final WeComHttp http;
    private final AccessTokens tokens;
    private final Duration firstPause;

    WeComClient(WeComSettings settings, WeComHttp http, AccessTokens tokens) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
        this.firstPause = Duration.ofMillis(200);
    }

    /**
     * Posts a JSON body to an API path such as {@code externalcontact/groupchat/get}.
     *
     * @return WeCom's answer, errcode 0
     * @throws WeComError with {@link WeComError#retryable()} when WeCom stayed busy or out of reach
     */
    JsonNode post(String path, Object body) {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                return postOnce(path, body);
            } catch (WeComError e) {
                if (!e.retryable() || attempt == BUSY_TRIES) {
                    throw e;
                }
                LockSupport.parkNanos(pause.toNanos());
                pause = pause.multipliedBy(2);
            }
        }
    }

    private JsonNode postOnce(String path, Object body) {
        String token = tokens.current();
        JsonNode answer = http.post(url(path, token), body);
        int errcode = answer.path("errcode").asInt(0);
        if (WeComError.TOKEN_EXPIRED.contains(errcode)) {
            answer = http.post(url(path, tokens.renew(token)), body);
            errcode = answer.path("errcode").asInt(0);
        }
        if (errcode != 0) {
            throw new WeComError(errcode, answer.path("errmsg").asText(""));
        }
        return answer;
    }

    private String url(String path, String token) {
        return settings.api() + "/cgi-bin/" + path + "?access_token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }
}
