package io.qunflow.ops;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Where start-up time went, logged once the application is ready when {@code io.qunflow.startup}
 * logs at DEBUG: time to ready, and the slowest steps Spring recorded (bean creations include the
 * beans they create; the rule sets compile beside them on a thread of their own, see the rules log).
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger("io.qunflow.startup");
    private static final int SLOWEST = 15;

    @EventListener
    void report(ApplicationReadyEvent ready) {
        if (!log.isDebugEnabled()) {
            return;
        }
        long jvmUp = ManagementFactory.getRuntimeMXBean().getUptime();
        StringBuilder report = new StringBuilder()
                .append("Start-up: ready ")
                .append(ready.getTimeTaken().toMillis())
                .append(" ms after the application started, ")
                .append(jvmUp)
                .append(" ms after the JVM did");
        if (ready.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup buffering) {
            StartupTimeline timeline = buffering.getBufferedTimeline();
            report.append("; slowest steps:");
            timeline.getEvents().stream()
                    .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                            .reversed())
                    .limit(SLOWEST)
                    .forEach(event -> report.append("\n  ")
                            .append(String.format(
                                    "%6d ms  ", event.getDuration().toMillis()))
                            .append(describe(event.getStartupStep())));
        }
        log.debug(report.toString());
    }

    private static String describe(StartupStep step) {
        String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return step.getName() + (tags.isEmpty() ? "" : " (" + tags + ")");
    }
}
