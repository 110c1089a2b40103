package io.qunflow.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.common.ConflictException;
import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.groups.NewGroup;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies {@code change_external_chat} callbacks: the Qunflow group with the chat's id is created,
 * renamed and dissolved with the customer group, and its members follow WeCom's member list
 * ({@code groupchat/get}): whoever is in WeCom's list and not in Qunflow's joined, whoever is in
 * Qunflow's and not in WeCom's left. Comparing the whole lists copes with callbacks that name the
 * members (MemChangeList) and those that do not, and with a callback missed. Roles follow the
 * chat's owner and admins on every read ({@link ChatPositions}).
 */
@Component
class ChatSync {

    private static final Logger log = LoggerFactory.getLogger(ChatSync.class);

    private final WeComClient wecom;
    private final ChatStore chats;
    private final GroupService groups;
    private final MemberService members;
    private final EventService events;
    private final LiveCodes liveCodes;
    private final WelcomeTemplates welcomeTemplates;
    private final ChatPositions positions;
    private final WeComSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration maxClockSkew;

    ChatSync(
            WeComClient wecom,
            ChatStore chats,
            GroupService groups,
            MemberService members,
            EventService events,
            LiveCodes liveCodes,
            WelcomeTemplates welcomeTemplates,
            ChatPositions positions,
            WeComSettings settings,
            ObjectMapper json,
            Clock clock,
            @Value("${qunflow.events.max-clock-skew:PT5M}") Duration maxClockSkew) {
        this.wecom = wecom;
        this.chats = chats;
        this.groups = groups;
        this.members = members;
        this.events = events;
        this.liveCodes = liveCodes;
        this.welcomeTemplates = welcomeTemplates;
        this.positions = positions;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    /**
     * How many reads a member change waits for groupchat/get to show it. WeCom applies a change
     * within seconds; an answer still at the callback's LastMemVer after the retries' first minute
     * has come back to it (a member who joined and left again), and is the group as it stands.
     */
    static final int STALE_READS = 3;

    /**
     * Applies one change_external_chat callback.
     *
     * @param earlierAttempts how many times this callback was tried before
     */
    void apply(XmlMessage message, int earlierAttempts) {
        String chatId = message.get("ChatId");
        if (chatId == null) {
            throw new CallbackRejected("change_external_chat without a ChatId");
        }
        long createTime = message.number("CreateTime", 0);
        OffsetDateTime at = time(createTime);
        long idSeconds = createTime > 0 ? createTime : at.toEpochSecond();
        if ("dismiss".equals(message.get("ChangeType"))) {
            chats.dismiss(chatId, now());
            groups.find(chatId).ifPresent(g -> groups.dissolve(g.id(), "wecom"));
            welcomeTemplates.remove(chatId);
            return;
        }
        GroupChat chat =
                GroupChat.from(wecom.post("externalcontact/groupchat/get", Map.of("chat_id", chatId, "need_name", 1)));
        String before = message.get("LastMemVer");
        if (before != null
                && !before.equals(message.get("CurMemVer"))
                && before.equals(chat.memberVersion())
                && earlierAttempts < STALE_READS - 1) {
            // WeCom calls back at once but applies member changes a little later (groupchat/get's
            // documentation): this answer still lists the members of before the change.
            throw new IllegalStateException(
                    "groupchat/get does not show the change yet (member_version is still LastMemVer " + before + ")");
        }
        Group group = ensureGroup(chat);
        if (group.archived()) {
            return;
        }
        String name = chat.name() == null ? null : limit(chat.name(), 100);
        if (name != null && !name.equals(group.name())) {
            groups.rename(group.id(), name);
        }
        chats.save(
                new ChatStore.Chat(chatId, chat.owner(), chat.name(), chat.notice(), chat.memberVersion(), false),
                now());
        boolean membersLeft = "del_member".equals(message.get("UpdateDetail"));
        reconcile(chat, membersLeft, message.number("QuitScene", 0), message.list("MemChangeList"), at, idSeconds);
        positions.follow(chat);
        liveCodes.groupChanged(
                chatId,
                chat.members().stream()
                        .map(GroupChat.Member::state)
                        .filter(s -> s != null)
                        .toList());
    }

    private Group ensureGroup(GroupChat chat) {
        Optional<Group> known = groups.find(chat.chatId());
        if (known.isPresent()) {
            return known.get();
        }
        String name = chat.name() != null ? limit(chat.name(), 100) : "企业微信客户群";
        String intro = chat.notice() != null ? limit(chat.notice(), 1000) : "企业微信客户群「" + name + "」";
        try {
            return groups.create(new NewGroup(
                    chat.chatId(), name, intro, settings.groupType(), null, List.of("企业微信"), null, null, null));
        } catch (ConflictException createdMeanwhile) {
            // Another node handled a callback of the same chat first.
            return groups.get(chat.chatId());
        }
    }

    /**
     * @param membersLeft whether the callback tells of members leaving (UpdateDetail del_member):
     *     only then does its QuitScene say anything; a member gone at another callback (one who left
     *     as the owner changed, whose own del_member comes later) left in a way nobody knows yet
     * @param changed the members the callback names (MemChangeList), empty when it names none (the
     *     old format); QuitScene says how those left, and only those: a member gone without being
     *     named left at a callback missed, whose QuitScene nobody knows
     * @param idSeconds what a leave's event id is made of: WeCom's CreateTime, even when {@code at}
     *     was taken as now, so a retried callback is still the same event
     */
    private void reconcile(
            GroupChat chat,
            boolean membersLeft,
            long quitScene,
            List<String> changed,
            OffsetDateTime at,
            long idSeconds) {
        Set<String> inQunflow = new HashSet<>();
        for (Member m : members.inGroup(chat.chatId())) {
            inQunflow.add(m.memberId());
        }
        Set<String> inWeCom = new HashSet<>();
        for (GroupChat.Member m : chat.members()) {
            inWeCom.add(m.userId());
            if (!inQunflow.contains(m.userId())) {
                joined(chat, m);
            }
        }
        for (String memberId : inQunflow) {
            if (!inWeCom.contains(memberId)) {
                ObjectNode payload = json.createObjectNode();
                if (membersLeft && (changed.isEmpty() || changed.contains(memberId))) {
                    payload.put("quitScene", quitScene == 1 ? "removed" : "left");
                }
                events.acceptRetrying(new GroupEvent(
                        eventId(chat.chatId(), memberId, "left", idSeconds),
                        chat.chatId(),
                        EventType.MEMBER_LEFT,
                        memberId,
                        at,
                        payload));
                positions.leftOrRejoined(chat.chatId(), memberId);
            }
        }
    }

    private void joined(GroupChat chat, GroupChat.Member m) {
        JoinScene scene = JoinScene.of(m.joinScene());
        ObjectNode payload = json.createObjectNode();
        payload.put("role", ChatPositions.joiningAs(chat, m).name());
        if (m.nickname() != null) {
            payload.put("nickname", limit(m.nickname(), 100));
        }
        payload.put("channel", scene.channel(m.state()));
        payload.put("joinScene", scene.name());
        OffsetDateTime at = m.joinTime() > 0 ? time(m.joinTime()) : now();
        events.acceptRetrying(new GroupEvent(
                eventId(chat.chatId(), m.userId(), "joined", m.joinTime()),
                chat.chatId(),
                EventType.MEMBER_JOINED,
                m.userId(),
                at,
                payload));
        positions.leftOrRejoined(chat.chatId(), m.userId());
    }

    /** Derived from WeCom's data alone, so the same join or leave seen twice is one event. */
    static String eventId(String chatId, String memberId, String what, long epochSecond) {
        return "wecom:" + chatId + ":" + memberId + ":" + what + ":" + epochSecond;
    }

    /** True for the events this class makes for a join, whose welcome WeCom's template sends. */
    static boolean isJoin(String eventId) {
        return eventId != null && eventId.startsWith("wecom:") && eventId.contains(":joined:");
    }

    /** At most {@code max} characters, as the group and member columns hold. */
    private static String limit(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    /**
     * When WeCom says a change happened (a callback's CreateTime, a member's join_time). WeCom's
     * signed word is the only record of it, so a time ahead of this server's clock beyond
     * {@code qunflow.events.max-clock-skew} is not refused, which would lose the join or leave: it
     * is taken as now, since the change has happened by the time it is read. Event ids keep WeCom's
     * own seconds, so a retried callback is still the same event.
     */
    private OffsetDateTime time(long epochSecond) {
        if (epochSecond <= 0) {
            return now();
        }
        OffsetDateTime said = Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC);
        OffsetDateTime now = now();
        if (said.isAfter(now.plus(maxClockSkew))) {
            log.warn("WeCom dated a change {} ahead of this server's clock ({}); taken as now", said, now);
            return now;
        }
        return said;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
