package io.qunflow.wecom;

import io.qunflow.common.ConflictException;
import io.qunflow.members.Member;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Members' roles follow the positions WeCom gives in a customer group: its owner ({@code owner})
 * and its admins ({@code admin_list}), as {@code groupchat/get} names them. WeCom calls back when
 * the owner changes but not when admins do, so every read of the chat brings both in. WeCom is the
 * authority on those two positions; the roles Qunflow's operators give (KOC, STAFF for a seeded
 * account) are theirs: kept while WeCom gives the member a position, and given back when it takes
 * the position away. Every change goes through the members' role change, audited as {@code wecom}.
 */
@Component
class ChatPositions {

    static final String ACTOR = "wecom";

    private final MemberService members;
    private final HeldRoleStore held;

    ChatPositions(MemberService members, HeldRoleStore held) {
        this.members = members;
        this.held = held;
    }

    /** Brings the chat's owner and admins into the roles of its members; run after the joins. */
    void follow(GroupChat chat) {
        if (chat.owner() == null || chat.owner().isBlank()) {
            // An answer without an owner says nothing of who holds the group: change nobody on it.
            return;
        }
        Map<String, GroupChat.Member> inWeCom = new HashMap<>();
        chat.members().forEach(m -> inWeCom.put(m.userId(), m));
        for (Member m : members.inGroup(chat.chatId())) {
            GroupChat.Member there = inWeCom.get(m.memberId());
            if (there == null) {
                continue;
            }
            try {
                follow(chat, m, there);
            } catch (ConflictException leftMeanwhile) {
                // The member left between the read of the group's members and the change (an old
                // owner leaving as they hand the group over, their leave applied by another
                // callback): a role is for a member in the group, and the others still follow.
            }
        }
    }

    /** @throws ConflictException when the member is no longer in the group */
    private void follow(GroupChat chat, Member m, GroupChat.Member there) {
        MemberRole position = position(chat, m.memberId());
        if (position != null && m.role() != position) {
            if (!isPosition(m.role())) {
                held.keep(chat.chatId(), m.memberId(), m.role());
            }
            members.changeRole(chat.chatId(), m.memberId(), position, ACTOR, raised(chat, position));
        } else if (position == null && stepsDown(chat, m.role())) {
            MemberRole back = held.find(chat.chatId(), m.memberId()).orElse(byAccount(there));
            members.changeRole(chat.chatId(), m.memberId(), back, ACTOR, lowered(chat, m.role()));
            held.forget(chat.chatId(), m.memberId());
        }
    }

    /**
     * Forgets the role a member held before a position, as they leave the group or join it again:
     * a later stay starts from what WeCom and operators say then, not from a KOC of an earlier one.
     */
    void leftOrRejoined(String chatId, String memberId) {
        held.forget(chatId, memberId);
    }

    /** The role a member joins in: their position in the chat, else what their account is. */
    static MemberRole joiningAs(GroupChat chat, GroupChat.Member m) {
        MemberRole position = position(chat, m.userId());
        return position != null ? position : byAccount(m);
    }

    private static MemberRole position(GroupChat chat, String userId) {
        if (userId.equals(chat.owner())) {
            return MemberRole.OWNER;
        }
        return chat.admins().contains(userId) ? MemberRole.ADMIN : null;
    }

    /**
     * Whether a member Qunflow holds in a position the chat no longer gives them loses it: an owner
     * always (the chat names its owner), an admin only when the answer lists the admins at all.
     */
    private static boolean stepsDown(GroupChat chat, MemberRole role) {
        return role == MemberRole.OWNER || (role == MemberRole.ADMIN && chat.adminsListed());
    }

    private static boolean isPosition(MemberRole role) {
        return role == MemberRole.OWNER || role == MemberRole.ADMIN;
    }

    /** The corp's own staff are STAFF, customers MEMBER: what a member is without a role given. */
    private static MemberRole byAccount(GroupChat.Member m) {
        return m.type() == 1 ? MemberRole.STAFF : MemberRole.MEMBER;
    }

    private static String raised(GroupChat chat, MemberRole position) {
        return position == MemberRole.OWNER ? ownerChanged(chat) : "WeCom: made an admin of the group（企业微信设为群管理员）";
    }

    private static String lowered(GroupChat chat, MemberRole was) {
        return was == MemberRole.OWNER ? ownerChanged(chat) : "WeCom: no longer an admin of the group（企业微信不再是群管理员）";
    }

    private static String ownerChanged(GroupChat chat) {
        return "WeCom: the group's owner is now " + chat.owner() + "（企业微信群主变更为 " + chat.owner() + "）";
    }
}
