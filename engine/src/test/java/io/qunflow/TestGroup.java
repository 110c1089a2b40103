package io.qunflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.ApiClient.Reply;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A group of a test's own, opened over the API as a connector would open it, and what happens in
 * it: members join, say things, and any other event arrives. Every request is built here, so a
 * test says only what matters to it; every event must be accepted.
 *
 * <pre>{@code
 * TestGroup group = TestGroup.of(port).type("TRAFFIC").open();
 * group.newMember("owner").role("OWNER").joins(TestGroup.daysAgo(40));
 * group.say("owner", TestGroup.daysAgo(1), "早上好");
 * }</pre>
 */
public final class TestGroup {

    /** Events are posted in Beijing time, as the connectors post them. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /**
     * The suite's "now": one instant, so the same "days ago" is the same instant in every test, but
     * moved on when the date changes in Beijing, as the server's "today" does. Fixed once per JVM,
     * a suite that ran across midnight in Beijing (16:00 UTC) saw members silent for a day longer
     * than they were written to be (PruningApiTest, 2026-12-04).
     */
    private static OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    private static final ObjectMapper JSON = new ObjectMapper();

    public final String id;
    private final ApiClient connector;
    private final AtomicInteger sequence = new AtomicInteger();

    private TestGroup(String id, ApiClient connector) {
        this.id = id;
        this.connector = connector;
    }

    /** A group to open on the server at that port, as the development connector key. */
    public static Builder of(int port) {
        return new Builder(ApiClient.withKey(port, "qf_dev_key"));
    }

    public static OffsetDateTime daysAgo(int days) {
        return now().minusDays(days);
    }

    private static synchronized OffsetDateTime now() {
        OffsetDateTime current = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        if (!now.atZoneSameInstant(BEIJING)
                .toLocalDate()
                .equals(current.atZoneSameInstant(BEIJING).toLocalDate())) {
            now = current;
        }
        return now;
    }

    /** The connector the group was opened with, for the calls a test makes itself. */
    public ApiClient api() {
        return connector;
    }

    /** Posts an event under the group's next event id; it must be accepted. */
    public Reply event(String type, String memberId, OffsetDateTime at, String payload) {
        return event(String.valueOf(sequence.incrementAndGet()), type, memberId, at, payload);
    }

    /** Posts an event under an id of the test's choosing (kept apart from other groups'), to send it again later. */
    public Reply event(String eventId, String type, String memberId, OffsetDateTime at, String payload) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("eventId", id + "-" + eventId);
        event.put("type", type);
        event.put("memberId", memberId);
        event.put("at", at.withOffsetSameInstant(BEIJING).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        event.set("payload", json(payload));
        Reply reply = connector.post("/api/v1/groups/" + id + "/events", event.toString());
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    /** A message: {@code text} exactly as given, whatever characters it holds. */
    public Reply say(String memberId, OffsetDateTime at, String text) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("text", text);
        return event("MESSAGE_POSTED", memberId, at, payload.toString());
    }

    /** A member about to join: a plain member without a nickname unless said otherwise. */
    public Joining newMember(String memberId) {
        return new Joining(memberId);
    }

    /** The member as the members API answers. */
    public Reply member(String memberId) {
        Reply reply = connector.get("/api/v1/groups/" + id + "/members/" + memberId);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply;
    }

    private static JsonNode json(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A test event's payload is not JSON: " + payload, e);
        }
    }

    /** What a member's MEMBER_JOINED event says of them. */
    public final class Joining {

        private final String memberId;
        private final ObjectNode payload = JsonNodeFactory.instance.objectNode();

        private Joining(String memberId) {
            this.memberId = memberId;
        }

        public Joining nickname(String nickname) {
            payload.put("nickname", nickname);
            return this;
        }

        public Joining role(String role) {
            payload.put("role", role);
            return this;
        }

        /** The member joins at that time; answers the event's reply. */
        public Reply joins(OffsetDateTime at) {
            return event("MEMBER_JOINED", memberId, at, payload.toString());
        }
    }

    /** What the group is: a content group of mothers by default, under a fresh id. */
    public static final class Builder {

        private final ApiClient connector;
        private String idPrefix = "g";
        private String name = "宝妈育儿群";
        private String intro = "育儿经验交流";
        private String type = "CONTENT";
        private Integer capacity;

        private Builder(ApiClient connector) {
            this.connector = connector;
        }

        /** The start of the group's id, to tell a test's groups apart in the database. */
        public Builder idStartingWith(String prefix) {
            this.idPrefix = prefix;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder intro(String intro) {
            this.intro = intro;
            return this;
        }

        /** CONTENT, TRAFFIC, FLASH… as the group API takes them. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** How many members the group holds at most; the group API's default when not said. */
        public Builder capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        /** Creates the group over the API; it must be created. */
        public TestGroup open() {
            String id = idPrefix + "-" + UUID.randomUUID();
            ObjectNode group = JsonNodeFactory.instance
                    .objectNode()
                    .put("id", id)
                    .put("name", name)
                    .put("intro", intro)
                    .put("type", type);
            if (capacity != null) {
                group.put("capacity", capacity);
            }
            Reply created = connector.post("/api/v1/groups", group.toString());
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            return new TestGroup(id, connector);
        }
    }
}
