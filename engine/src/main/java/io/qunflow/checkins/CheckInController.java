package io.qunflow.checkins;

import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckInController {

    private final CheckInService checkIns;
    private final GroupService groups;
    private final MemberService members;

    CheckInController(CheckInService checkIns, GroupService groups, MemberService members) {
        this.checkIns = checkIns;
        this.groups = groups;
        this.members = members;
    }

    /** A member the group never saw is a 404, as their other reads are, not a streak of zeros. */
    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}/check-ins")
    CheckInStreakView streak(@PathVariable String groupId, @PathVariable String memberId) {
        Group group = groups.get(groupId);
        members.get(groupId, memberId);
        return checkIns.streak(group, memberId);
    }
}
