package io.qunflow.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The settings page's API: secrets masked everywhere, and a connection test that tells only whether WeCom answered. */
@WeComTest
@ExtendWith(OutputCaptureExtension.class)
class SettingsApiTest {

    @LocalServerPort
    int port;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-settings-0123456789");
        admin = ApiClient.asUser(port, "admin", "qunflow");
    }

    @Test
    void view_masksEverySecret() {
        ApiClient.Reply settings = admin.get("/api/v1/wecom/settings");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body().get("enabled").asBoolean()).isTrue();
        assertThat(settings.body().get("corpId").asText()).isEqualTo(WeComCryptoTest.CORP_ID);
        assertThat(settings.body().get("corpSecret").asText()).isEqualTo(Masked.SET);
        assertThat(settings.body().get("token").asText()).isEqualTo(Masked.SET);
        assertThat(settings.body().get("encodingAesKey").asText()).isEqualTo(Masked.SET);
        assertThat(settings.raw())
                .doesNotContain(MockWeCom.SECRET)
                .doesNotContain(WeComCryptoTest.TOKEN)
                .doesNotContain(WeComCryptoTest.KEY);
    }

    @Test
    void view_isForAdminsOnly() {
        assertThat(ApiClient.asUser(port, "operator", "qunflow")
                        .get("/api/v1/wecom/settings")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.withKey(port, "qf_dev_key")
                        .get("/api/v1/wecom/settings")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void test_fetchesATokenAndShowsNeitherItNorTheSecret(CapturedOutput output) {
        ApiClient.Reply answer = admin.post("/api/v1/wecom/settings/test", "{}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("ok").asBoolean()).isTrue();
        assertThat(answer.body().get("expiresInSeconds").asLong()).isEqualTo(7200);
        assertThat(answer.raw()).doesNotContain("tok-settings-0123456789");
        assertThat(MockWeCom.requests("gettoken")).hasSize(1);
        assertThat(output.getAll()).doesNotContain(MockWeCom.SECRET).doesNotContain("tok-settings-0123456789");
    }

    @Test
    void test_weComsRefusalIsA502WithItsErrcodeAndNoSecret(CapturedOutput output) {
        MockWeCom.server()
                .stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                        .willReturn(MockWeCom.json("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));

        ApiClient.Reply answer = admin.post("/api/v1/wecom/settings/test", "{}");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.body().get("errcode").asInt()).isEqualTo(40001);
        assertThat(answer.body().get("errmsg").asText()).isEqualTo("invalid credential");
        assertThat(answer.body().get("detail").asText())
                .startsWith("WeCom does not accept the corp secret.")
                .endsWith("(WeCom errcode 40001: invalid credential)");
        assertThat(answer.body().get("detailZh").asText())
                .startsWith("企业微信不接受所填的 Secret。")
                .endsWith("（企业微信错误码 40001：invalid credential）");
        assertThat(answer.raw()).doesNotContain(MockWeCom.SECRET);
        assertThat(output.getAll()).doesNotContain(MockWeCom.SECRET);
    }

    /** A code rules/wecom/errcodes.json does not list keeps WeCom's own words, and says so in Chinese. */
    @Test
    void test_aRefusalWithAnErrcodeQunflowDoesNotKnow_keepsWeComsErrmsg_andSaysSoInChinese() {
        MockWeCom.server()
                .stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                        .willReturn(MockWeCom.json("{\"errcode\":1234567,\"errmsg\":\"a fault WeCom added later\"}")));

        ApiClient.Reply answer = admin.post("/api/v1/wecom/settings/test", "{}");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.body().get("errcode").asInt()).isEqualTo(1234567);
        assertThat(answer.body().get("errmsg").asText()).isEqualTo("a fault WeCom added later");
        assertThat(answer.body().get("detail").asText())
                .isEqualTo("WeCom refused it with errcode 1234567: a fault WeCom added later");
        assertThat(answer.body().get("detailZh").asText())
                .contains("错误码 1234567")
                .contains("Qunflow 没有这个错误码的中文说明")
                .endsWith("a fault WeCom added later");
    }

    /** No errcode to explain when WeCom's answer did not come: what happened is said in Chinese too. */
    @Test
    void test_aLostAnswerIsA502InBothLanguages() {
        MockWeCom.server()
                .stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                        .willReturn(aResponse().withStatus(503)));

        ApiClient.Reply answer = admin.post("/api/v1/wecom/settings/test", "{}");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.body().has("errcode")).isFalse();
        assertThat(answer.body().get("detail").asText()).isEqualTo("WeCom's answer was lost: HTTP 503");
        assertThat(answer.body().get("detailZh").asText()).isEqualTo("请求已发出，但企业微信的应答丢失：HTTP 503");
    }
}
