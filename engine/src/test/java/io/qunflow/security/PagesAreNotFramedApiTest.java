package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser is told about Qunflow's pages: the UI runs only the engine's scripts and no
 * other site may frame it; Camunda's web apps (cockpit, admin) answer admins only, whatever
 * their own login would say, and only Qunflow's own pages may frame them.
 */
@ApiTest
class PagesAreNotFramedApiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":qunflow").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theLoginPage_runsOnlyTheEnginesScripts_andNoSiteMayFrameIt() throws Exception {
        HttpResponse<String> login = get("/login.html", null);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.PAGES);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void camundasWebApps_answerAdminsOnly() throws Exception {
        for (String user : new String[] {"viewer", "operator", "designer", "compliance"}) {
            assertThat(get("/camunda/app/cockpit/default/", user).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(get("/camunda/api/engine/engine/", user).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        HttpResponse<String> admin = get("/camunda/app/cockpit/default/", "admin");

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }
}
