package io.qunflow.groups;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The defaults every new group's lifecycle starts with. They become process variables of the
 * group's workflow, so a designer can also override them per process in the modeler.
 *
 * @param launchPeriod how long a group stays in launch before warm-up begins
 * @param topicInterval how often warm-up posts a discussion topic or check-in reminder
 * @param warmUpMaxDays warm-up ends after this many days even if the activity threshold is not met
 * @param warmUpActivityThreshold share of members active in 7 days that ends warm-up early
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
        double promotionActivityThreshold) {}
