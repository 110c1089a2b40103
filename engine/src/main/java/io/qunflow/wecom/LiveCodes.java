package io.qunflow.wecom;

import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.RuleParameters;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group live codes (群活码) made through {@code externalcontact/groupchat/add_join_way}: one per
 * channel, each with its pool of groups. When a group's members reach {@code wecom.rotate-at-fill}
 * of its capacity the code moves on to the next groups of its pool ({@code update_join_way}); with
 * the pool used up, WeCom opens new groups itself when the code allows it, and a group so opened
 * joins the pool as soon as a member arrives through the code.
 *
 * <p>Why this class is long: create, update, rotate and delete each pair a WeCom call with a stored
 * row, and each pairing has its own order for two nodes at once (store first, hold the row, or undo
 * in WeCom what the loser made); kept together, the orders can be read against each other.
 */
@Service
class LiveCodes {

    /** WeCom takes at most five groups per「加入群聊」configuration. */
    static final int WECOM_GROUPS = 5;

    private static final Logger log = LoggerFactory.getLogger(LiveCodes.class);

    /** A live code as an operator asks for it; checked where it arrives, the groups against those Qunflow knows. */
    @RequestSubject(value = "The live code", zh = "活码")
    record Request(
            @Text(max = 30) String remark,
            @Text(max = 30, required = true) String state,

            @Items(
                    min = 1,
                    max = 100,
                    required = true,
                    en = "must name 1 to 100 customer groups",
                    zh = "须指定 1 到 100 个客户群")
            List<@Identifier(required = true) @KnownChat String> chatIds,

            Boolean autoCreateRoom,
            @Text(max = 40, membersRead = true) String roomBaseName,

            @Between(min = 0, max = Between.NO_MORE_THAN_AN_INT)
            Integer roomBaseId) {}

    private final LiveCodeStore store;
    private final GroupService groups;
    private final WeComClient wecom;
    private final RuleParameters parameters;
    private final Clock clock;

    LiveCodes(LiveCodeStore store, GroupService groups, WeComClient wecom, RuleParameters parameters, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.wecom = wecom;
        this.parameters = parameters;
        this.clock = clock;
    }

    List<LiveCode> all() {
        return store.all();
    }

    LiveCode get(String configId) {
        return store.find(configId).orElseThrow(() -> new NotFoundException("Live code", "活码", configId));
    }

    @Transactional
    LiveCode create(Request request) {
        check(request, null);
        OffsetDateTime now = now();
        List<String> pool = List.copyOf(new LinkedHashSet<>(request.chatIds()));
        LiveCode draft = new LiveCode(
                null,
                request.remark(),
                request.state(),
                pool,
                active(pool, Boolean.TRUE.equals(request.autoCreateRoom())),
                Boolean.TRUE.equals(request.autoCreateRoom()),
                request.roomBaseName(),
                request.roomBaseId(),
                null,
                now,
                now,
                null);
        String configId = wecom.create("externalcontact/groupchat/add_join_way", draft.joinWay())
                .path("config_id")
                .asText();
        LiveCode created = withQrCode(new LiveCode(
                configId,
                draft.remark(),
                draft.state(),
                pool,
                draft.activeChatIds(),
                draft.autoCreateRoom(),
                draft.roomBaseName(),
                draft.roomBaseId(),
                null,
                now,
                now,
                null));
        try {
            store.insert(created);
        } catch (DuplicateKeyException madeMeanwhile) {
            // Another create of this channel (on this node or another) passed the check at the same
            // moment and was stored first: the new row's only keys are the channel and WeCom's fresh
            // id. WeCom made a join way for each: ours must not outlive us.
            removeFromWeCom(configId);
            throw stateTaken(request.state());
        }
        return created;
    }

    private void removeFromWeCom(String configId) {
        try {
            wecom.post("externalcontact/groupchat/del_join_way", Map.of("config_id", configId));
        } catch (RuntimeException e) {
            log.warn(
                    "Live code {} lost a race to another of its channel and could not be removed from WeCom: {}",
                    configId,
                    e.getMessage());
        }
    }

    /**
     * Changes a code. Its row is held from the read on, so a rotation or a group joining it on
     * another node waits, and an update of a code deleted meanwhile finds it gone (404) instead of
     * asking WeCom to change a join way it no longer has.
     */
    @Transactional
    LiveCode update(String configId, Request request) {
        LiveCode before = store.holding(configId).orElseThrow(() -> new NotFoundException("Live code", "活码", configId));
        check(request, before);
        List<String> pool = List.copyOf(new LinkedHashSet<>(request.chatIds()));
        boolean auto = Boolean.TRUE.equals(request.autoCreateRoom());
        LiveCode changed = new LiveCode(
                configId,
                request.remark(),
                request.state(),
                pool,
                active(pool, auto),
                auto,
                request.roomBaseName(),
                request.roomBaseId(),
                before.qrCode(),
                before.createdAt(),
                now(),
                before.rotatedAt());
        // Stored first: a change to a channel another code took meanwhile is refused before WeCom hears of it.
        try {
            store.update(changed);
        } catch (DuplicateKeyException takenMeanwhile) {
            throw stateTaken(request.state());
        }
        wecom.post("externalcontact/groupchat/update_join_way", withConfigId(changed));
        return changed;
    }

    @Transactional
    void delete(String configId) {
        // Held, so a rotation of the code on another node waits and then finds it gone.
        store.holding(configId).orElseThrow(() -> new NotFoundException("Live code", "活码", configId));
        wecom.post("externalcontact/groupchat/del_join_way", Map.of("config_id", configId));
        store.delete(configId);
    }

    /**
     * A group's members changed: a group WeCom opened for a code joins that code's pool, and every
     * code sending joiners to the group moves on when the group nears its capacity.
     *
     * <p>Each code's row is held from the read of its pool to the store, so two groups joining one
     * code at once both stay in its pool; the rows are taken in the order of their ids, so two nodes
     * changing groups of the same codes cannot each hold one the other waits for.
     *
     * @param states the live-code channels the group's members came through
     */
    @Transactional
    void groupChanged(String chatId, List<String> states) {
        Set<String> configIds = new TreeSet<>();
        for (String state : states) {
            store.byState(state).ifPresent(code -> configIds.add(code.configId()));
        }
        for (LiveCode code : store.all()) {
            if (code.chatIds().contains(chatId)) {
                configIds.add(code.configId());
            }
        }
        for (String configId : configIds) {
            Optional<LiveCode> held = store.holding(configId);
            if (held.isEmpty()) {
                continue; // deleted meanwhile
            }
            LiveCode code = held.get();
            if (states.contains(code.state()) && !code.chatIds().contains(chatId)) {
                code = joined(code, chatId);
                store.update(code);
            }
            if (code.chatIds().contains(chatId)) {
                rotate(code);
            }
        }
    }

    private LiveCode joined(LiveCode code, String chatId) {
        List<String> pool = new ArrayList<>(code.chatIds());
        pool.add(chatId);
        return new LiveCode(
                code.configId(),
                code.remark(),
                code.state(),
                List.copyOf(pool),
                code.activeChatIds(),
                code.autoCreateRoom(),
                code.roomBaseName(),
                code.roomBaseId(),
                code.qrCode(),
                code.createdAt(),
                now(),
                code.rotatedAt());
    }

    /**
     * Moves the code, whose row the caller holds, on when its groups' fill says so. The fill is
     * checked under the hold: another node rotating the same code at once waits, then finds it
     * moved on and asks WeCom nothing, so the groups stored are the groups WeCom has.
     */
    private void rotate(LiveCode code) {
        List<String> active = active(code.chatIds(), code.autoCreateRoom());
        if (active.equals(code.activeChatIds())) {
            return;
        }
        OffsetDateTime now = now();
        LiveCode rotated = new LiveCode(
                code.configId(),
                code.remark(),
                code.state(),
                code.chatIds(),
                active,
                code.autoCreateRoom(),
                code.roomBaseName(),
                code.roomBaseId(),
                code.qrCode(),
                code.createdAt(),
                now,
                now);
        wecom.post("externalcontact/groupchat/update_join_way", withConfigId(rotated));
        store.update(rotated);
        log.info("Live code {} ({}) now sends joiners to {}", code.configId(), code.state(), active);
    }

    /**
     * The first five groups of the pool that are open and below the fill share; when none is, the
     * last group, where WeCom opens a new group once it is full if the code lets it.
     */
    List<String> active(List<String> pool, boolean autoCreateRoom) {
        double fill = parameters.number("wecom.rotate-at-fill");
        List<String> open = new ArrayList<>();
        for (String chatId : pool) {
            Optional<Group> group = groups.find(chatId);
            if (group.isPresent()
                    && !group.get().archived()
                    && group.get().memberCount() < Math.ceil(group.get().capacity() * fill)
                    && open.size() < WECOM_GROUPS) {
                open.add(chatId);
            }
        }
        if (open.isEmpty()) {
            if (!autoCreateRoom) {
                log.warn("Every group of a live code is near its capacity and WeCom may not open new ones: {}", pool);
            }
            return List.of(pool.get(pool.size() - 1));
        }
        return List.copyOf(open);
    }

    private LiveCode withQrCode(LiveCode code) {
        String qrCode = wecom.post("externalcontact/groupchat/get_join_way", Map.of("config_id", code.configId()))
                .path("join_way")
                .path("qr_code")
                .asText(null);
        return new LiveCode(
                code.configId(),
                code.remark(),
                code.state(),
                code.chatIds(),
                code.activeChatIds(),
                code.autoCreateRoom(),
                code.roomBaseName(),
                code.roomBaseId(),
                qrCode,
                code.createdAt(),
                code.updatedAt(),
                code.rotatedAt());
    }

    private static Map<String, Object> withConfigId(LiveCode code) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("config_id", code.configId());
        body.putAll(code.joinWay());
        return body;
    }

    /** The request's fields are checked where it arrives; here, that no other code counts under its state. */
    private void check(Request request, LiveCode before) {
        Optional<LiveCode> sameState = store.byState(request.state());
        if (sameState.isPresent()
                && (before == null || !sameState.get().configId().equals(before.configId()))) {
            throw stateTaken(request.state());
        }
    }

    private static ConflictException stateTaken(String state) {
        return new ConflictException(
                "Another live code already counts joiners under the state '" + state + "'",
                "已有另一个活码在用渠道标识 " + state + " 统计入群人数");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
