package io.qunflow.wecom;

import io.qunflow.common.NotFoundException;
import io.qunflow.common.ShownText;
import io.qunflow.common.Words;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells an owner (or the admin an overdue task is escalated to) about a task through an app
 * message ({@code message/send}) in their WeCom client: the group, the member, their message, the
 * rule, the due time, and a link to the task in Qunflow. Owners read Chinese here: it is their client.
 */
@Component
class OwnerNotifier {

    /** The most of an app message's text WeCom delivers. */
    static final int MAX_BYTES = 2048;

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final Map<String, String> WHAT = Map.of(
            "DELETE_MESSAGE", "撤回/删除该成员的消息",
            "REMOVE_MEMBER", "将该成员移出本群",
            "SEND_RED_ENVELOPE", "给该成员发红包",
            "MUTE_MEMBER", "提醒并限制该成员发言");

    private final WeComClient wecom;
    private final WeComSettings settings;
    private final GroupService groups;
    private final MemberService members;
    private final WeComErrcodes errcodes;

    OwnerNotifier(
            WeComClient wecom,
            WeComSettings settings,
            GroupService groups,
            MemberService members,
            WeComErrcodes errcodes) {
        this.wecom = wecom;
        this.settings = settings;
        this.groups = groups;
        this.members = members;
        this.errcodes = errcodes;
    }

    /**
     * Sends the task to a WeCom user.
     *
     * @param heading what kind of notice it is: new, reminder, escalation
     * @return null when WeCom took it, else what went wrong in English and Chinese, for the inbox
     *     (the workflow goes on either way)
     */
    Words send(String userId, String heading, OwnerTask task) {
        return deliver(userId, text(heading, task));
    }

    /**
     * Sends a text to a WeCom user as an app message.
     *
     * @return null when WeCom took it, else what went wrong
     */
    String sendText(String userId, String content) {
        Words failure = deliver(userId, content);
        return failure == null ? null : failure.en();
    }

    private Words deliver(String userId, String content) {
        if (userId == null || userId.isBlank()) {
            return new Words("no WeCom user to notify", "没有可通知的企业微信成员");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", userId);
        body.put("msgtype", "text");
        if (settings.agentId() != null) {
            body.put("agentid", settings.agentId());
        }
        body.put("text", Map.of("content", content));
        try {
            wecom.create("message/send", body);
            return null;
        } catch (WeComError e) {
            return errcodes.explain(e);
        }
    }

    String text(String heading, OwnerTask task) {
        StringBuilder text = new StringBuilder("【").append(heading).append("】");
        text.append(WHAT.getOrDefault(task.actionType(), task.actionType()));
        text.append("\n群：").append(inert(groupName(task.groupId())));
        if (task.memberId() != null) {
            text.append("\n成员：").append(inert(member(task.groupId(), task.memberId())));
        }
        if (task.messageText() != null && !task.messageText().isBlank()) {
            text.append("\n消息：").append(inert(shorten(task.messageText())));
        }
        if (task.amountCents() != null) {
            text.append("\n金额：").append(String.format("%.2f 元", task.amountCents() / 100.0));
        }
        if (task.rule() != null) {
            text.append("\n规则：").append(inert(task.rule()));
        }
        if (task.reason() != null) {
            text.append("\n原因：").append(inert(shorten(task.reason())));
        }
        if (task.dueAt() != null) {
            text.append("\n截止：").append(DUE.format(task.dueAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai"))));
        }
        String link = link(task.id());
        String end = link == null ? "\n请在 Qunflow 群主任务中处理，任务号 " + task.id() : "\n<a href=\"" + link + "\">打开任务</a>";
        return fit(text.toString(), end);
    }

    /**
     * A text from members, owners or rule authors as the WeCom client shows it: an app message's
     * text renders {@code <a href>} tags, so a spammer's message could otherwise put a link of its
     * own into the notice, looking like Qunflow's. The angle brackets become their full-width forms,
     * and characters not shown as the text reads go ({@link ShownText}): a bidi control in a
     * nickname would reorder the rest of the line, the link and due time among it.
     */
    static String inert(String text) {
        return text == null ? null : ShownText.inert(text).replace('<', '＜').replace('>', '＞');
    }

    /**
     * WeCom keeps an app message's text up to {@value #MAX_BYTES} bytes and cuts the rest, so the
     * body is shortened, a whole character at a time, until the ending with the task's link fits.
     */
    static String fit(String body, String end) {
        int room = MAX_BYTES - utf8Length(end);
        if (utf8Length(body) <= room) {
            return body + end;
        }
        String ellipsis = "…";
        room -= utf8Length(ellipsis);
        int used = 0;
        int cut = 0;
        while (cut < body.length()) {
            int point = body.codePointAt(cut);
            int bytes = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
            if (used + bytes > room) {
                break;
            }
            used += bytes;
            cut += Character.charCount(point);
        }
        return body.substring(0, cut) + ellipsis + end;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Where the task opens in Qunflow's UI, when Qunflow's public address is configured. */
    String link(String taskId) {
        if (settings.publicUrl() == null) {
            return null;
        }
        String base = settings.publicUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + "#/wecom/tasks/" + taskId;
    }

    private String groupName(String groupId) {
        return groups.find(groupId).map(g -> g.name()).orElse(groupId);
    }

    private String member(String groupId, String memberId) {
        try {
            String nickname = members.get(groupId, memberId).nickname();
            return nickname == null ? memberId : nickname + "（" + memberId + "）";
        } catch (NotFoundException unknown) {
            return memberId;
        }
    }

    /** The first 200 characters, never half an emoji. */
    private static String shorten(String text) {
        return text.codePointCount(0, text.length()) <= 200
                ? text
                : text.substring(0, text.offsetByCodePoints(0, 200)) + "…";
    }
}
