package io.qunflow.cluster;

import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A connector posting a stream of events the way a careful one does: each event has its own id,
 * and an event whose answer never came (the node died, the connection broke, a 5xx) is sent again
 * with the same id, to whichever node is up. It remembers what the nodes answered.
 */
final class EventStream {

    /** An event as posted: its group, its id, and its JSON. */
    record Event(String groupId, String eventId, String json) {}

    /** What the client finally got for an event: the answer and whether it was a repeat. */
    record Accepted(String eventId, boolean duplicate, List<String> actionIds) {}

    static final String[] TEXTS = {
        "今天的团购什么时候开始？", "收到了，质量很好👍", "加我微信领红包", "谢谢群主🌸", "有没有人一起拼单", "链接在哪里呀", "加V领券", "好评！\u200b"
    };

    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Set<String> retried = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    /** The events of one group: joins, messages (some offensive), check-ins, orders. */
    static List<Event> events(String groupId, String prefix, int count, int members) {
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String memberId = "m" + (i % members);
            String eventId = prefix + "-" + i;
            String json;
            if (i < members) {
                json = event(eventId, "MEMBER_JOINED", memberId, "{\"nickname\":\"会员" + i + "\"}");
            } else if (i % 7 == 0) {
                json = event(eventId, "CHECKED_IN", memberId, "{}");
            } else if (i % 11 == 0) {
                json = event(
                        eventId,
                        "ORDER_PAID",
                        memberId,
                        "{\"amountCents\":" + (1000 + i) + ",\"orderId\":\"o-" + eventId + "\"}");
            } else {
                json = event(eventId, "MESSAGE_POSTED", memberId, "{\"text\":\"" + TEXTS[i % TEXTS.length] + "\"}");
            }
            events.add(new Event(groupId, eventId, json));
        }
        return events;
    }

    private static String event(String eventId, String type, String memberId, String payload) {
        return """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(eventId, type, memberId, OffsetDateTime.now(ZoneOffset.ofHours(8)), payload);
    }

    /**
     * Posts the event until some node answers it with a 200, asking {@code nodes} for the node to
     * try each time (it changes as nodes die and come back).
     */
    void send(Event event, Supplier<ApiClient> nodes) {
        AtomicInteger tries = new AtomicInteger();
        await().atMost(Duration.ofMinutes(5))
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (tries.incrementAndGet() > 1) {
                        retried.add(event.eventId());
                    }
                    return answered(event, nodes.get());
                });
    }

    private boolean answered(Event event, ApiClient node) {
        Reply reply;
        try {
            reply = node.post("/api/v1/groups/" + event.groupId() + "/events", event.json());
        } catch (IllegalStateException unreachable) {
            failedAttempts.incrementAndGet();
            return false;
        }
        if (reply.status() == 200) {
            List<String> actionIds = new ArrayList<>();
            reply.body().get("actions").forEach(a -> actionIds.add(a.get("id").asText()));
            accepted.put(
                    event.eventId(),
                    new Accepted(event.eventId(), reply.body().get("duplicate").asBoolean(), actionIds));
            return true;
        }
        if (reply.status() < 500) {
            throw new IllegalStateException(
                    "Event " + event.eventId() + " refused: " + reply.status() + " " + reply.raw());
        }
        failedAttempts.incrementAndGet();
        return false;
    }

    Map<String, Accepted> accepted() {
        return accepted;
    }

    /** Events the client had to send more than once. */
    int retried() {
        return retried.size();
    }

    /** Answers that said the event had been applied already: the first try got through unanswered. */
    long duplicateAnswers() {
        return accepted.values().stream().filter(Accepted::duplicate).count();
    }

    int failedAttempts() {
        return failedAttempts.get();
    }
}
