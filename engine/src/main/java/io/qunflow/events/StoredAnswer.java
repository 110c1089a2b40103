package io.qunflow.events;

import io.qunflow.common.ConflictException;
import io.qunflow.common.Words;

/**
 * The answer stored for an event id, and the group the event was applied in. Event ids are the
 * idempotency key across all groups, so the same id sent for another group is not the same event
 * and must not get this one's answer back: that would hand one group's decisions (members,
 * texts, amounts) to a caller of another and leave its own event unapplied.
 */
record StoredAnswer(String groupId, EventAnswer answer) {

    /**
     * The stored answer, marked a duplicate, for the same event sent again.
     *
     * @throws ConflictException when the event names another group than the one its id was used in
     */
    EventAnswer duplicateOf(GroupEvent event) {
        if (!groupId.equals(event.groupId())) {
            Words refusal = usedInAnotherGroup(event.eventId());
            throw new ConflictException(refusal.en(), refusal.zh());
        }
        return answer.asDuplicate();
    }

    static Words usedInAnotherGroup(String eventId) {
        return new Words(
                "The eventId '" + eventId + "' was already used for an event of another group; event ids are unique"
                        + " across all groups",
                "事件编号 " + eventId + " 已用于另一个社群的事件；事件编号在所有社群中不能重复");
    }
}
