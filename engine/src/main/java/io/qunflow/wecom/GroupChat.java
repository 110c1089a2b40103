package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer group as {@code externalcontact/groupchat/get} describes it.
 *
 * @param adminsListed whether the answer carried {@code admin_list}: an answer without it says
 *     nothing of who the admins are, one with it empty says there are none
 */
record GroupChat(
        String chatId,
        String name,
        String owner,
        String notice,
        String memberVersion,
        List<Member> members,
        Set<String> admins,
        boolean adminsListed) {

    /**
     * One member of the group.
     *
     * @param type 1 for the corp's own staff, 2 for a customer (external contact)
     * @param joinScene 1 invited directly, 2 invited by link, 3 scanned the group's QR code
     * @param state the live-code channel the member came through, when WeCom gives one
     */
    record Member(String userId, int type, long joinTime, int joinScene, String state, String nickname) {}

    static GroupChat from(JsonNode answer) {
        JsonNode chat = answer.path("group_chat");
        List<Member> members = new ArrayList<>();
        for (JsonNode m : chat.path("member_list")) {
            String nickname = text(m, "group_nickname");
            members.add(new Member(
                    m.path("userid").asText(),
                    m.path("type").asInt(2),
                    m.path("join_time").asLong(0),
                    m.path("join_scene").asInt(0),
                    text(m, "state"),
                    nickname != null ? nickname : text(m, "name")));
        }
        Set<String> admins = new LinkedHashSet<>();
        chat.path("admin_list").forEach(a -> admins.add(a.path("userid").asText()));
        return new GroupChat(
                chat.path("chat_id").asText(),
                text(chat, "name"),
                chat.path("owner").asText(),
                text(chat, "notice"),
                text(chat, "member_version"),
                members,
                admins,
                chat.has("admin_list"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
