package io.qunflow.metrics;

import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.WholeNumber;
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
    @RequestSubject(value = "The metrics request", zh = "指标查询")
    GroupMetrics group(
            @PathVariable String groupId,
            @RequestParam(defaultValue = "30") @WholeNumber(min = 1, max = 366) String days) {
        return metrics.group(groupId, Integer.parseInt(days.strip()));
    }

    @GetMapping("/api/v1/groups/{groupId}/sop/posts/metrics")
    @RequestSubject(value = "The metrics request", zh = "指标查询")
    List<PostMetrics> posts(
            @PathVariable String groupId,
            @RequestParam(defaultValue = "30") @WholeNumber(min = 1, max = 366) String days,
            @RequestParam(defaultValue = "24") @WholeNumber(min = 1, max = 720) String attributionHours) {
        return metrics.posts(
                groupId, Integer.parseInt(days.strip()), Duration.ofHours(Integer.parseInt(attributionHours.strip())));
    }
}
