package io.qunflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.ApiClient;
import io.qunflow.QunflowApplication;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small community run twice through the real engine: the same seed, the same summary, the API agrees. */
class SimulatorTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    private SimulationOptions small(String out) {
        return new SimulationOptions(2, 30, 5, 7, dir.resolve(out), LocalDate.parse("2026-11-02"));
    }

    @Test
    void theSameSeed_writesTheSameSummary_whoseFiguresAreWhatTheMetricsApiAnswersForTheRun() throws Exception {
        try (SimulateCommand.Finished first =
                SimulateCommand.simulate(QunflowApplication.class, small("first"), QUIET)) {
            assertThat(first.eventsAccepted()).isPositive();
        }
        String first = Files.readString(dir.resolve("first/summary.json"));

        try (SimulateCommand.Finished second =
                SimulateCommand.simulate(QunflowApplication.class, small("second"), QUIET)) {
            String summaryText = Files.readString(dir.resolve("second/summary.json"));
            assertThat(summaryText).isEqualTo(first);
            assertThat(summaryText).doesNotContain(LocalDate.now().toString());
            JsonNode summary = new ObjectMapper().readTree(summaryText);

            JsonNode engine = summary.path("engine");
            assertThat(engine.path("eventsAccepted").asLong()).isEqualTo(second.eventsAccepted());
            assertThat(engine.path("eventsByType").path("MESSAGE_POSTED").asLong())
                    .isPositive();
            assertThat(engine.path("workflowJobs").asLong()).isPositive();
            JdbcClient jdbc = second.context().getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_event")
                            .query(Long.class)
                            .single())
                    .isEqualTo(second.eventsAccepted());

            ApiClient api = ApiClient.withKey(second.port(), "qf_dev_key");
            assertThat(summary.path("groups")).hasSize(2);
            for (JsonNode group : summary.path("groups")) {
                String groupId = group.path("groupId").asText();
                ApiClient.Reply metrics = api.get("/api/v1/groups/" + groupId + "/metrics?days=5");
                assertThat(metrics.status()).isEqualTo(200);
                assertThat(metrics.body()).isEqualTo(group.path("metrics"));
                assertThat(metrics.body().path("to").asText()).isEqualTo("2026-11-06");

                ApiClient.Reply posts = api.get("/api/v1/groups/" + groupId + "/sop/posts/metrics?days=5");
                assertThat(posts.status()).isEqualTo(200);
                JsonNode sop = group.path("sop");
                assertThat(posts.body().size())
                        .isEqualTo(sop.path("posts").asInt())
                        .isPositive();
                assertThat(posts.body().findValues("reach").stream()
                                .mapToLong(JsonNode::asLong)
                                .sum())
                        .isEqualTo(sop.path("reach").asLong());
                assertThat(posts.body().findValues("clicks").stream()
                                .mapToLong(JsonNode::asLong)
                                .sum())
                        .isEqualTo(sop.path("clicks").asLong());
                assertThat(posts.body().findValues("orders").stream()
                                .mapToLong(JsonNode::asLong)
                                .sum())
                        .isEqualTo(sop.path("orders").asLong());
                assertThat(posts.body().findValues("gmvCents").stream()
                                .mapToLong(JsonNode::asLong)
                                .sum())
                        .isEqualTo(sop.path("gmvCents").asLong());
                assertThat(sop.path("mostPostsInADay").asInt()).isBetween(1, 5);
                assertThat(metrics.body().path("series").path("members").get(4).asInt())
                        .isEqualTo(api.get("/api/v1/groups/" + groupId)
                                .body()
                                .path("memberCount")
                                .asInt());
            }

            String report = Files.readString(dir.resolve("second/report.html"));
            assertThat(report)
                    .contains("echarts.init", "\"eventsAccepted\" : " + second.eventsAccepted())
                    .doesNotContain("/*SUMMARY*/", "/*ECHARTS*/");
        }
    }

    @Test
    void options_thatAreMissingUnknownOrOutOfRange_areRefusedWithUsage() {
        assertThat(SimulationOptions.parse("--out", "x").groups()).isEqualTo(20);
        assertThatThrownBy(() -> SimulationOptions.parse("--groups", "3")).hasMessageContaining("--out");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--days", "0"))
                .hasMessageContaining("--days");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--seed", "seven"))
                .hasMessageContaining("--seed");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--colour", "red"))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> SimulationOptions.parse("--out")).hasMessageContaining("needs a value");
        assertThat(SimulateCommand.run(QunflowApplication.class, "--members", "9999", "--out", "x"))
                .isEqualTo(2);
    }

    /**
     * Each option within its range, but all at their most (500 groups of 500 members for a year):
     * some 25 million events into an in-memory database, hours of run on a heap of gigabytes.
     * The run as a whole is bounded, and refused before anything starts.
     */
    @Test
    void theLargestOfEveryOptionAtOnce_isRefusedAsTooMuchWork_beforeAnythingStarts() {
        assertThatThrownBy(() ->
                        SimulationOptions.parse("--out", "x", "--groups", "500", "--members", "500", "--days", "366"))
                .hasMessageContaining("--groups × --members × --days must be at most 2,000,000 member-days")
                .hasMessageContaining("91,500,000")
                .hasMessageContaining("最多 2,000,000 个成员日");
        assertThat(SimulationOptions.parse("--out", "x", "--groups", "100", "--members", "200", "--days", "100")
                        .days())
                .as("exactly the most")
                .isEqualTo(100);
        assertThat(SimulateCommand.run(
                        QunflowApplication.class, "--groups", "500", "--members", "500", "--days", "366", "--out", "x"))
                .isEqualTo(2);
    }

    /**
     * A start date the parser reads but no run can reach (its days overflow the calendar, its clock
     * the engine's dates) is refused before the application starts, like every other bad option,
     * and every refusal says in Chinese too what is wrong.
     */
    @Test
    void aStartCenturiesAway_orAnyBadOption_isRefusedInEnglishAndChinese_beforeAnythingStarts() {
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--start", "+999999999-12-31"))
                .hasMessageContaining("--start must be from 2000-01-01 to 2099-12-31")
                .hasMessageContaining("--start 须在 2000-01-01 到 2099-12-31 之间");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--start", "-5000-01-01"))
                .hasMessageContaining("--start");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--members", "-5"))
                .hasMessageContaining("--members must be from 1 to 500")
                .hasMessageContaining("--members 须在 1 到 500 之间");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--days", "99999999999"))
                .hasMessageContaining("--days cannot be 99999999999")
                .hasMessageContaining("--days 不能是 99999999999");
        assertThatThrownBy(() -> SimulationOptions.parse("--out", "x", "--colour", "red"))
                .hasMessageContaining("未知选项 --colour");
        assertThatThrownBy(() -> SimulationOptions.parse("--out")).hasMessageContaining("--out 需要一个值");
        assertThatThrownBy(() -> SimulationOptions.parse("--days", "3")).hasMessageContaining("必须给出 --out 目录");
        assertThat(SimulateCommand.run(QunflowApplication.class, "--start", "+999999999-12-31", "--out", "x"))
                .isEqualTo(2);
    }
}
