package io.qunflow.wecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What a chat-archive record shows the group, read from the SDK's JSON in WeCom's documented record
 * formats (会话内容存档, 消息格式): every text a member wrote or chose (a red packet's wish, a file's
 * name, a location's title, a vote's options, the messages of a forwarded chat…) and the flags
 * moderation reads beside the text. A spammer uses whichever kind is not read, so every kind that
 * carries such text is read.
 *
 * <p>A forwarded chat ({@code chatrecord}) and a mixed message hold messages of their own, each a
 * JSON text of its own kind, and a forwarded chat may hold another. They are read down to
 * {@value #MAX_DEPTH} levels and {@value #MAX_PARTS} messages in all, and reading stops once the
 * text holds what an event keeps ({@value #MAX_TEXT} characters): a hostile record can neither
 * recurse without end nor make Qunflow parse more than a bounded part of it.
 */
final class RecordContent {

    static final int MAX_DEPTH = 4;
    static final int MAX_PARTS = 200;
    static final int MAX_TEXT = 10_000;

    /** The prefix of the kinds of messages inside a forwarded chat (ChatRecordText, ChatRecordCard…). */
    private static final String FORWARDED = "ChatRecord";

    /**
     * What a record says.
     *
     * @param contactCard the record shares the contact card (名片) of someone outside the corp
     * @param contactCardOwner whose card the first such card is: its userid, the company in brackets
     *     when the card names one (wmAbc（某某科技）); null when there is no such card or it names no one
     */
    record Content(
            String text,
            boolean link,
            boolean miniProgram,
            boolean image,
            boolean contactCard,
            String contactCardOwner) {}

    /** The longest owner kept of a card: a userid and a company's name, as the event takes it. */
    static final int MAX_CARD_OWNER = 200;

    private final ObjectMapper json;
    private final StringBuilder text = new StringBuilder();
    private boolean link;
    private boolean miniProgram;
    private boolean image;
    private boolean contactCard;
    private String contactCardOwner;
    private int parts;

    private RecordContent(ObjectMapper json) {
        this.json = json;
    }

    static Content of(JsonNode record, ObjectMapper json) {
        RecordContent reading = new RecordContent(json);
        reading.read(record, 0);
        return new Content(
                reading.text.toString(),
                reading.link,
                reading.miniProgram,
                reading.image,
                reading.contactCard,
                reading.contactCardOwner);
    }

    /**
     * A card's owner is written as a userid when they are of the corp, and as an external_userid,
     * which WeCom starts with {@code wm} or {@code wo}, when they are not. A card without an owner
     * cannot be told to be the corp's own, so it counts as an outsider's.
     */
    static boolean outsider(String cardOwner) {
        return cardOwner.isEmpty() || cardOwner.startsWith("wm") || cardOwner.startsWith("wo");
    }

    private void read(JsonNode record, int depth) {
        if (++parts > MAX_PARTS || text.length() >= MAX_TEXT) {
            return;
        }
        String type = record.path("msgtype").asText();
        JsonNode body = record.path(type);
        switch (type) {
            case "text" -> add(body, "content");
            case "markdown" -> add(first(record.path("info"), body.path("info"), body), "content");
            case "link" -> {
                link = true;
                add(body, "title", "description", "link_url");
            }
            case "weapp" -> {
                miniProgram = true;
                add(body, "title", "description", "displayname");
            }
            case "news" ->
                news(first(record.path("info"), body.path("info"), body).path("item"));
            case "docmsg" -> {
                link = true;
                add(first(record.path("doc"), body), "title", "link_url");
            }
            case "image", "emotion" -> image = true;
            case "card" -> card(body);
            case "location" -> add(body, "title", "address");
            case "file" -> add(body, "filename");
            case "redpacket", "external_redpacket" -> add(first(record.path("redpacket"), body), "wish");
            case "sphfeed" -> add(body, "sph_name", "feed_desc");
            case "vote" -> {
                add(body, "votetitle");
                body.path("voteitem").forEach(this::add);
            }
            case "todo" -> add(body, "title", "content");
            case "collect" -> {
                add(body, "title");
                body.path("details").forEach(question -> add(question, "ques"));
            }
            case "meeting" -> add(body, "topic", "address", "remarks");
            case "calendar" -> add(body, "title", "place", "remarks");
            case "mixed" -> inner(body.path("item"), depth);
            case "chatrecord" -> {
                add(body, "title");
                inner(body.path("item"), depth);
            }
            default -> {
                // voice, video, calls and agreements: nothing a member wrote
            }
        }
    }

    /**
     * A shared contact card: its company is text a member chose; an outsider's card is a way to
     * reach them, and the first one's owner is kept for whoever reviews what moderation decides.
     */
    private void card(JsonNode body) {
        add(body, "corpname");
        String userid = body.path("userid").asText("");
        if (!outsider(userid)) {
            return;
        }
        contactCard = true;
        if (contactCardOwner == null) {
            contactCardOwner = owner(userid, body.path("corpname").asText("").strip());
        }
    }

    /** A card's owner as a reviewer reads it: the userid, the company in brackets; null when the card names neither. */
    private static String owner(String userid, String corpname) {
        String owner;
        if (corpname.isEmpty()) {
            owner = userid;
        } else if (userid.isEmpty()) {
            owner = corpname;
        } else {
            owner = userid + "（" + corpname + "）";
        }
        return owner.isEmpty() ? null : cut(owner, MAX_CARD_OWNER);
    }

    /** The text cut to at most {@code max} characters, never inside a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** The messages inside a mixed message or a forwarded chat: each item's content is a JSON text of its kind. */
    private void inner(JsonNode items, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (JsonNode item : items) {
            if (parts >= MAX_PARTS || text.length() >= MAX_TEXT) {
                return;
            }
            String type = item.path("type").asText();
            if (type.startsWith(FORWARDED) && type.length() > FORWARDED.length()) {
                type = type.substring(FORWARDED.length()).toLowerCase(Locale.ROOT);
            }
            JsonNode content = item.path("content");
            if (content.isTextual()) {
                try {
                    content = json.readTree(content.asText());
                } catch (JsonProcessingException e) {
                    parts++;
                    continue;
                }
            }
            ObjectNode wrapped = json.createObjectNode();
            wrapped.put("msgtype", type);
            wrapped.set(type, content);
            read(wrapped, depth + 1);
        }
    }

    private void news(JsonNode items) {
        for (JsonNode item : items) {
            link = true;
            add(item, "title", "description", "url");
        }
    }

    private void add(JsonNode body, String... fields) {
        for (String field : fields) {
            add(body.path(field));
        }
    }

    private void add(JsonNode value) {
        String part = value.isTextual() ? value.asText() : "";
        if (!part.isBlank() && text.length() < MAX_TEXT) {
            text.append(text.isEmpty() ? "" : "\n").append(part);
        }
    }

    /** The first of a record's places for a body that is there: WeCom keeps some under another key than their type. */
    private static JsonNode first(JsonNode... places) {
        for (JsonNode place : places) {
            if (place.isObject()) {
                return place;
            }
        }
        return places[places.length - 1];
    }
}
