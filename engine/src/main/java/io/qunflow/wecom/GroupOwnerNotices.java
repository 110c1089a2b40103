package io.qunflow.wecom;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Tells a WeCom group's owner, in their WeCom client, about a staff task a workflow opened for the
 * group's owner — the way owner tasks are notified ({@link OwnerNotifier}), with a link to the
 * task list in Qunflow. A group that is not a WeCom customer group has no owner to tell.
 */
@Service
public class GroupOwnerNotices {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final ChatStore chats;
    private final OwnerNotifier notifier;

    GroupOwnerNotices(ChatStore chats, OwnerNotifier notifier) {
        this.chats = chats;
        this.notifier = notifier;
    }

    /**
     * Reminds the group's owner of a task still open. The task's name and the group's name are
     * made inert as members' words are ({@link OwnerNotifier#inert}), and a reminder over the
     * {@value OwnerNotifier#MAX_BYTES} bytes WeCom keeps gives way before the task number does.
     *
     * @return null when WeCom took the message, else why nobody was told
     */
    public String remind(String groupId, String what, OffsetDateTime dueAt, String taskId) {
        // Not Optional.map: sendText answers null when WeCom took the message, which map would
        // have turned into "not a WeCom customer group".
        Optional<ChatStore.Chat> chat = chats.find(groupId);
        if (chat.isEmpty()) {
            return "the group is not a WeCom customer group";
        }
        return notifier.sendText(chat.get().ownerUserId(), reminder(chat.get().name(), what, dueAt, taskId));
    }

    private static String reminder(String groupName, String what, OffsetDateTime dueAt, String taskId) {
        String due = dueAt == null ? "" : "\n截止：" + DUE.format(dueAt.atZoneSameInstant(ZoneId.of("Asia/Shanghai")));
        return OwnerNotifier.fit(
                "【群主任务提醒】" + OwnerNotifier.inert(what) + "\n群：" + OwnerNotifier.inert(groupName),
                due + "\n请在 Qunflow 的任务中完成，任务号 " + taskId);
    }
}
