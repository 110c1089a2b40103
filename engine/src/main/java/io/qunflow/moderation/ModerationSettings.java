package io.qunflow.moderation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param strikeWindow how long an offence counts against a member; older ones are forgiven
 */
@ConfigurationProperties("qunflow.moderation")
record ModerationSettings(Duration strikeWindow) {

    ModerationSettings {
        if (strikeWindow == null) {
            strikeWindow = Duration.ofDays(30);
        }
    }
}
