package io.qunflow.members;

import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.groups.GroupService;
import io.qunflow.moderation.ModerationService;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MemberController {

    private final MemberService members;
    private final GroupService groups;
    private final ModerationService moderation;
    private final ObjectProvider<PointsBalances> points;
    private final Clock clock;

    MemberController(
            MemberService members,
            GroupService groups,
            ModerationService moderation,
            ObjectProvider<PointsBalances> points,
            Clock clock) {
        this.members = members;
        this.groups = groups;
        this.moderation = moderation;
        this.points = points;
        this.clock = clock;
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
            ActivityFigures activity) {}

    @GetMapping("/api/v1/groups/{groupId}/members/{memberId}")
    MemberView get(@PathVariable String groupId, @PathVariable String memberId) {
        groups.get(groupId);
        Member m = members.get(groupId, memberId);
        MemberService.Standing standing = members.standing(groupId, memberId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int strikes = moderation.strikesInWindow(groupId, memberId, now);
        List<String> explanation = new ArrayList<>(standing.explanation());
        explanation.addAll(moderation.explain(groupId, memberId, now));
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
                members.activity(groupId, memberId));
    }

    @RequestSubject("The layer lock")
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

    @RequestSubject("The layer unlock")
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
