package io.qunflow.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The run's HTML report: ECharts charts drawn from the summary, with ECharts inlined so the page
 * opens offline. ECharts comes from the UI build (packaged as {@code static/vendor/echarts.min.js})
 * or, in a source checkout, from the UI's node_modules.
 */
final class ReportPage {

    static final String ECHARTS_ON_CLASSPATH = "static/vendor/echarts.min.js";
    static final Path ECHARTS_IN_CHECKOUT = Path.of("ui/src/main/frontend/node_modules/echarts/dist/echarts.min.js");

    private ReportPage() {}

    static String html(String summaryJson) throws IOException {
        String page = template();
        String script = echarts()
                .map(js -> "<script>" + js.replace("</script", "<\\/script") + "</script>")
                .orElse("<script>document.addEventListener('DOMContentLoaded',()=>document.getElementById('no-echarts')"
                        + ".hidden=false)</script>");
        return page.replace("/*ECHARTS*/", script).replace("/*SUMMARY*/", summaryJson.replace("</", "<\\/"));
    }

    private static Optional<String> echarts() throws IOException {
        try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(ECHARTS_ON_CLASSPATH)) {
            if (in != null) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (Files.isReadable(ECHARTS_IN_CHECKOUT)) {
            return Optional.of(Files.readString(ECHARTS_IN_CHECKOUT));
        }
        return Optional.empty();
    }

    private static String template() throws IOException {
        try (InputStream in = ReportPage.class.getResourceAsStream("report-template.html")) {
            if (in == null) {
                throw new IOException("report-template.html is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
