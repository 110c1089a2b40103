package io.qunflow.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A mock of the WeCom API (WireMock on a free loopback port), one for the test JVM, named to the
 * WeCom test context as {@code qunflow.wecom.api-base-url}. Tests stub the answers they need.
 */
public class MockWeCom implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SECRET = "corp-secret-never-shown-0123456789";

    /** Below WireMock's default priority (5, 1 first), so every stub a test adds is matched first. */
    private static final int NOT_SENT_YET_PRIORITY = 10;

    private static WireMockServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "mock-wecom", Map.of("qunflow.wecom.api-base-url", "http://127.0.0.1:" + server().port())));
    }

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /**
     * Resets the stubs and the request log, and answers gettoken with {@code token}. Asked for a
     * broadcast's send result, WeCom answers by default that nobody has sent it yet, as it does
     * while an owner has not confirmed: the broadcasts earlier tests left waiting in the shared
     * database stay waiting. Unanswered (a 404, to the client a lost answer) each of them was
     * asked three times with the client's pauses in between, about 0.6 s a broadcast, in every
     * round of confirmations a test started. A test's own answer for the path takes precedence.
     */
    public static void reset(String token) {
        server().resetAll();
        server().stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .withQueryParam("corpsecret", equalTo(SECRET))
                .willReturn(json(
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token + "\",\"expires_in\":7200}")));
        server().stubFor(post(urlPathEqualTo("/cgi-bin/externalcontact/get_groupmsg_send_result"))
                .atPriority(NOT_SENT_YET_PRIORITY)
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\",\"send_list\":[]}")));
    }

    /** Answers an API path (with any token) with a JSON body. */
    public static void answer(String path, String body) {
        server().stubFor(post(urlPathEqualTo("/cgi-bin/" + path)).willReturn(json(body)));
    }

    /** Answers an API path, for requests whose JSON has the given value at the path, with a JSON body. */
    static void answer(String path, String jsonPath, String value, String body) {
        server().stubFor(post(urlPathEqualTo("/cgi-bin/" + path))
                .withRequestBody(matchingJsonPath(jsonPath, equalTo(value)))
                .willReturn(json(body)));
    }

    /** Answers a GET of an API path (with any token) whose query has the parameter's value, with a JSON body. */
    public static void answerGet(String path, String parameter, String value, String body) {
        server().stubFor(get(urlPathEqualTo("/cgi-bin/" + path))
                .withQueryParam(parameter, equalTo(value))
                .willReturn(json(body)));
    }

    public static List<LoggedRequest> requests(String path) {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                urlPathEqualTo("/cgi-bin/" + path)));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** groupchat/get's answer for a chat: members as {userid, type, join_time, join_scene, state, nickname}. */
    static String groupChat(String chatId, String name, String owner, List<Map<String, Object>> members) {
        return groupChat(chatId, name, owner, members, List.of());
    }

    /** groupChat with the group's admins (admin_list), as WeCom lists them beside the owner. */
    static String groupChat(
            String chatId, String name, String owner, List<Map<String, Object>> members, List<String> admins) {
        StringBuilder adminList = new StringBuilder();
        for (String admin : admins) {
            adminList
                    .append(adminList.isEmpty() ? "" : ",")
                    .append("{\"userid\":\"")
                    .append(admin)
                    .append("\"}");
        }
        StringBuilder list = new StringBuilder();
        for (Map<String, Object> m : members) {
            if (!list.isEmpty()) {
                list.append(',');
            }
            list.append("{\"userid\":\"")
                    .append(m.get("userid"))
                    .append("\",\"type\":")
                    .append(m.getOrDefault("type", 2))
                    .append(",\"join_time\":")
                    .append(m.getOrDefault("join_time", 1760000000))
                    .append(",\"join_scene\":")
                    .append(m.getOrDefault("join_scene", 3))
                    .append(m.containsKey("state") ? ",\"state\":\"" + m.get("state") + "\"" : "")
                    .append(",\"group_nickname\":\"")
                    .append(m.getOrDefault("nickname", ""))
                    .append("\"}");
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"group_chat\":{\"chat_id\":\"" + chatId + "\",\"name\":\"" + name
                + "\",\"owner\":\"" + owner + "\",\"create_time\":1760000000,\"notice\":\"文明交流\",\"member_list\":["
                + list + "],\"admin_list\":[" + adminList + "],\"member_version\":\"v" + members.size() + "\"}}";
    }
}
