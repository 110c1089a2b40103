package io.qunflow.rewards;

import io.qunflow.common.Paging;
import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The points ledger and the red envelopes, for operators and dashboards: paged as the member list
 * is ({@code page} from 0, {@code size} 1 to 100, 20 by default), the latest first.
 */
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

    /** The balance over the whole ledger; {@code entries} is the page asked for, of {@code total}. */
    record PointsView(String memberId, long balance, List<PointsEntry> entries, int total, int page, int size) {}

    record EnvelopePage(List<RedEnvelope> items, int total, int page, int size) {}

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}/points")
    @RequestSubject(value = "The points ledger query", zh = "积分明细查询")
    PointsView points(
            @PathVariable String groupId,
            @PathVariable String memberId,
            @RequestParam(defaultValue = "0") @Between(min = 0, max = Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Between(min = 1, max = Paging.MAX_SIZE) int size) {
        groups.get(groupId);
        members.get(groupId, memberId);
        RewardService.Page<PointsEntry> entries = rewards.entries(groupId, memberId, page, size);
        return new PointsView(
                memberId, rewards.balance(groupId, memberId), entries.items(), entries.total(), page, size);
    }

    @GetMapping("/api/v1/groups/{groupId}/red-envelopes")
    @RequestSubject(value = "The red envelope list", zh = "红包列表查询")
    EnvelopePage envelopes(
            @PathVariable String groupId,
            @RequestParam(defaultValue = "0") @Between(min = 0, max = Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Between(min = 1, max = Paging.MAX_SIZE) int size) {
        groups.get(groupId);
        RewardService.Page<RedEnvelope> envelopes = rewards.envelopes(groupId, page, size);
        return new EnvelopePage(envelopes.items(), envelopes.total(), page, size);
    }
}
