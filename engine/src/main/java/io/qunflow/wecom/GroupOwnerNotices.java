package io.qunflow.wecom;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
     * Reminds the group's owner of a task still open.
     *
     * @return null when WeCom took the message, else why nobody was told
     */
    public String remind(String groupId, String what, OffsetDateTime dueAt, String taskId) {
        return chats.find(groupId)
                .map(chat -> notifier.sendText(
                        chat.ownerUserId(),
                        "【群主任务提醒】" + OwnerNotifier.inert(what) + "\n群：" + OwnerNotifier.inert(chat.name())
                                + (dueAt == null
                                        ? ""
                                        : "\n截止：" + DUE.format(dueAt.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))))
                                + "\n请在 Qunflow 的任务中完成，任务号 " + taskId))
                .orElse("the group is not a WeCom customer group");
    }
}
