package io.qunflow.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.sop.SopPost;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Per post reach, clicks and attributed orders (到达/点击/付费), from the posts sent and the events since. */
@Component
class PostFigures {

    private final SopCalendarService sop;
    private final EventService events;

    PostFigures(SopCalendarService sop, EventService events) {
        this.sop = sop;
        this.events = events;
    }

    /**
     * Reach, clicks and attributed orders of the posts sent in the window, newest first. An order
     * counts for the post its member last clicked, when that click was at most {@code attribution}
     * before the order (last click wins).
     */
    List<PostMetrics> posts(String groupId, Window window, Duration attribution) {
        List<SopPost> posts = sop.postsSentBetween(groupId, window.start(), window.end());
        if (posts.isEmpty()) {
            return List.of();
        }
        OffsetDateTime first = posts.get(posts.size() - 1).dueAt();
        Map<String, Tally> byPost = new HashMap<>();
        posts.forEach(p -> byPost.put(p.id(), new Tally()));
        Map<String, List<Click>> clicksByMember = new HashMap<>();
        for (GroupEvent click : events.ofType(groupId, EventType.LINK_CLICKED, first, window.end())) {
            String postId = text(click.payload(), "postId");
            Tally tally = postId == null ? null : byPost.get(postId);
            if (tally != null) {
                tally.clicks++;
                tally.clickers.add(click.memberId());
                clicksByMember
                        .computeIfAbsent(click.memberId(), m -> new ArrayList<>())
                        .add(new Click(postId, click.at()));
            }
        }
        for (GroupEvent order : events.ofType(groupId, EventType.ORDER_PAID, first, window.end())) {
            List<Click> clicks = clicksByMember.getOrDefault(order.memberId(), List.of());
            for (int i = clicks.size() - 1; i >= 0; i--) {
                Click click = clicks.get(i);
                if (click.at().isAfter(order.at())) {
                    continue;
                }
                if (!click.at().plus(attribution).isBefore(order.at())) {
                    Tally tally = byPost.get(click.postId());
                    tally.orders++;
                    tally.gmvCents += order.payload().path("amountCents").asLong(0);
                }
                break;
            }
        }
        return posts.stream()
                .map(p -> {
                    Tally t = byPost.get(p.id());
                    return new PostMetrics(
                            p.id(),
                            p.entryId(),
                            p.dueAt(),
                            p.purpose().name(),
                            p.text(),
                            p.reach(),
                            t.clicks,
                            t.clickers.size(),
                            t.orders,
                            t.gmvCents);
                })
                .toList();
    }

    private record Click(String postId, OffsetDateTime at) {}

    private static final class Tally {
        int clicks;
        final Set<String> clickers = new HashSet<>();
        int orders;
        long gmvCents;
    }

    private static String text(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
