package io.qunflow.rewards;

import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The points ledger and the red envelopes, for operators and dashboards. */
@RestController
class RewardController {

    private final RewardService rewards;
    private final GroupService groups;
    private final MemberService members;

    RewardController(RewardService rewards, GroupService groups, MemberService members) {
        this.rewards = rewards;
        this.groups = groups;
        this.members = members;
    }

    record PointsView(String memberId, long balance, List<PointsEntry> entries) {}

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}/points")
    PointsView points(@PathVariable String groupId, @PathVariable String memberId) {
        groups.get(groupId);
        members.get(groupId, memberId);
        return new PointsView(memberId, rewards.balance(groupId, memberId), rewards.entries(groupId, memberId));
    }

    @GetMapping("/api/v1/groups/{groupId}/red-envelopes")
    List<RedEnvelope> envelopes(@PathVariable String groupId) {
        groups.get(groupId);
        return rewards.envelopes(groupId);
    }
}
