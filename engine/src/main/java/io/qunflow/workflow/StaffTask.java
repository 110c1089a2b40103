package io.qunflow.workflow;

import java.time.OffsetDateTime;

/**
 * A staff task (员工任务) as staff see it: a user task a workflow step opened for a group, waiting
 * for its assignee to do it and say so.
 *
 * @param groupName the group's name, for people to recognise it by; null for a workflow without a
 *     group
 * @param assignee a Qunflow username, or {@value #GROUP_OWNER} for the group's owner (the operators
 *     run the group; a WeCom group's owner is also told in WeCom)
 * @param dueAt when it should be done, or null
 * @param remindAt when the assignee is reminded if the task is still open, or null for no reminder
 * @param remindedAt when the assignee was reminded, or null
 * @param workflowKey the workflow and step that opened it, and the running instance of it
 */
record StaffTask(
        String id,
        String groupId,
        String groupName,
        String name,
        String instructions,
        String assignee,
        OffsetDateTime createdAt,
        OffsetDateTime dueAt,
        OffsetDateTime remindAt,
        OffsetDateTime remindedAt,
        String workflowKey,
        String activityId,
        String processInstanceId) {

    /** The assignee that stands for the group's owner. */
    static final String GROUP_OWNER = "GROUP_OWNER";

    boolean forGroupOwner() {
        return GROUP_OWNER.equals(assignee);
    }

    boolean reminderDue(OffsetDateTime now) {
        return remindAt != null && remindedAt == null && !remindAt.isAfter(now);
    }
}
