package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile on a real PostgreSQL: it refuses to start without its own admin password
 * and API key (API.md), creates exactly those on first start, and has no demo accounts.
 */
class PostgresProfileTest {

    private static PostgresCluster postgres;

    @BeforeAll
    static void startPostgres() {
        Prerequisites.postgres();
        postgres = PostgresCluster.start("qunflow");
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ConfigurableApplicationContext boot(String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--SPRING_DATASOURCE_URL=" + postgres.jdbcUrl("qunflow"),
                "--SPRING_DATASOURCE_USERNAME=postgres",
                "--camunda.bpm.process-engine-name=postgresprofile",
                "--camunda.bpm.job-execution.enabled=false"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(QunflowApplication.class)
                .profiles("postgres")
                .run(args.toArray(String[]::new));
    }

    @Test
    void postgresProfile_refusesToStartWithoutAdminPasswordAndApiKey_thenBootstrapsExactlyThose() {
        assertThatThrownBy(() -> boot()).hasStackTraceContaining("Set QUNFLOW_ADMIN_PASSWORD and QUNFLOW_API_KEY");
        assertThatThrownBy(() -> boot("--QUNFLOW_ADMIN_PASSWORD=qunflow", "--QUNFLOW_API_KEY=qf_dev_key"))
                .hasStackTraceContaining("The demo password and API key may not be used outside demo mode");

        String key = "qf_prod_key_" + "7".repeat(24);
        try (ConfigurableApplicationContext node =
                boot("--QUNFLOW_ADMIN_PASSWORD=correct horse battery", "--QUNFLOW_API_KEY=" + key)) {
            int port =
                    ((ServletWebServerApplicationContext) node).getWebServer().getPort();

            Reply admin =
                    ApiClient.asUser(port, "admin", "correct horse battery").get("/api/v1/me");
            assertThat(admin.status()).isEqualTo(200);
            assertThat(admin.body().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
            Reply system = ApiClient.withKey(port, key).get("/api/v1/me");
            assertThat(system.status()).isEqualTo(200);
            List<String> scopes = new ArrayList<>();
            system.body().get("scopes").forEach(scope -> scopes.add(scope.asText()));
            assertThat(scopes)
                    .containsExactlyInAnyOrder(
                            "events", "groups", "actions", "rules:read", "workflows:read", "metrics");

            assertThat(ApiClient.withKey(port, "qf_dev_key").get("/api/v1/me").status())
                    .isEqualTo(401);
            assertThat(ApiClient.asUser(port, "compliance", "qunflow")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
            assertThat(ApiClient.asUser(port, "admin", "qunflow")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(401);
        }
    }

    /**
     * QUNFLOW_API_KEY stays set for every start; a key rotated (say, after a leak) must not come
     * back as a new key with every scope when the node restarts.
     */
    @Test
    void aRotatedBootstrapKey_staysRotatedAcrossARestart() {
        postgres.createDatabase("rotation");
        String leaked = "qf_prod_key_" + "9".repeat(24);
        String[] args = {
            "--server.port=0",
            "--SPRING_DATASOURCE_URL=" + postgres.jdbcUrl("rotation"),
            "--SPRING_DATASOURCE_USERNAME=postgres",
            "--camunda.bpm.process-engine-name=rotation",
            "--camunda.bpm.job-execution.enabled=false",
            "--QUNFLOW_ADMIN_PASSWORD=correct horse battery",
            "--QUNFLOW_API_KEY=" + leaked
        };
        String id;
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(QunflowApplication.class)
                .profiles("postgres")
                .run(args)) {
            ApiClient admin = ApiClient.asUser(port(node), "admin", "correct horse battery");
            id = admin.get("/api/v1/keys").body().get(0).get("id").asText();
            assertThat(admin.post("/api/v1/keys/" + id + "/rotate", "").status())
                    .isEqualTo(200);
        }

        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(QunflowApplication.class)
                .profiles("postgres")
                .run(args)) {
            assertThat(ApiClient.withKey(port(node), leaked).get("/api/v1/me").status())
                    .isEqualTo(401);
            assertThat(ApiClient.asUser(port(node), "admin", "correct horse battery")
                            .get("/api/v1/keys")
                            .body()
                            .findValuesAsText("id"))
                    .containsExactly(id);
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void noProfileButAPostgresUrl_isProduction_withNoDemoAccounts() {
        postgres.createDatabase("noprofile");
        List<String> args = List.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl("noprofile"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--camunda.bpm.process-engine-name=noprofile",
                "--camunda.bpm.job-execution.enabled=false");
        assertThatThrownBy(
                        () -> new SpringApplicationBuilder(QunflowApplication.class).run(args.toArray(String[]::new)))
                .hasStackTraceContaining("Set QUNFLOW_ADMIN_PASSWORD and QUNFLOW_API_KEY");

        List<String> withSecrets = new ArrayList<>(args);
        withSecrets.add("--QUNFLOW_ADMIN_PASSWORD=correct horse battery");
        withSecrets.add("--QUNFLOW_API_KEY=qf_prod_key_" + "8".repeat(24));
        try (ConfigurableApplicationContext node =
                new SpringApplicationBuilder(QunflowApplication.class).run(withSecrets.toArray(String[]::new))) {
            int port =
                    ((ServletWebServerApplicationContext) node).getWebServer().getPort();
            assertThat(ApiClient.asUser(port, "admin", "correct horse battery")
                            .get("/api/v1/me")
                            .status())
                    .isEqualTo(200);
            for (String demo : List.of("designer", "compliance", "operator", "viewer", "admin")) {
                assertThat(ApiClient.asUser(port, demo, "qunflow")
                                .get("/api/v1/me")
                                .status())
                        .as(demo)
                        .isEqualTo(401);
            }
            assertThat(ApiClient.withKey(port, "qf_dev_key").get("/api/v1/me").status())
                    .isEqualTo(401);
        }
    }
}
