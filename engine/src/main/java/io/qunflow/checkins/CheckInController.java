package io.qunflow.checkins;

import io.qunflow.groups.GroupService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckInController {

    private final CheckInService checkIns;
    private final GroupService groups;

    CheckInController(CheckInService checkIns, GroupService groups) {
        this.checkIns = checkIns;
        this.groups = groups;
    }

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}/check-ins")
    CheckInStreakView streak(@PathVariable String groupId, @PathVariable String memberId) {
        return checkIns.streak(groups.get(groupId), memberId);
    }
}
