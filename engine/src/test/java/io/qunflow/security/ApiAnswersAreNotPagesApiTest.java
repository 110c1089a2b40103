package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the API answers is data for the UI's scripts and for systems, never a page a browser runs.
 * A stored BPMN file is served back as it was deployed, as application/xml, which a browser opened
 * on it renders itself: a diagram with a processing instruction such as {@code <?xml-stylesheet?>}
 * is refused at deploy, and every API answer forbids the browser to load or run anything for it.
 */
@ApiTest
class ApiAnswersAreNotPagesApiTest {

    private static final String POLICY = "default-src 'none'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":qunflow").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void aWorkflowWithAStylesheetInstruction_isRefused_andNothingIsStored() throws Exception {
        String key = "styled_" + UUID.randomUUID().toString().replace("-", "");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="/api/v1/workflows/other/xml"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://qunflow.io/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        HttpResponse<String> deployed = send(
                "designer",
                at("/api/v1/workflows")
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));

        assertThat(deployed.statusCode()).isEqualTo(400);
        assertThat(deployed.body()).contains("xml-stylesheet");
        assertThat(send("viewer", at("/api/v1/workflows/" + key + "/xml").GET()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aStoredWorkflowsXml_isServedWithAPolicyThatLetsTheBrowserRunNothing() throws Exception {
        HttpResponse<String> served =
                send("viewer", at("/api/v1/workflows/group-lifecycle/xml").GET());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(served.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void jsonAnswersAndRefusals_carryThePolicyToo() throws Exception {
        HttpResponse<String> groups = send("viewer", at("/api/v1/groups").GET());
        HttpResponse<String> refused = send("viewer", at("/api/v1/keys").GET());

        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(groups.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
    }
}
