package io.qunflow.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which failed calls are repeated: busy codes and a connection never made always; an answer lost
 * after the request was sent only for calls that can be done twice without harm; a call limit never
 * at once.
 */
class WeComClientTest {

    private static final String CREATE = "externalcontact/add_msg_template";
    private static final String READ = "externalcontact/groupchat/get";

    WireMockServer wecom;

    @BeforeEach
    void start() {
        wecom = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wecom.start();
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .willReturn(MockWeCom.json("{\"errcode\":0,\"access_token\":\"tok-client\",\"expires_in\":7200}")));
    }

    @AfterEach
    void stop() {
        wecom.stop();
    }

    @Test
    void create_aLostAnswerIsNotRepeatedAndSaysWeComMayHaveDoneIt() {
        for (Fault fault : new Fault[] {Fault.EMPTY_RESPONSE, Fault.CONNECTION_RESET_BY_PEER}) {
            wecom.resetRequests();
            wecom.stubFor(post(urlPathEqualTo("/cgi-bin/" + CREATE))
                    .willReturn(aResponse().withFault(fault)));

            assertThatThrownBy(() -> client(wecom.port()).create(CREATE, Map.of("chat_type", "group")))
                    .as(fault.name())
                    .isInstanceOfSatisfying(WeComError.class, e -> {
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.errcode()).isNull();
                        assertThat(e.errmsg())
                                .contains("WeCom may have done it")
                                .contains(CREATE);
                    });
            wecom.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/" + CREATE)));
        }
    }

    @Test
    void create_busyCodesAreStillRepeated() {
        failFirstTwice(CREATE, MockWeCom.json("{\"errcode\":-1,\"errmsg\":\"system busy\"}"));

        assertThat(client(wecom.port()).create(CREATE, Map.of()).path("msgid").asText())
                .isEqualTo("msg-3");
        wecom.verify(3, postRequestedFor(urlPathEqualTo("/cgi-bin/" + CREATE)));
    }

    /**
     * WeCom's global error codes: 45009 接口调用超过限制, 45033 接口并发调用超过限制. A limit lifts in
     * its own time, so the call is not repeated while the caller's thread waits: the error goes back
     * at once, retryable, and the caller's retry schedule (the outbox's back-off) tries it later.
     */
    @Test
    void create_aCallLimitIsNotRepeatedInline_butLeftToTheCallersSchedule() {
        for (int errcode : new int[] {45009, 45033}) {
            wecom.resetAll();
            wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                    .willReturn(MockWeCom.json("{\"errcode\":0,\"access_token\":\"tok-client\",\"expires_in\":7200}")));
            failFirstTwice(CREATE, MockWeCom.json("{\"errcode\":" + errcode + ",\"errmsg\":\"out of limit\"}"));

            assertThatThrownBy(() -> client(wecom.port()).create(CREATE, Map.of()))
                    .as("errcode " + errcode)
                    .isInstanceOfSatisfying(WeComError.class, e -> {
                        assertThat(e.errcode()).isEqualTo(errcode);
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.rateLimited()).isTrue();
                    });
            wecom.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/" + CREATE)));
        }
    }

    /** WeCom's global error codes: 6000 数据版本冲突, "可能有多个调用端同时修改数据，稍后重试". */
    @Test
    void post_aDataVersionConflictIsTriedAgain() {
        String update = "externalcontact/groupchat/update_join_way";
        failFirstTwice(update, MockWeCom.json("{\"errcode\":6000,\"errmsg\":\"data version conflict\"}"));

        assertThat(client(wecom.port()).post(update, Map.of()).path("msgid").asText())
                .isEqualTo("msg-3");
        wecom.verify(3, postRequestedFor(urlPathEqualTo("/cgi-bin/" + update)));
    }

    @Test
    void post_aLostAnswerToAReadIsRepeated() {
        failFirstTwice(READ, aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThat(client(wecom.port()).post(READ, Map.of()).path("msgid").asText())
                .isEqualTo("msg-3");
        wecom.verify(3, postRequestedFor(urlPathEqualTo("/cgi-bin/" + READ)));
    }

    /** Nothing listens: the request never left, so nothing can have been created and trying later is safe. */
    @Test
    void create_aConnectionNeverMadeIsWorthTryingLater() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        WeComHttp http = new WeComHttp(settings(closed), new ObjectMapper());

        assertThatThrownBy(() -> http.post("http://127.0.0.1:" + closed + "/cgi-bin/" + CREATE, Map.of()))
                .isInstanceOfSatisfying(WeComError.class, e -> {
                    assertThat(e.answerLost()).isFalse();
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).startsWith("WeCom could not be reached");
                });
    }

    private void failFirstTwice(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        String[] states = {Scenario.STARTED, "second", "third"};
        for (int i = 0; i < states.length; i++) {
            wecom.stubFor(post(urlPathEqualTo("/cgi-bin/" + path))
                    .inScenario(path)
                    .whenScenarioStateIs(states[i])
                    .willReturn(
                            i < 2 ? failure : MockWeCom.json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-3\"}"))
                    .willSetStateTo(i < 2 ? states[i + 1] : states[i]));
        }
    }

    private static WeComClient client(int port) {
        WeComSettings settings = settings(port);
        WeComHttp http = new WeComHttp(settings, new ObjectMapper());
        return new WeComClient(settings, http, new AccessTokens(settings, http, Clock.systemUTC()));
    }

    private static WeComSettings settings(int port) {
        return new WeComSettings(
                true,
                WeComCryptoTest.CORP_ID,
                MockWeCom.SECRET,
                1000002L,
                WeComCryptoTest.TOKEN,
                WeComCryptoTest.KEY,
                URI.create("http://127.0.0.1:" + port),
                null,
                null,
                null,
                null,
                null,
                Duration.ofSeconds(5),
                null);
    }
}
