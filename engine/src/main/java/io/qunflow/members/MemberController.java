package io.qunflow.members;

import io.qunflow.groups.GroupService;
import io.qunflow.moderation.ModerationService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MemberController {

    private final MemberService members;
    private final GroupService groups;
    private final ModerationService moderation;
    private final Clock clock;

    MemberController(MemberService members, GroupService groups, ModerationService moderation, Clock clock) {
        this.members = members;
        this.groups = groups;
        this.moderation = moderation;
        this.clock = clock;
    }

    record MemberView(
            String memberId,
            MemberRole role,
            String nickname,
            String status,
            OffsetDateTime joinedAt,
            OffsetDateTime lastActiveAt,
            int messageCount,
            int strikes,
            List<String> explanation) {}

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}")
    MemberView get(@PathVariable String groupId, @PathVariable String memberId) {
        groups.get(groupId);
        Member m = members.get(groupId, memberId);
        int strikes = moderation.strikesInWindow(groupId, memberId, OffsetDateTime.now(clock));
        List<String> explanation = new ArrayList<>();
        explanation.add("strikes: " + strikes + " offence(s) within the strike window");
        return new MemberView(m.memberId(), m.role(), m.nickname(), m.status(), m.joinedAt(), m.lastActiveAt(),
                m.messageCount(), strikes, explanation);
    }
}
