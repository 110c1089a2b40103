package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.members.ActivityCounts;
import io.qunflow.members.MemberService;
import org.springframework.stereotype.Component;

/**
 * Activity and layering: what the event counts towards the activity (by its own time) of the
 * members it concerns, the actor and the member a reaction was given to, who are layered again at
 * once; a layer change is judged as a TAG_MEMBER decision. One stage, not two, because the
 * member's row is written once for both (the hot path's largest saving).
 */
@Component
class ActivityStage implements EventStage {

    private final MemberService members;

    ActivityStage(MemberService members) {
        this.members = members;
    }

    @Override
    public void apply(EventInProgress e) {
        if (e.type() == EventType.MEMBER_LEFT) {
            return;
        }
        GroupEvent event = e.event();
        e.judged(members.recordActivity(e.group(), e.actor(), event.at(), counts(e)));
        String target = e.payloadText("targetMemberId");
        if (e.type() == EventType.REACTION_GIVEN && target != null && !target.equals(event.memberId())) {
            e.judged(members.recordActivity(e.group(), target, event.at(), ActivityCounts.reactionReceived()));
        }
    }

    /** What the event counts towards its member's day; null for a join, which is no activity. */
    static ActivityCounts counts(EventInProgress e) {
        JsonNode payload = e.event().payload();
        return switch (e.type()) {
            case MEMBER_JOINED, MEMBER_LEFT -> null;
            case MESSAGE_POSTED ->
                ActivityCounts.message(
                        payload.path("text").asText(""),
                        payload.path("link").asBoolean(false)
                                || payload.path("miniProgram").asBoolean(false));
            case CHECKED_IN -> e.checkIn().counted() ? ActivityCounts.checkIn() : ActivityCounts.NONE;
            case REACTION_GIVEN -> ActivityCounts.reactionGiven();
            case ORDER_PAID -> ActivityCounts.order(payload.path("amountCents").asLong(0));
            case LINK_CLICKED -> ActivityCounts.linkClick();
        };
    }
}
