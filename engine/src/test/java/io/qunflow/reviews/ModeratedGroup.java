package io.qunflow.reviews;

import io.qunflow.TestGroup;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A group of its own for a review test: members join, say things, and moderation judges them. */
public final class ModeratedGroup {

    /** Days before today: strikes count in the window that ends now. */
    public static final OffsetDateTime JOINED = OffsetDateTime.now(ZoneOffset.ofHours(8))
            .truncatedTo(ChronoUnit.DAYS)
            .minusDays(10)
            .withHour(9);

    public final String id;
    private final TestGroup group;

    public ModeratedGroup(int port) {
        this(port, "复核测试群");
    }

    public ModeratedGroup(int port, String name) {
        group = TestGroup.of(port).name(name).intro("审核闭环").open();
        id = group.id;
    }

    public String join(String memberId) {
        return join(memberId, "n");
    }

    public String join(String memberId, String nickname) {
        group.newMember(memberId).nickname(nickname).role("MEMBER").joins(JOINED);
        return memberId;
    }

    public void leave(String memberId, OffsetDateTime at) {
        group.event("MEMBER_LEFT", memberId, at, "{}");
    }

    /** Posts a message; answers the event's id. */
    public String say(String memberId, OffsetDateTime at, String text) {
        return group.say(memberId, at, text).body().get("eventId").asText();
    }
}
