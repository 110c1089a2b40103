package io.qunflow.wecom;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * Something a group owner has to do by hand in WeCom, because WeCom has no API for it: delete a
 * message, remove a customer from the group, pay a red envelope, or mute a member.
 *
 * @param groupName the group's name now, for people; null when Qunflow has no name for it (a client shows the id)
 * @param memberNickname the member's nickname in the group, kept after they leave; null when there is no member or no nickname
 * @param ownerName the owner's name in WeCom ({@link StaffNames}); null when Qunflow has none (a client shows the userid)
 * @param actionType the outbox action the task carries out: DELETE_MESSAGE, REMOVE_MEMBER, SEND_RED_ENVELOPE or MUTE_MEMBER
 * @param rule the rule that decided it, when an event's rules did
 * @param messageText the member's message the decision was about, when there was one
 * @param notifyError why the last notice about the task reached nobody (WeCom's errcode's advice), or null
 * @param notifyErrorZh the same in Chinese; null for tasks notified before Qunflow kept it
 * @param status OPEN until the owner (or whoever acts for them) did it (DONE) or decided against it (DISMISSED)
 */
public record OwnerTask(
        String id,
        String actionId,
        String actionType,
        String groupId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String groupName,
        String memberId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String memberNickname,
        String ownerUserId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String ownerName,
        String rule,
        String reason,
        String messageText,
        String actionText,
        Long amountCents,
        String status,
        OffsetDateTime dueAt,
        OffsetDateTime notifiedAt,
        String notifyError,
        String notifyErrorZh,
        OffsetDateTime remindedAt,
        OffsetDateTime escalatedAt,
        String outcomeNote,
        String closedBy,
        OffsetDateTime closedAt,
        OffsetDateTime createdAt) {

    public static final String OPEN = "OPEN";

    /** The same task, due at that time. */
    OwnerTask withDueAt(OffsetDateTime dueAt) {
        return new OwnerTask(
                id(),
                actionId(),
                actionType(),
                groupId(),
                groupName(),
                memberId(),
                memberNickname(),
                ownerUserId(),
                ownerName(),
                rule(),
                reason(),
                messageText(),
                actionText(),
                amountCents(),
                status(),
                dueAt,
                notifiedAt(),
                notifyError(),
                notifyErrorZh(),
                remindedAt(),
                escalatedAt(),
                outcomeNote(),
                closedBy(),
                closedAt(),
                createdAt());
    }

    /** The same task with the names people know its group, member and owner by. */
    OwnerTask named(String groupName, String memberNickname, String ownerName) {
        return new OwnerTask(
                id,
                actionId,
                actionType,
                groupId,
                groupName,
                memberId,
                memberNickname,
                ownerUserId,
                ownerName,
                rule,
                reason,
                messageText,
                actionText,
                amountCents,
                status,
                dueAt,
                notifiedAt,
                notifyError,
                notifyErrorZh,
                remindedAt,
                escalatedAt,
                outcomeNote,
                closedBy,
                closedAt,
                createdAt);
    }

    /** How an owner task ended. */
    public enum Outcome {
        DONE,
        DISMISSED
    }

    public boolean open() {
        return OPEN.equals(status);
    }
}
