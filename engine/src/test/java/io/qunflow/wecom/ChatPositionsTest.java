package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.qunflow.common.ConflictException;
import io.qunflow.members.Member;
import io.qunflow.members.MemberRole;
import io.qunflow.members.MemberService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Roles following the chat's positions while members come and go: the members' service is a stub
 * here, since the race it stands for (a member leaving between the read of the group's members and
 * the role change) cannot be timed through the API.
 */
class ChatPositionsTest {

    private static final String CHAT = "wrHandover";

    private final MemberService members = mock(MemberService.class);
    private final HeldRoleStore held = mock(HeldRoleStore.class);
    private final ChatPositions positions = new ChatPositions(members, held);

    /**
     * Li hands the group to Wang and leaves it as WeCom applies the change: groupchat/get still
     * lists Li, and Li's leave (another callback, another node) is applied before Li's role change.
     * The role of a member who has left matters no more; the callback must not fail for it (it
     * failed once and was tried again after the back-off) and the new owner must still rise.
     */
    @Test
    void follow_aMemberWhoLeftMeanwhileIsPassedOver_andTheNewOwnerStillRises() {
        GroupChat chat = new GroupChat(
                CHAT,
                "早教交流群",
                "staff-wang",
                null,
                "v2",
                List.of(customerGroupStaff("owner-li"), customerGroupStaff("staff-wang")),
                Set.of(),
                true);
        when(members.inGroup(CHAT))
                .thenReturn(List.of(member("owner-li", MemberRole.OWNER), member("staff-wang", MemberRole.STAFF)));
        when(held.find(CHAT, "owner-li")).thenReturn(Optional.empty());
        when(members.changeRole(eq(CHAT), eq("owner-li"), any(), anyString(), anyString()))
                .thenThrow(new ConflictException(
                        "Member owner-li is no longer in the group; a role is for a member in it",
                        "成员 owner-li 已不在群内，无法设置角色"));

        assertThatCode(() -> positions.follow(chat)).doesNotThrowAnyException();

        verify(members).changeRole(eq(CHAT), eq("staff-wang"), eq(MemberRole.OWNER), eq("wecom"), anyString());
    }

    private static GroupChat.Member customerGroupStaff(String userId) {
        return new GroupChat.Member(userId, 1, 1760000000L, 1, null, null);
    }

    private static Member member(String memberId, MemberRole role) {
        return new Member(CHAT, memberId, role, null, null, null, "IN_GROUP", null, null, null, 0, null);
    }
}
