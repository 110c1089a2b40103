package io.qunflow.events;

import io.qunflow.common.ConflictException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import org.springframework.stereotype.Component;

/**
 * Admit: the event's group must exist and still take events. The group's row is locked until the
 * event's transaction ends, before anything else is read or written: every writer of a group's
 * members (events, pruning runs, keeps, layer locks, staff tasks) takes the group's row first and
 * its members' rows after, so no two of them can each hold a row the other waits for (a deadlock).
 * Events of one group therefore take turns, as their joins, first messages and red envelopes
 * already did on the member count and the budget.
 *
 * @throws io.qunflow.common.NotFoundException when the group does not exist
 * @throws ConflictException when the group is archived
 */
@Component
class AdmitStage implements EventStage {

    private final GroupService groups;

    AdmitStage(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public void apply(EventInProgress e) {
        e.admittedTo(locked(e.event().groupId()));
    }

    /** The group, when it exists and takes events, read without waiting (a batch's admission). */
    Group admitted(String groupId) {
        return takingEvents(groups.get(groupId));
    }

    /** The group, when it exists and takes events, its row locked until the transaction ends. */
    Group locked(String groupId) {
        return takingEvents(groups.lock(groupId));
    }

    private static Group takingEvents(Group group) {
        if (group.archived()) {
            throw new ConflictException(
                    "Group '" + group.id() + "' is archived and takes no more events",
                    "社群 " + group.id() + " 已归档，不再接收事件");
        }
        return group;
    }
}
