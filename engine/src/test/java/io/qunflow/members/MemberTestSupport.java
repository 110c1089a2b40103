package io.qunflow.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Opens a group and posts events to it, for the member feature's API tests. */
final class MemberTestSupport {

    final ApiClient api;
    final String groupId;

    MemberTestSupport(int port, String type) {
        api = ApiClient.withKey(port, "qf_dev_key");
        groupId = "g-" + UUID.randomUUID();
        Reply created = api.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈交流群","intro":"育儿干货","type":"%s"}""".formatted(groupId, type));
        assertThat(created.status()).isEqualTo(201);
    }

    Reply event(String eventId, String type, String memberId, OffsetDateTime at, String payload) {
        Reply reply = api.post("/api/v1/groups/" + groupId + "/events", """
                {"eventId":"%s","type":"%s","memberId":"%s","at":"%s","payload":%s}""".formatted(
                        groupId + "-" + eventId,
                        type,
                        memberId,
                        at.withOffsetSameInstant(ZoneOffset.ofHours(8)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        payload));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    Reply join(String memberId, OffsetDateTime at, String payload) {
        return event("join-" + memberId, "MEMBER_JOINED", memberId, at, payload);
    }

    Reply member(String memberId) {
        Reply reply = api.get("/api/v1/groups/" + groupId + "/members/" + memberId);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    /** One "now" for the whole test class, so the same "days ago" is the same instant every time. */
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    static OffsetDateTime daysAgo(int days) {
        return NOW.minusDays(days);
    }
}
