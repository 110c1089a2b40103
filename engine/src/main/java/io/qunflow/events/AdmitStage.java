package io.qunflow.events;

import io.qunflow.common.ConflictException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import org.springframework.stereotype.Component;

/**
 * Admit: the event's group must exist and still take events.
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
        e.admittedTo(admitted(e.event().groupId()));
    }

    /** The group, when it exists and takes events. */
    Group admitted(String groupId) {
        Group group = groups.get(groupId);
        if (group.archived()) {
            throw new ConflictException(
                    "Group '" + group.id() + "' is archived and takes no more events",
                    "社群 " + group.id() + " 已归档，不再接收事件");
        }
        return group;
    }
}
