package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Calls the WeCom API ({@code POST /cgi-bin/<path>?access_token=…}, or GET for the reads WeCom
 * answers only to GET) and turns its errcodes into outcomes: an expired or wrong token is fetched
 * again once and the call repeated; a busy WeCom is tried again a few times with doubling pauses,
 * and so are lost answers, except to calls that create or send something ({@link #create}); a call
 * limit ({@link WeComError#rateLimited}) is thrown at once, retryable, for the caller's own retry
 * schedule; any other errcode is a {@link WeComError}. A small client on the JDK's HttpClient rather than WxJava, whose
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
     * Posts a JSON body to an API path that reads, or sets something to a given state, such as
     * {@code externalcontact/groupchat/get}: doing it twice does no harm, so a lost answer is tried
     * again like a busy WeCom.
     *
     * @return WeCom's answer, errcode 0
     * @throws WeComError with {@link WeComError#retryable()} when WeCom stayed busy or out of reach,
     *     or answered a call limit
     */
    JsonNode post(String path, Object body) {
        return call(path, token -> http.post(url(path, token), body), true);
    }

    /**
     * Reads from an API path WeCom answers to GET, such as {@code user/get?userid=…}: tried again
     * like {@link #post}.
     *
     * @param query the query's parameters besides the access token
     * @return WeCom's answer, errcode 0
     */
    JsonNode get(String path, Map<String, String> query) {
        StringBuilder parameters = new StringBuilder();
        query.forEach(
                (name, value) -> parameters.append('&').append(name).append('=').append(encode(value)));
        return call(path, token -> http.get(url(path, token) + parameters), true);
    }

    /**
     * Posts a JSON body to an API path that creates or sends something, such as
     * {@code externalcontact/add_msg_template}: busy codes and a connection never made are tried
     * again, but an answer lost after the request was sent is not, since WeCom may have acted on it
     * and a second call would do it twice.
     *
     * @return WeCom's answer, errcode 0
     * @throws WeComError not {@link WeComError#retryable()} when the answer was lost, saying so
     */
    JsonNode create(String path, Object body) {
        return call(path, token -> http.post(url(path, token), body), false);
    }

    private JsonNode call(String path, Function<String, JsonNode> exchange, boolean repeatable) {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                return callOnce(path, exchange, repeatable);
            } catch (WeComError e) {
                // A call limit is not waited out here: the thread would be held for nothing (the
                // limit lifts in its own time) and, for a concurrency limit, would add to it.
                if (!e.retryable() || e.rateLimited() || attempt == BUSY_TRIES) {
                    throw e;
                }
                LockSupport.parkNanos(pause.toNanos());
                pause = pause.multipliedBy(2);
            }
        }
    }

    private JsonNode callOnce(String path, Function<String, JsonNode> exchange, boolean repeatable) {
        String token = tokens.current();
        JsonNode answer = send(path, token, exchange, repeatable);
        int errcode = answer.path("errcode").asInt(0);
        if (WeComError.TOKEN_EXPIRED.contains(errcode)) {
            answer = send(path, tokens.renew(token), exchange, repeatable);
            errcode = answer.path("errcode").asInt(0);
        }
        if (errcode != 0) {
            throw new WeComError(errcode, answer.path("errmsg").asText(""));
        }
        return answer;
    }

    /** One exchange; a lost answer to a call that must not be repeated says the outcome is unknown. */
    private JsonNode send(String path, String token, Function<String, JsonNode> exchange, boolean repeatable) {
        try {
            return exchange.apply(token);
        } catch (WeComError e) {
            if (!repeatable && e.answerLost()) {
                throw WeComError.outcomeUnknown(path, e);
            }
            throw e;
        }
    }

    private String url(String path, String token) {
        return settings.api() + "/cgi-bin/" + path + "?access_token=" + encode(token);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
