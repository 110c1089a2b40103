package io.qunflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may load the demo community, and where: on the embedded default it is offered (and the login
 * page names the demo accounts); under the production profile (the build's PostgreSQL run) it is
 * refused with a plain message and nothing is created. Loading it is driven, on a database of its
 * own, by {@code io.qunflow.ui.DemoBrowserTest}.
 */
@ApiTest
class DemoApiTest {

    private static final List<String> DEMO_GROUPS = List.of("demo-restaurant", "demo-education", "demo-beauty");

    @LocalServerPort
    int port;

    @Test
    void loading_isForAdminsOnly_andARefusalStartsNothing() {
        for (ApiClient other : List.of(
                ApiClient.asUser(port, "operator", "qunflow"),
                ApiClient.asUser(port, "viewer", "qunflow"),
                ApiClient.asUser(port, "compliance", "qunflow"),
                ApiClient.asUser(port, "designer", "qunflow"),
                ApiClient.withKey(port, "qf_dev_key"))) {
            Reply refused = other.post("/api/v1/demo", "");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detailZh").asText()).isNotBlank();
        }
        ApiClient admin = ApiClient.asUser(port, "admin", "qunflow");
        for (String group : DEMO_GROUPS) {
            assertThat(admin.get("/api/v1/groups/" + group).status()).isEqualTo(404);
        }
        assertThat(ApiClient.withKey(port, null).get("/api/v1/demo").status()).isEqualTo(401);
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .get("/api/v1/demo")
                        .body()
                        .get("state")
                        .asText())
                .isEqualTo("IDLE");
    }

    @Test
    void theDemo_isOfferedOnTheEmbeddedDefaultOnly_andRefusedWithAPlainMessageElsewhere() {
        ApiClient admin = ApiClient.asUser(port, "admin", "qunflow");
        Reply progress = admin.get("/api/v1/demo");
        Reply signIn = ApiClient.withKey(port, null).get("/api/v1/sign-in/options");

        assertThat(progress.status()).isEqualTo(200);
        assertThat(signIn.status()).isEqualTo(200);
        if (TestDatabase.POSTGRES) {
            assertThat(progress.body().get("available").asBoolean()).isFalse();
            assertThat(signIn.body().get("demo").asBoolean()).isFalse();
            assertThat(signIn.body().get("accounts")).isEmpty();
            assertThat(signIn.body().get("password").isNull()).isTrue();

            Reply refused = admin.post("/api/v1/demo", "");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asText())
                    .startsWith("The demo community loads only on the embedded default");
            for (String group : DEMO_GROUPS) {
                assertThat(admin.get("/api/v1/groups/" + group).status()).isEqualTo(404);
            }
            assertThat(admin.get("/api/v1/demo").body().get("state").asText()).isEqualTo("IDLE");
        } else {
            assertThat(progress.body().get("available").asBoolean()).isTrue();
            assertThat(progress.body().get("state").asText()).isEqualTo("IDLE");
            assertThat(signIn.body().get("demo").asBoolean()).isTrue();
            assertThat(signIn.body().get("accounts").findValuesAsText("username"))
                    .containsExactly("designer", "compliance", "operator", "viewer", "admin");
            assertThat(signIn.body().get("password").asText()).isEqualTo("qunflow");
        }
    }
}
