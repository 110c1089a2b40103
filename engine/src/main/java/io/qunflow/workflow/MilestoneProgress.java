package io.qunflow.workflow;

import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** Whether a group has reached a {@link Milestone}, from the stored state of its members and events. */
@Component
class MilestoneProgress {

    /** The window an activity rate is measured over, as the lifecycle's gateways measure it. */
    static final Duration ACTIVITY_WINDOW = Duration.ofDays(7);

    private final GroupService groups;
    private final MemberService members;
    private final EventService events;

    MilestoneProgress(GroupService groups, MemberService members, EventService events) {
        this.groups = groups;
        this.members = members;
        this.events = events;
    }

    /** @param since when the step began waiting: GMV and events count from then on */
    boolean reached(String groupId, Milestone milestone, OffsetDateTime since) {
        return switch (milestone.kind()) {
            case MEMBER_COUNT ->
                groups.find(groupId)
                        .map(g -> g.memberCount() >= milestone.memberCount())
                        .orElse(false);
            case ACTIVITY_RATE -> members.activityRate(groupId, ACTIVITY_WINDOW) >= milestone.activityRate();
            case GMV ->
                events.receivedSince(groupId, EventType.ORDER_PAID, since).stream()
                                .mapToLong(order ->
                                        order.payload().path("amountCents").asLong(0))
                                .sum()
                        >= milestone.gmvCents();
            case EVENT ->
                !events.receivedSince(groupId, milestone.eventType(), since).isEmpty();
        };
    }
}
