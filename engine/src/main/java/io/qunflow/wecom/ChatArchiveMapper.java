package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns one decrypted chat-archive record (会话存档) into Qunflow events: a MESSAGE_POSTED with its
 * text and flags (link, mini-program card, image, an outsider's contact card; see {@link
 * RecordContent}), and, since WeCom has no reaction event, a
 * REACTION_GIVEN from the speaker to each member they @-mention or quote-reply to, which is what
 * the layering rules count as reactions received. Event ids come from the msgid, so a record sent
 * again is the same events.
 */
@Component
class ChatArchiveMapper {

    /** WeCom's line between a quoted message and the reply to it. */
    static final String QUOTE_SEPARATOR = "\n- - - - - - - - - - - - - - -\n";

    private final ObjectMapper json;

    ChatArchiveMapper(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The events of a sent group message.
     *
     * @param nicknames the group's members by their nickname in the group, for mentions and quotes
     */
    List<GroupEvent> events(JsonNode record, String chatId, Map<String, String> nicknames) {
        String msgid = record.path("msgid").asText();
        String from = record.path("from").asText();
        OffsetDateTime at =
                Instant.ofEpochMilli(record.path("msgtime").asLong()).atOffset(ZoneOffset.UTC);
        RecordContent.Content content = RecordContent.of(record, json);
        String eventId = "wecom:msg:" + msgid;
        List<GroupEvent> events = new ArrayList<>();
        ObjectNode payload = json.createObjectNode();
        String text = reply(content.text());
        payload.put("text", text.length() > 10_000 ? text.substring(0, 10_000) : text);
        payload.put("link", content.link());
        payload.put("miniProgram", content.miniProgram());
        payload.put("image", content.image());
        payload.put("contactCard", content.contactCard());
        if (content.contactCardOwner() != null) {
            payload.put("contactCardOwner", content.contactCardOwner());
        }
        payload.put("msgtype", record.path("msgtype").asText());
        payload.put("msgid", msgid);
        events.add(new GroupEvent(eventId, chatId, EventType.MESSAGE_POSTED, from, at, payload));
        for (Map.Entry<String, String> target :
                engaged(content.text(), nicknames, from).entrySet()) {
            ObjectNode reaction = json.createObjectNode();
            reaction.put("targetMemberId", target.getKey());
            reaction.put("kind", target.getValue());
            reaction.put("msgid", msgid);
            events.add(new GroupEvent(
                    eventId + ":" + target.getValue() + ":" + target.getKey(),
                    chatId,
                    EventType.REACTION_GIVEN,
                    from,
                    at,
                    reaction));
        }
        return events;
    }

    /**
     * Who the speaker engaged with: members named as {@code @nickname}, and the author of a quoted
     * message ({@code 「name：quoted」} above WeCom's separator line). Never the speaker themself.
     */
    static Map<String, String> engaged(String text, Map<String, String> nicknames, String speaker) {
        Map<String, String> targets = new LinkedHashMap<>();
        int separator = text.indexOf(QUOTE_SEPARATOR);
        if (text.startsWith("「") && separator > 0) {
            String quoted = text.substring(1, separator);
            int colon = quoted.indexOf('：');
            if (colon > 0) {
                String author = nicknames.get(quoted.substring(0, colon));
                if (author != null && !author.equals(speaker)) {
                    targets.put(author, "quote");
                }
            }
        }
        String reply = reply(text);
        for (Map.Entry<String, String> member : nicknames.entrySet()) {
            if (!member.getValue().equals(speaker) && reply.contains("@" + member.getKey())) {
                targets.putIfAbsent(member.getValue(), "mention");
            }
        }
        return targets;
    }

    /** The speaker's own words: a quote-reply without the quoted message above it. */
    static String reply(String text) {
        int separator = text.indexOf(QUOTE_SEPARATOR);
        return text.startsWith("「") && separator > 0 ? text.substring(separator + QUOTE_SEPARATOR.length()) : text;
    }
}
