package io.qunflow.wecom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Text;
import io.qunflow.events.EventService;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.GroupService;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the chat-archive bridge (the official Finance SDK, run beside Qunflow) posts the records it
 * decrypted: a JSON array of up to {@value #MAX_RECORDS}. Each record is answered on its own:
 * accepted (its events went through the engine), duplicate (its msgid was taken in before),
 * skipped (not a message sent in a customer group Qunflow knows; nothing stored, so it may be sent
 * again once the group is known) or refused (malformed).
 */
@RestController
@RequestMapping("/api/v1/wecom/archive-records")
@ConditionalOnWeCom
class ArchiveRecordsController {

    static final int MAX_RECORDS = 1000;

    private final ChatArchiveMapper mapper;
    private final ArchiveStore store;
    private final ChatStore chats;
    private final GroupService groups;
    private final MemberService members;
    private final EventService events;
    private final InboundStore inbound;
    private final Clock clock;

    ArchiveRecordsController(
            ChatArchiveMapper mapper,
            ArchiveStore store,
            ChatStore chats,
            GroupService groups,
            MemberService members,
            EventService events,
            InboundStore inbound,
            Clock clock) {
        this.mapper = mapper;
        this.store = store;
        this.chats = chats;
        this.groups = groups;
        this.members = members;
        this.events = events;
        this.inbound = inbound;
        this.clock = clock;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(int index, String msgid, String status, List<String> eventIds, String detail) {}

    record Answer(int accepted, int duplicates, int skipped, int refused, List<Result> results) {}

    @PostMapping
    Answer take(@RequestBody JsonNode records) {
        if (records == null || !records.isArray() || records.isEmpty() || records.size() > MAX_RECORDS) {
            throw new InvalidRequestException(
                    "records",
                    new Words("The list of chat-archive records", "会话存档记录"),
                    new Words(
                            "must be a JSON array of 1 to " + MAX_RECORDS + " chat-archive records",
                            "须为含 1 到 " + MAX_RECORDS + " 条会话存档记录的 JSON 数组"));
        }
        Map<String, Map<String, String>> nicknamesByRoom = new HashMap<>();
        List<Result> results = new ArrayList<>();
        int[] counts = new int[4];
        for (int i = 0; i < records.size(); i++) {
            Result result = take(i, records.get(i), nicknamesByRoom);
            results.add(result);
            switch (result.status()) {
                case "accepted" -> counts[0]++;
                case "duplicate" -> counts[1]++;
                case "skipped" -> counts[2]++;
                default -> counts[3]++;
            }
        }
        return new Answer(counts[0], counts[1], counts[2], counts[3], results);
    }

    /** When WeCom last said archive messages wait (msgaudit_notify): the bridge pulls when it moves. */
    record Notice(OffsetDateTime lastNotice) {}

    @GetMapping("/notice")
    Notice notice() {
        return new Notice(inbound.lastArchiveNotice().orElse(null));
    }

    private Result take(int index, JsonNode record, Map<String, Map<String, String>> nicknamesByRoom) {
        String problem = problem(record);
        String msgid = record != null && record.path("msgid").isTextual()
                ? record.path("msgid").asText()
                : null;
        if (problem != null) {
            return new Result(index, msgid, "refused", null, problem);
        }
        if (!"send".equals(record.path("action").asText())) {
            return new Result(
                    index,
                    msgid,
                    "skipped",
                    null,
                    "only sent messages count (action " + record.path("action").asText() + ")");
        }
        String room = record.path("roomid").asText("");
        if (room.isEmpty()
                || !chats.known(room)
                || groups.find(room).map(g -> g.archived()).orElse(true)) {
            return new Result(index, msgid, "skipped", null, "not a message in a customer group Qunflow runs");
        }
        if (store.known(msgid)) {
            return new Result(index, msgid, "duplicate", null, null);
        }
        Map<String, String> nicknames = nicknamesByRoom.computeIfAbsent(room, this::nicknames);
        List<GroupEvent> mapped = mapper.events(record, room, nicknames);
        for (GroupEvent event : mapped) {
            events.acceptRetrying(event);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        boolean first = store.record(
                msgid,
                room,
                record.path("from").asText(),
                mapped.get(0).eventId(),
                mapped.get(0).at(),
                now);
        return new Result(
                index,
                msgid,
                first ? "accepted" : "duplicate",
                mapped.stream().map(GroupEvent::eventId).toList(),
                null);
    }

    private Map<String, String> nicknames(String room) {
        Map<String, String> byNickname = new HashMap<>();
        for (Member member : members.inGroup(room)) {
            if (member.nickname() != null && !member.nickname().isBlank()) {
                byNickname.put(member.nickname(), member.memberId());
            }
        }
        return byNickname;
    }

    /**
     * What is wrong with a record, or null; checked field by field on the parsed JSON, since a
     * record's fields must be strings and numbers as WeCom writes them, not anything that converts.
     */
    private static String problem(JsonNode record) {
        if (record == null || !record.isObject()) {
            return "must be a JSON object";
        }
        List<String> problems = new ArrayList<>();
        for (String field : new String[] {"msgid", "action", "from", "msgtype"}) {
            if (!record.path(field).isTextual()) {
                problems.add(field + " is required and must be a string");
            }
        }
        Text.Check.problems(record.path("msgid").asText(null), 200, true).forEach(p -> problems.add("msgid " + p.en()));
        Identifier.Check.problems(record.path("from").asText(null), true).forEach(p -> problems.add("from " + p.en()));
        if (record.has("roomid") && !record.path("roomid").isTextual()) {
            problems.add("roomid must be a string");
        } else if (!record.path("roomid").asText("").isEmpty()) {
            Identifier.Check.problems(record.path("roomid").asText(), true)
                    .forEach(p -> problems.add("roomid " + p.en()));
        }
        if (!record.path("msgtime").canConvertToLong() || record.path("msgtime").asLong() <= 0) {
            problems.add("msgtime must be the message time in milliseconds since 1970");
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }
}
