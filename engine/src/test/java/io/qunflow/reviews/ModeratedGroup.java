package io.qunflow.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A group of its own for a review test: members join, say things, and moderation judges them. */
public final class ModeratedGroup {

    /** Days before today: strikes count in the window that ends now. */
    public static final OffsetDateTime JOINED = OffsetDateTime.now(ZoneOffset.ofHours(8))
            .truncatedTo(ChronoUnit.DAYS)
            .minusDays(10)
            .withHour(9);

    public final String id;
    private final ApiClient connector;
    private final AtomicInteger sequence = new AtomicInteger();

    public ModeratedGroup(int port) {
        connector = ApiClient.withKey(port, "qf_dev_key");
        id = "g-" + UUID.randomUUID();
        assertThat(connector.post("/api/v1/groups", """
                                {"id":"%s","name":"复核测试群","intro":"审核闭环","type":"CONTENT"}""".formatted(id)).status()).isEqualTo(201);
    }

    public String join(String memberId) {
        event("MEMBER_JOINED", memberId, JOINED, "{\"nickname\":\"n\",\"role\":\"MEMBER\"}");
        return memberId;
    }

    /** Posts a message; answers the event's id. */
    public String say(String memberId, OffsetDateTime at, String text) {
        return event("MESSAGE_POSTED", memberId, at, "{\"text\":\"%s\"}".formatted(text))
                .get("eventId")
                .asText();
    }

    private JsonNode event(String type, String memberId, OffsetDateTime at, String payload) {
        String eventId = id + "-" + sequence.incrementAndGet();
        Reply reply =
                connector.post("/api/v1/groups/" + id + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(eventId, type, memberId, at, payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }
}
