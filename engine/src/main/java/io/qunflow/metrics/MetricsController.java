package io.qunflow.metrics;

import io.qunflow.common.RequestChecks;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Metrics for dashboards: a group's daily series and three levels, and its posts' reach, clicks and pay. */
@RestController
class MetricsController {

    private final MetricsService metrics;

    MetricsController(MetricsService metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/groups/{groupId}/metrics")
    GroupMetrics group(@PathVariable String groupId, @RequestParam(defaultValue = "30") String days) {
        RequestChecks checks = new RequestChecks();
        int n = whole(checks, "days", days, 1, 366);
        checks.throwIfAny("The metrics request");
        return metrics.group(groupId, n);
    }

    @GetMapping("/api/v1/groups/{groupId}/sop/posts/metrics")
    List<PostMetrics> posts(
            @PathVariable String groupId,
            @RequestParam(defaultValue = "30") String days,
            @RequestParam(defaultValue = "24") String attributionHours) {
        RequestChecks checks = new RequestChecks();
        int n = whole(checks, "days", days, 1, 366);
        int hours = whole(checks, "attributionHours", attributionHours, 1, 720);
        checks.throwIfAny("The metrics request");
        return metrics.posts(groupId, n, Duration.ofHours(hours));
    }

    private static int whole(RequestChecks checks, String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        checks.add(field, "must be a whole number from " + min + " to " + max);
        return min;
    }
}
