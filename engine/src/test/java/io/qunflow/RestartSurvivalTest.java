package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its state on disk: a restart loses no group, member, strike or action. */
class RestartSurvivalTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext boot() {
        return new SpringApplicationBuilder(QunflowApplication.class)
                .run(
                        "--server.port=0",
                        "--qunflow.data-dir=" + dataDir,
                        "--camunda.bpm.process-engine-name=restart",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return ApiClient.withKey(port, "qf_dev_key");
    }

    private static String message(String eventId, String text) {
        return """
                {"eventId":"%s","type":"MESSAGE_POSTED","memberId":"m1","at":"2026-11-23T10:00:00+08:00","payload":{"text":"%s"}}""".formatted(eventId, text);
    }

    @Test
    void restart_keepsGroupsMembersStrikesAndTheOutbox() {
        String warningId;
        try (ConfigurableApplicationContext first = boot()) {
            ApiClient api = client(first);
            api.post("/api/v1/groups", "{\"id\":\"g1\",\"name\":\"老客福利群\",\"intro\":\"新品首发\",\"type\":\"TRAFFIC\"}");
            api.post("/api/v1/groups/g1/events", """
                    {"eventId":"j1","type":"MEMBER_JOINED","memberId":"m1","at":"2026-11-23T09:00:00+08:00","payload":{"nickname":"老张"}}""");
            Reply warned = api.post("/api/v1/groups/g1/events", message("e1", "加我微信领红包"));
            assertThat(warned.body().findValuesAsText("type")).contains("WARN_MEMBER");
            warningId = warned.body().get("actions").get(0).get("id").asText();
        }

        try (ConfigurableApplicationContext second = boot()) {
            ApiClient api = client(second);
            Reply group = api.get("/api/v1/groups/g1");
            assertThat(group.body().get("memberCount").asInt()).isEqualTo(1);
            assertThat(api.get("/api/v1/groups/g1/members/m1")
                            .body()
                            .get("strikes")
                            .asInt())
                    .isEqualTo(1);
            assertThat(api.get("/api/v1/actions?status=PENDING&limit=1000")
                            .body()
                            .findValuesAsText("id"))
                    .contains(warningId);

            Reply again = api.post("/api/v1/groups/g1/events", message("e1", "加我微信领红包"));
            assertThat(again.body().get("duplicate").asBoolean()).isTrue();

            Reply repeat = api.post("/api/v1/groups/g1/events", message("e2", "加V领券"));
            assertThat(repeat.body().findValuesAsText("type")).contains("REMOVE_MEMBER");
        }
    }
}
