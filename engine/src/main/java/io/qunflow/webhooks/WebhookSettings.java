package io.qunflow.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the dispatcher runs; how often a delivery is retried and how long it waits are versioned
 * parameters ({@code webhooks.*}), changed at run time like the rules' thresholds.
 *
 * @param pollInterval how often each node looks for new actions and due deliveries
 *     ({@code qunflow.webhooks.poll-interval}, read by the scheduler)
 * @param lease how long a claimed delivery stays with the node that claimed it; a node that dies
 *     mid-send gives it up when this runs out
 * @param timeout how long one attempt may take, connecting included
 * @param settle how far back behind the newest action the fan-out keeps looking, for actions whose
 *     transaction committed after later ones
 * @param batchSize deliveries claimed per poll
 * @param allowedTargets internal targets an admin allows for on-premises receivers: host names,
 *     addresses or CIDR ranges ({@code qunflow.webhooks.allowed-targets}); empty by default, so
 *     webhooks reach public addresses only
 * @param maxPerKey how many webhooks one API key may keep at once ({@code
 *     qunflow.webhooks.max-per-key}, 10 unless set): every poll fans each webhook out on its own, so
 *     a key registering without limit would slow every other key's deliveries
 */
@ConfigurationProperties("qunflow.webhooks")
record WebhookSettings(
        Duration pollInterval,
        Duration lease,
        Duration timeout,
        Duration settle,
        int batchSize,
        List<String> allowedTargets,
        int maxPerKey) {

    WebhookSettings {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofSeconds(60) : lease;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        settle = settle == null ? Duration.ofSeconds(30) : settle;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        maxPerKey = maxPerKey <= 0 ? 10 : maxPerKey;
        allowedTargets = allowedTargets == null
                ? List.of()
                : allowedTargets.stream()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }
}
