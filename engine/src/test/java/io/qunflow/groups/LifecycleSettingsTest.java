package io.qunflow.groups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class LifecycleSettingsTest {

    @Configuration
    @EnableConfigurationProperties(LifecycleSettings.class)
    static class Settings {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "qunflow.lifecycle.launch-period=P1D",
                    "qunflow.lifecycle.topic-interval=P1D",
                    "qunflow.lifecycle.warm-up-max-days=14",
                    "qunflow.lifecycle.warm-up-activity-threshold=0.3",
                    "qunflow.lifecycle.promotion-period=P7D",
                    "qunflow.lifecycle.promotion-activity-threshold=0.5");

    @Test
    void theShippedDefaultsStart() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(LifecycleSettings.class).topicInterval()).hasDays(1);
        });
    }

    @Test
    void aZeroTopicIntervalStopsTheServerFromStarting_namingTheSetting() {
        context.withPropertyValues("qunflow.lifecycle.topic-interval=PT0S")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("qunflow.lifecycle.topic-interval must be at least one second"));
    }

    @Test
    void aNegativePromotionPeriodStopsTheServerFromStarting() {
        context.withPropertyValues("qunflow.lifecycle.promotion-period=-PT1H")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("qunflow.lifecycle.promotion-period"));
    }

    @Test
    void aMissingLaunchPeriodStopsTheServerFromStarting() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
                .withUserConfiguration(Settings.class)
                .withPropertyValues("qunflow.lifecycle.topic-interval=P1D", "qunflow.lifecycle.promotion-period=P7D")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("qunflow.lifecycle.launch-period"));
    }

    @Test
    void aThresholdAboveOneIsAllowed_itNeverEndsWarmUpEarly() {
        context.withPropertyValues("qunflow.lifecycle.warm-up-activity-threshold=2.0")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void aNegativeThresholdStopsTheServerFromStarting() {
        context.withPropertyValues("qunflow.lifecycle.promotion-activity-threshold=-0.1")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("promotion-activity-threshold"));
    }
}
