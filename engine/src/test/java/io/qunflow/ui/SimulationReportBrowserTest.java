package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.QunflowApplication;
import io.qunflow.simulator.SimulateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's report, opened as a file with the network shut: every chart draws its figures. */
class SimulationReportBrowserTest extends BrowserTest {

    private static final List<String> CHARTS = List.of("layers", "activity", "moderation", "rewards", "sop", "funnel");

    @TempDir
    Path out;

    @Test
    void report_opensOffline_andEveryChartDrawsTheRunsFigures() {
        assertThat(SimulateCommand.run(
                        QunflowApplication.class,
                        "--groups",
                        "2",
                        "--members",
                        "30",
                        "--days",
                        "5",
                        "--seed",
                        "7",
                        "--out",
                        out.toString()))
                .isZero();
        List<String> problems = new ArrayList<>();
        page.onPageError(problems::add);
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
        // Offline: the page may read itself and nothing else.
        context.route("**", route -> {
            if (route.request().url().startsWith("file:")) {
                route.resume();
            } else {
                problems.add("requested " + route.request().url());
                route.abort();
            }
        });

        page.navigate(out.resolve("report.html").toUri().toString());

        assertThat(page.isHidden("#no-echarts"))
                .as("ECharts is inlined in the report")
                .isTrue();
        for (String chart : CHARTS) {
            page.waitForSelector("#" + chart + " canvas");
            Object points = page.evaluate(
                    "id => echarts.getInstanceByDom(document.getElementById(id)).getOption()"
                            + ".series.reduce((n, s) => n + s.data.length, 0)",
                    chart);
            assertThat(((Number) points).intValue())
                    .as("points drawn in chart %s", chart)
                    .isPositive();
        }
        assertThat(page.locator("#groups tr").count())
                .as("a header and one row per group")
                .isEqualTo(3);
        assertThat(page.textContent("#params")).contains("2 个群", "种子 7");
        assertThat(problems).isEmpty();
    }
}
