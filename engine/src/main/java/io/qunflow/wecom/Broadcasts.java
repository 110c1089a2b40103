package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.actions.Action;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Messages to a customer group go out as WeCom group broadcasts (企业群发,
 * {@code externalcontact/add_msg_template} with {@code chat_type=group}): WeCom has no API that
 * posts into a customer group, so the broadcast waits for the group owner to confirm it in their
 * client; {@code get_groupmsg_send_result} tells when they did, and {@code cancel_groupmsg_send} stops
 * one Qunflow no longer waits for.
 */
@Component
class Broadcasts {

    /** What became of a broadcast in one group. */
    enum Result {
        WAITING,
        SENT,
        REFUSED
    }

    /** The most of a broadcast's text WeCom takes: {@code add_msg_template}'s {@code text.content}. */
    static final int MAX_TEXT_BYTES = 4000;

    private final WeComClient wecom;

    Broadcasts(WeComClient wecom) {
        this.wecom = wecom;
    }

    /**
     * Creates the broadcast for the owner to confirm; answers WeCom's msgid for it. A text WeCom
     * would refuse is not sent ({@link WeComText}).
     */
    String send(Action action, String ownerUserId) {
        String text = WeComText.sendable(action.text(), MAX_TEXT_BYTES, "a WeCom group broadcast", "企业微信群发");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_type", "group");
        body.put("sender", ownerUserId);
        body.put("chat_id_list", List.of(action.groupId()));
        body.put("text", Map.of("content", text));
        return wecom.create("externalcontact/add_msg_template", body)
                .path("msgid")
                .asText();
    }

    /**
     * Stops a broadcast the owner has not sent ({@code cancel_groupmsg_send}, 停止企业群发): until
     * then the owner can still send it from their client, however late. WeCom cannot take back one
     * already sent; stopping one twice does no harm.
     */
    void cancel(String msgid) {
        wecom.post("externalcontact/cancel_groupmsg_send", Map.of("msgid", msgid));
    }

    /**
     * Whether the owner sent the broadcast into the group yet. A {@code next_cursor} WeCom answers
     * twice ends the reading as not yet sent: followed again it would ask for the same page forever,
     * and the next round of confirmations asks afresh.
     */
    Result result(String msgid, String ownerUserId, String chatId) {
        Set<String> cursorsAsked = new HashSet<>();
        String cursor = "";
        do {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("msgid", msgid);
            body.put("userid", ownerUserId);
            body.put("limit", 1000);
            body.put("cursor", cursor);
            JsonNode answer = wecom.post("externalcontact/get_groupmsg_send_result", body);
            for (JsonNode sent : answer.path("send_list")) {
                if (chatId.equals(sent.path("chat_id").asText())) {
                    return switch (sent.path("status").asInt(0)) {
                        case 0 -> Result.WAITING;
                        case 1 -> Result.SENT;
                        default -> Result.REFUSED;
                    };
                }
            }
            cursorsAsked.add(cursor);
            cursor = answer.path("next_cursor").asText("");
        } while (!cursor.isEmpty() && !cursorsAsked.contains(cursor));
        return Result.WAITING;
    }
}
