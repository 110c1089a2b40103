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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
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
 * again once the group is known) or refused (malformed, or dated ahead of the server's clock by
 * more than {@code qunflow.events.max-clock-skew}, as the events API refuses).
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
    private final Duration maxClockSkew;

    ArchiveRecordsController(
            ChatArchiveMapper mapper,
            ArchiveStore store,
            ChatStore chats,
            GroupService groups,
            MemberService members,
            EventService events,
            InboundStore inbound,
            Clock clock,
            @Value("${qunflow.events.max-clock-skew:PT5M}") Duration maxClockSkew) {
        this.mapper = mapper;
        this.store = store;
        this.chats = chats;
        this.groups = groups;
        this.members = members;
        this.events = events;
        this.inbound = inbound;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(int index, String msgid, String status, List<String> eventIds, String detail, String detailZh) {

        Result(int index, String msgid, String status, List<String> eventIds, String detail) {
            this(index, msgid, status, eventIds, detail, null);
        }

        static Result refused(int index, String msgid, Words problem) {
            return new Result(index, msgid, "refused", null, problem.en(), problem.zh());
        }

        static Result skipped(int index, String msgid, Words why) {
            return new Result(index, msgid, "skipped", null, why.en(), why.zh());
        }
    }

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
        Words problem = problem(record);
        String msgid = record != null && record.path("msgid").isTextual()
                ? record.path("msgid").asText()
                : null;
        if (problem == null) {
            problem = ahead(record.path("msgtime").asLong());
        }
        if (problem != null) {
            return Result.refused(index, msgid, problem);
        }
        if (!"send".equals(record.path("action").asText())) {
            String action = record.path("action").asText();
            return Result.skipped(
                    index,
                    msgid,
                    new Words(
                            "only sent messages count (action " + action + ")",
                            "只计入发送的消息（此记录的 action 为 " + action + "）"));
        }
        String room = record.path("roomid").asText("");
        if (room.isEmpty()
                || !chats.known(room)
                || groups.find(room).map(g -> g.archived()).orElse(true)) {
            return Result.skipped(
                    index, msgid, new Words("not a message in a customer group Qunflow runs", "不是 Qunflow 运营的客户群里的消息"));
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
     * Why a record's msgtime cannot be taken, or null. A record dated ahead would sit first in every
     * "latest" read and escape every sweep by age until its date; the bridge is an API key like any
     * other, so its records are held to the events API's allowance for a fast clock.
     */
    private Words ahead(long msgtime) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!Instant.ofEpochMilli(msgtime).isAfter(now.plus(maxClockSkew))) {
            return null;
        }
        long minutes = maxClockSkew.toMinutes();
        String allowance = minutes > 0 ? minutes + " min" : maxClockSkew.toSeconds() + " s";
        String allowanceZh = minutes > 0 ? minutes + " 分钟" : maxClockSkew.toSeconds() + " 秒";
        OffsetDateTime nowUtc = now.atOffset(ZoneOffset.UTC);
        return new Words(
                "msgtime " + msgtime + " is more than " + allowance + " ahead of the server's clock (" + nowUtc
                        + "): send the record as the Finance SDK decrypted it",
                "msgtime " + msgtime + " 比服务器时钟（" + nowUtc + "）快了 " + allowanceZh + "以上：请按会话存档 SDK 解密所得发送该记录");
    }

    /**
     * What is wrong with a record, or null; checked field by field on the parsed JSON, since a
     * record's fields must be strings and numbers as WeCom writes them, not anything that converts.
     */
    private static Words problem(JsonNode record) {
        if (record == null || !record.isObject()) {
            return new Words("must be a JSON object", "须为 JSON 对象");
        }
        List<Words> problems = new ArrayList<>();
        for (String field : new String[] {"msgid", "action", "from", "msgtype"}) {
            if (!record.path(field).isTextual()) {
                problems.add(new Words(field + " is required and must be a string", field + " 必填，且须为字符串"));
            }
        }
        Text.Check.problems(record.path("msgid").asText(null), 200, true).forEach(p -> problems.add(named("msgid", p)));
        Identifier.Check.problems(record.path("from").asText(null), true).forEach(p -> problems.add(named("from", p)));
        if (record.has("roomid") && !record.path("roomid").isTextual()) {
            problems.add(new Words("roomid must be a string", "roomid 须为字符串"));
        } else if (!record.path("roomid").asText("").isEmpty()) {
            Identifier.Check.problems(record.path("roomid").asText(), true)
                    .forEach(p -> problems.add(named("roomid", p)));
        }
        if (!record.path("msgtime").canConvertToLong() || record.path("msgtime").asLong() <= 0) {
            problems.add(new Words(
                    "msgtime must be the message time in milliseconds since 1970", "msgtime 须为消息时间，即自 1970 年起的毫秒数"));
        }
        if (problems.isEmpty()) {
            return null;
        }
        return new Words(
                String.join("; ", problems.stream().map(Words::en).toList()),
                String.join(
                        "；", problems.stream().map(ArchiveRecordsController::zh).toList()));
    }

    private static Words named(String field, Words problem) {
        return new Words(field + " " + problem.en(), problem.zh() == null ? null : field + " " + problem.zh());
    }

    /** The Chinese of a problem, or its English where only the English exists yet. */
    private static String zh(Words problem) {
        return problem.zh() != null ? problem.zh() : problem.en();
    }
}
