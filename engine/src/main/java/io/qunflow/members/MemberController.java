package io.qunflow.members;

import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.Paging;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.groups.GroupService;
import io.qunflow.moderation.ModerationService;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MemberController {

    private final MemberService members;
    private final GroupService groups;
    private final ModerationService moderation;
    private final ObjectProvider<PointsBalances> points;
    private final MemberDirectory directory;
    private final PruningKeeps keeps;
    private final Clock clock;

    MemberController(
            MemberService members,
            GroupService groups,
            ModerationService moderation,
            ObjectProvider<PointsBalances> points,
            MemberDirectory directory,
            PruningKeeps keeps,
            Clock clock) {
        this.members = members;
        this.groups = groups;
        this.moderation = moderation;
        this.points = points;
        this.directory = directory;
        this.keeps = keeps;
        this.clock = clock;
    }

    /**
     * One member in the group's list.
     *
     * @param keptReason why staff keep the member from pruning, or null
     */
    record MemberRow(
            String memberId,
            String nickname,
            MemberRole role,
            String layer,
            String persona,
            int strikes,
            long points,
            OffsetDateTime lastActiveAt,
            OffsetDateTime joinedAt,
            String keptReason) {}

    record MemberPage(List<MemberRow> items, int total, int page, int size) {}

    /** The members in the group, a page at a time, the most recently active first. */
    @GetMapping("/api/v1/groups/{groupId}/members")
    @RequestSubject(value = "The member list", zh = "成员列表查询")
    MemberPage list(
            @PathVariable String groupId,
            @RequestParam(required = false) @LayerName String layer,
            @RequestParam(required = false) @Text(max = 100) String q,
            @RequestParam(defaultValue = "0") @Between(min = 0, max = Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Between(min = 1, max = Paging.MAX_SIZE) int size) {
        groups.get(groupId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        PointsBalances balances = points.getIfAvailable();
        List<MemberRow> items = directory.page(groupId, layer, q, page * size, size).stream()
                .map(row -> new MemberRow(
                        row.memberId(),
                        row.nickname(),
                        row.role(),
                        row.layer(),
                        row.persona(),
                        moderation.strikesInWindow(groupId, row.memberId(), now),
                        balances == null ? 0 : balances.balance(groupId, row.memberId()),
                        row.lastActiveAt(),
                        row.joinedAt(),
                        row.kept() == null ? null : row.kept().reason()))
                .toList();
        return new MemberPage(items, directory.count(groupId, layer, q), page, size);
    }

    /**
     * A member as operators see them.
     *
     * @param explanation in words, which rule and which figures put the member where they are;
     *     features append their own lines (layer and persona first, then strikes)
     */
    record MemberView(
            String memberId,
            MemberRole role,
            String layer,
            String persona,
            boolean layerLocked,
            int strikes,
            long points,
            OffsetDateTime lastActiveAt,
            List<String> explanation,
            String nickname,
            String status,
            OffsetDateTime joinedAt,
            OffsetDateTime layerSince,
            ActivityFigures activity,
            String keptReason,
            String keptBy,
            OffsetDateTime keptAt) {}

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}")
    MemberView get(@PathVariable String groupId, @PathVariable String memberId) {
        groups.get(groupId);
        Member m = members.get(groupId, memberId);
        MemberService.Standing standing = members.standing(groupId, memberId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int strikes = moderation.strikesInWindow(groupId, memberId, now);
        List<String> explanation = new ArrayList<>(standing.explanation());
        explanation.addAll(moderation.explain(groupId, memberId, now));
        MemberDirectory.Keep kept = directory.kept(groupId, memberId).orElse(null);
        if (kept != null) {
            explanation.add(PruningKeeps.words(kept));
        }
        PointsBalances balances = points.getIfAvailable();
        return new MemberView(
                m.memberId(),
                m.role(),
                standing.layer(),
                standing.persona(),
                standing.locked(),
                strikes,
                balances == null ? 0 : balances.balance(groupId, memberId),
                m.lastActiveAt(),
                explanation,
                m.nickname(),
                m.status(),
                m.joinedAt(),
                standing.layerSince(),
                members.activity(groupId, memberId),
                kept == null ? null : kept.reason(),
                kept == null ? null : kept.by(),
                kept == null ? null : kept.at());
    }

    @RequestSubject(value = "The layer lock", zh = "分层锁定请求")
    record LayerLockRequest(
            @Text(max = 20, required = true) @LayerName String layer,
            @Text(max = 2000, required = true) String comment) {}

    /** Staff fix a member's layer (e.g. a known KOL who is quiet this month); layering keeps it. */
    @PostMapping("/api/v1/groups/{groupId}/members/{memberId}/layer-lock")
    MemberView lock(
            @PathVariable String groupId,
            @PathVariable String memberId,
            @Valid @RequestBody LayerLockRequest request,
            Principal who) {
        groups.get(groupId);
        members.lockLayer(groupId, memberId, request.layer(), who.getName(), request.comment());
        return get(groupId, memberId);
    }

    @RequestSubject(value = "The keep", zh = "保留请求")
    record KeepRequest(@Text(max = 2000, required = true) String reason) {}

    /** Keeps the member from pruning: the run reports them spared with this reason. Audited. */
    @PostMapping("/api/v1/groups/{groupId}/members/{memberId}/keep")
    MemberView keep(
            @PathVariable String groupId,
            @PathVariable String memberId,
            @Valid @RequestBody KeepRequest request,
            Principal who) {
        groups.get(groupId);
        keeps.keep(groupId, memberId, request.reason(), who.getName());
        return get(groupId, memberId);
    }

    /** Lets pruning judge the member again. Audited, with the reason when one is given. */
    @DeleteMapping("/api/v1/groups/{groupId}/members/{memberId}/keep")
    @RequestSubject(value = "The release", zh = "解除保留请求")
    MemberView release(
            @PathVariable String groupId,
            @PathVariable String memberId,
            @RequestParam(required = false) @Text(max = 2000) String reason,
            Principal who) {
        groups.get(groupId);
        keeps.release(groupId, memberId, reason == null || reason.isBlank() ? "kept no longer" : reason, who.getName());
        return get(groupId, memberId);
    }

    @RequestSubject(value = "The role change", zh = "角色变更请求")
    record RoleRequest(
            @Text(max = 20, required = true) String role,
            @Text(max = 2000, required = true) String comment) {}

    /**
     * Gives the member the role they hold in the chat now (made an admin, handed the group): a
     * rejoin never raises a role, so this is how a real promotion reaches Qunflow. Audited.
     */
    @PutMapping("/api/v1/groups/{groupId}/members/{memberId}/role")
    MemberView role(
            @PathVariable String groupId,
            @PathVariable String memberId,
            @Valid @RequestBody RoleRequest request,
            Principal who) {
        MemberRole role = Arrays.stream(MemberRole.values())
                .filter(r -> r.name().equals(request.role()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "role",
                        new Words("The role", "角色"),
                        new Words(
                                "must be one of " + Arrays.toString(MemberRole.values()),
                                "须为以下之一：" + Arrays.toString(MemberRole.values()))));
        groups.get(groupId);
        members.changeRole(groupId, memberId, role, who.getName(), request.comment());
        return get(groupId, memberId);
    }

    @RequestSubject(value = "The layer unlock", zh = "分层解锁请求")
    record LayerUnlockRequest(
            @Text(max = 2000, required = true) String comment) {}

    @PostMapping("/api/v1/groups/{groupId}/members/{memberId}/layer-unlock")
    MemberView unlock(
            @PathVariable String groupId,
            @PathVariable String memberId,
            @Valid @RequestBody LayerUnlockRequest request,
            Principal who) {
        groups.get(groupId);
        members.unlockLayer(groupId, memberId, who.getName(), request.comment());
        return get(groupId, memberId);
    }
}
