package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import org.springframework.stereotype.Component;

/**
 * Membership: a join or a leave is recorded; any other event is from a member, read once here as
 * stored before the event (and recorded as a plain member when the group never saw them join).
 */
@Component
class MembershipStage implements EventStage {

    private final MemberService members;

    MembershipStage(MemberService members) {
        this.members = members;
    }

    @Override
    public void apply(EventInProgress e) {
        GroupEvent event = e.event();
        String groupId = e.group().id();
        switch (event.type()) {
            case MEMBER_JOINED -> {
                JsonNode payload = event.payload();
                e.joined(members.join(
                        groupId,
                        event.memberId(),
                        MemberRole.valueOf(payload.path("role").asText("MEMBER")),
                        e.payloadText("nickname"),
                        e.payloadText("birthday"),
                        e.payloadText("channel"),
                        event.at()));
            }
            case MEMBER_LEFT -> members.leave(groupId, event.memberId(), event.at());
            default -> e.from(members.speaker(groupId, event.memberId(), event.at()));
        }
    }
}
