package io.qunflow.metrics;

import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Per post and per group metrics, computed from stored state by the events' own times: the same
 * events give the same figures whatever order they arrived in. Windows are whole days ending
 * today in the group's time zone.
 */
@Service
public class MetricsService {

    private final GroupService groups;
    private final PostFigures posts;
    private final GroupFigures figures;
    private final Clock clock;

    MetricsService(GroupService groups, PostFigures posts, GroupFigures figures, Clock clock) {
        this.groups = groups;
        this.posts = posts;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * Reach, clicks and attributed orders of the posts sent in the last {@code days} days, newest
     * first. An order counts for the post its member last clicked, when that click was at most
     * {@code attribution} before the order (last click wins).
     *
     * @throws io.qunflow.common.NotFoundException when there is no such group
     */
    public List<PostMetrics> posts(String groupId, int days, Duration attribution) {
        Group group = groups.get(groupId);
        return posts.posts(groupId, Window.lastDays(group, days, clock), attribution);
    }

    /**
     * The group's daily series and its source, process and result figures over the last {@code
     * days} days.
     *
     * @throws io.qunflow.common.NotFoundException when there is no such group
     */
    public GroupMetrics group(String groupId, int days) {
        Group group = groups.get(groupId);
        return figures.group(group, Window.lastDays(group, days, clock));
    }
}
