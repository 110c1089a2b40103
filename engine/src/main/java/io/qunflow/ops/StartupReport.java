package io.qunflow.ops;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * logs at DEBUG: time to ready, and the steps Spring recorded that took longest by themselves (the
 * rule sets load beside them on a thread of their own, see the rules log).
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
            List<StartupTimeline.TimelineEvent> events =
                    buffering.getBufferedTimeline().getEvents();
            // A bean's creation includes the beans it needs; what a step took itself is what
            // says where to look.
            Map<Long, Long> childrenMillis = new HashMap<>();
            for (StartupTimeline.TimelineEvent event : events) {
                Long parent = event.getStartupStep().getParentId();
                if (parent != null) {
                    childrenMillis.merge(parent, event.getDuration().toMillis(), Long::sum);
                }
            }
            report.append("; steps that took longest themselves (without the steps inside them):");
            events.stream()
                    .map(event -> new Step(
                            describe(event.getStartupStep()),
                            event.getDuration().toMillis()
                                    - childrenMillis.getOrDefault(
                                            event.getStartupStep().getId(), 0L)))
                    .sorted(Comparator.comparingLong(Step::selfMillis).reversed())
                    .limit(SLOWEST)
                    .forEach(step -> report.append("\n  ")
                            .append(String.format("%6d ms  ", step.selfMillis()))
                            .append(step.description()));
        }
        log.debug(report.toString());
    }

    private record Step(String description, long selfMillis) {}

    private static String describe(StartupStep step) {
        String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return step.getName() + (tags.isEmpty() ? "" : " (" + tags + ")");
    }
}
