package io.qunflow.members;

import io.qunflow.rules.Evaluation;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One member's row as a {@link MemberBatch} changes it in memory, with what the batch must write
 * back: whether the row is new, whether the membership changed (and from which status read), the
 * messages and last activity its events added, its last layering, and the layerings still waiting
 * to be evaluated, oldest first.
 */
final class BatchedMember {

    /** A layering asked for by one event, evaluated later with the same inputs it would have had at once. */
    static final class Pending {

        final BatchedMember member;
        final MemberRole role;
        final OffsetDateTime joinedAt;
        final OffsetDateTime lastActiveAt;
        final ActivityFigures figures;
        final OffsetDateTime now;
        Evaluation evaluation;

        Pending(BatchedMember member, OffsetDateTime now) {
            this.member = member;
            this.role = member.role;
            this.joinedAt = member.joinedAt;
            this.lastActiveAt = member.lastActiveAt;
            this.figures = member.figures;
            this.now = now;
        }

        /** The layering state as the stored row would be when this event's layering runs. */
        LayerState state() {
            return new LayerState(
                    member.memberId,
                    role,
                    member.layer,
                    member.persona,
                    member.locked,
                    member.demotionDueSince,
                    joinedAt,
                    lastActiveAt,
                    member.pruneWarnedAt,
                    member.explanation);
        }
    }

    final String groupId;
    final String memberId;
    /** The status as read, or null for a member the batch created. */
    final String statusRead;

    MemberRole role;
    String nickname;
    String birthday;
    String channel;
    String status;
    OffsetDateTime joinedAt;
    OffsetDateTime leftAt;
    OffsetDateTime lastActiveAt;
    int messageCount;
    String layer;
    String persona;
    boolean locked;
    OffsetDateTime demotionDueSince;
    OffsetDateTime pruneWarnedAt;
    String explanation;
    ActivityFigures figures;

    boolean membershipChanged;
    int messagesAdded;
    /** The latest time an activity of the batch happened, or null when none did. */
    OffsetDateTime activeAt;
    /** The last layering the batch stores for the member, or null. */
    LayerUpdate layered;
    /** When the member entered the layer, as the stored row will say once the batch's layerings are written. */
    OffsetDateTime layerSince;

    final Deque<Pending> pending = new ArrayDeque<>(2);

    BatchedMember(MemberStore.Stored stored, ActivityFigures figures) {
        Member m = stored.member();
        LayerState s = stored.state();
        this.groupId = m.groupId();
        this.memberId = m.memberId();
        this.statusRead = m.status();
        this.role = m.role();
        this.nickname = m.nickname();
        this.birthday = m.birthday();
        this.channel = m.channel();
        this.status = m.status();
        this.joinedAt = m.joinedAt();
        this.leftAt = m.leftAt();
        this.lastActiveAt = m.lastActiveAt();
        this.messageCount = m.messageCount();
        this.layer = m.layer();
        this.persona = s.persona();
        this.locked = s.locked();
        this.demotionDueSince = s.demotionDueSince();
        this.pruneWarnedAt = s.pruneWarnedAt();
        this.explanation = s.explanation();
        this.figures = figures;
    }

    /** A member the group sees for the first time: in the group, with nothing recorded yet. */
    BatchedMember(String groupId, String memberId, ActivityFigures figures) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.statusRead = null;
        this.role = MemberRole.MEMBER;
        this.status = "IN_GROUP";
        this.figures = figures;
    }

    boolean created() {
        return statusRead == null;
    }

    boolean inGroup() {
        return "IN_GROUP".equals(status);
    }

    Member member() {
        return new Member(
                groupId,
                memberId,
                role,
                nickname,
                birthday,
                channel,
                status,
                joinedAt,
                leftAt,
                lastActiveAt,
                messageCount,
                layer);
    }

    /** Stores a layering's outcome in memory, as the row's write would. */
    void store(LayerUpdate update) {
        layer = update.layer();
        persona = update.persona();
        explanation = update.explanation();
        demotionDueSince = update.demotionDueSince();
        if (update.layerSince() != null) {
            layerSince = update.layerSince();
        }
        layered = update;
    }

    /** The last layering with the layer-since the stored row ends up with ({@code COALESCE} of the writes). */
    LayerUpdate layeredToWrite() {
        return layered == null
                ? null
                : new LayerUpdate(
                        layered.layer(),
                        layered.persona(),
                        layered.explanation(),
                        layerSince,
                        layered.demotionDueSince(),
                        layered.layeredAt());
    }
}
