package io.qunflow.wecom;

import io.qunflow.rules.RuleParameters;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * When to try a callback or an action again: {@code first × 2^(n-1)}, at most {@code max}, less up
 * to a fifth at random so work that failed together does not return together; after
 * {@code wecom.max-attempts} it is a dead letter. The figures are versioned parameters.
 */
@Component
class Backoff {

    private final RuleParameters parameters;

    Backoff(RuleParameters parameters) {
        this.parameters = parameters;
    }

    /** True when the attempt just made was the last one allowed. */
    boolean exhausted(int attempts) {
        return attempts >= (int) parameters.number("wecom.max-attempts");
    }

    Duration after(int attempts) {
        double first = parameters.number("wecom.first-retry-seconds");
        double max = parameters.number("wecom.max-retry-seconds");
        double wait = Math.min(max, first * Math.pow(2, Math.max(0, attempts - 1)));
        wait -= wait * 0.2 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(wait * 1000)));
    }
}
