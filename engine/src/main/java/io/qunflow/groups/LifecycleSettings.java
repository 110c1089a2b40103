package io.qunflow.groups;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The defaults every new group's lifecycle starts with. They become process variables of the
 * group's workflow, so a designer can also override them per process in the modeler.
 *
 * <p>The periods are checked when the server starts: the shipped lifecycle loops (warm-up topics
 * every {@code topicInterval}, pruning back into promotion), so a zero or negative period would
 * have every group's process spin through its loop as fast as the job executor runs.
 *
 * @param launchPeriod how long a group stays in launch before warm-up begins
 * @param topicInterval how often warm-up posts a discussion topic or check-in reminder
 * @param warmUpMaxDays warm-up ends after this many days even if the activity threshold is not met
 * @param warmUpActivityThreshold share of members active in 7 days that ends warm-up early (above
 *     1 never ends it early)
 * @param promotionPeriod how long a promotion campaign runs before pruning
 * @param promotionActivityThreshold after pruning, a group this active goes straight back to promotion
 */
@ConfigurationProperties("qunflow.lifecycle")
public record LifecycleSettings(
        Duration launchPeriod,
        Duration topicInterval,
        int warmUpMaxDays,
        double warmUpActivityThreshold,
        Duration promotionPeriod,
        double promotionActivityThreshold) {

    private static final Duration SHORTEST_PERIOD = Duration.ofSeconds(1);

    public LifecycleSettings {
        requireAtLeastASecond("launch-period", launchPeriod);
        requireAtLeastASecond("topic-interval", topicInterval);
        requireAtLeastASecond("promotion-period", promotionPeriod);
        if (warmUpMaxDays < 1) {
            throw new IllegalArgumentException(
                    "qunflow.lifecycle.warm-up-max-days must be at least 1, was " + warmUpMaxDays);
        }
        requireShare("warm-up-activity-threshold", warmUpActivityThreshold);
        requireShare("promotion-activity-threshold", promotionActivityThreshold);
    }

    private static void requireAtLeastASecond(String name, Duration period) {
        if (period == null || period.compareTo(SHORTEST_PERIOD) < 0) {
            throw new IllegalArgumentException("qunflow.lifecycle." + name
                    + " must be at least one second (PT1S), was " + period
                    + ": the lifecycle loops on it, and a shorter period would spin every group's process");
        }
    }

    private static void requireShare(String name, double share) {
        if (!Double.isFinite(share) || share < 0) {
            throw new IllegalArgumentException(
                    "qunflow.lifecycle." + name + " must be a share of members (0 or more), was " + share);
        }
    }
}
