package io.qunflow.members;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps who is in each group, in which role, and how active they are, from the group's events.
 *
 * <p>Why this class is long: it is the members module's one public service, the door events,
 * pruning and the API use; each method is a short transaction on members' rows that hands the work
 * to the stores, the layering and the audit trail.
 */
@Service
public class MemberService {

    private final MemberStore members;
    private final ActivityStore activity;
    private final LayerStore layers;
    private final LayerChanges layerChanges;
    private final Layering layering;
    private final RuleEngine rules;
    private final GroupService groups;
    private final AuditTrail audit;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    MemberService(
            MemberStore members,
            ActivityStore activity,
            LayerStore layers,
            LayerChanges layerChanges,
            Layering layering,
            RuleEngine rules,
            GroupService groups,
            AuditTrail audit,
            ApplicationEventPublisher published,
            Clock clock) {
        this.members = members;
        this.activity = activity;
        this.layers = layers;
        this.layerChanges = layerChanges;
        this.layering = layering;
        this.rules = rules;
        this.groups = groups;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    /** The outcome of a join: the member as stored and the group's member count afterwards. */
    public record Joined(Member member, boolean counted, int memberCount) {}

    /**
     * Records a join. A member already in the group is not counted twice; one who left and comes
     * back is counted again, in the less trusted of their stored role and the role the join
     * reports: a join never raises a known member's role (see {@link MemberRole#onRejoinReportedAs}).
     */
    @Transactional
    public Joined join(
            String groupId,
            String memberId,
            MemberRole role,
            String nickname,
            String birthday,
            String channel,
            OffsetDateTime at) {
        // The group's row before the member's, the order every writer of members keeps (events
        // hold it already; a dry-run's members and other callers take it here).
        groups.lock(groupId);
        Optional<Member> existing = members.find(groupId, memberId);
        if (existing.isPresent() && existing.get().inGroup()) {
            return new Joined(existing.get(), false, groups.get(groupId).memberCount());
        }
        Member joined = new Member(
                groupId,
                memberId,
                existing.map(known -> known.role().onRejoinReportedAs(role)).orElse(role),
                nickname,
                birthday,
                channel,
                "IN_GROUP",
                at,
                null,
                existing.map(Member::lastActiveAt).orElse(null),
                existing.map(Member::messageCount).orElse(0),
                existing.map(Member::layer).orElse(null));
        if (existing.isEmpty()) {
            members.insert(joined);
        } else if (!members.rejoin(joined)) {
            // A concurrent join of the same member brought them back first, and counted them.
            return new Joined(
                    members.find(groupId, memberId).orElseThrow(),
                    false,
                    groups.get(groupId).memberCount());
        }
        // The count locks the group's row until this transaction ends, so the joins of one group
        // take turns here and each answers the count its own join made.
        int count = groups.countMembers(groupId, 1);
        published.publishEvent(new MembershipChanged(groupId, memberId, true, channel, at));
        return new Joined(members.find(groupId, memberId).orElseThrow(), true, count);
    }

    /** Records that a member left (or was removed); a member not in the group changes nothing. */
    @Transactional
    public void leave(String groupId, String memberId, OffsetDateTime at) {
        markGone(groupId, memberId, "LEFT", at);
    }

    /**
     * Gives a member in the group the role they really hold in the chat now (promoted to admin,
     * handed the group, stepped down). A join never raises a known member's role (see {@link
     * MemberRole#onRejoinReportedAs}), so this is the one way up: said by staff, or by a connector
     * that read the chat itself. Audited with who, the roles before and after, and why; the same
     * role again changes and records nothing.
     *
     * @return the member as stored afterwards
     * @throws NotFoundException when the group or the member is unknown
     * @throws ConflictException when the member is no longer in the group
     */
    @Transactional
    public Member changeRole(String groupId, String memberId, MemberRole role, String actor, String comment) {
        // The group's row before the member's, the order every writer of members keeps.
        groups.lock(groupId);
        Member member =
                members.lock(groupId, memberId).orElseThrow(() -> new NotFoundException("Member", "成员", memberId));
        if (!member.inGroup()) {
            throw new ConflictException(
                    "Member " + memberId + " is no longer in the group; a role is for a member in it",
                    "成员 " + memberId + " 已不在群内，无法设置角色");
        }
        if (member.role() == role) {
            return member;
        }
        members.changeRole(groupId, memberId, role);
        audit.record(
                actor,
                "MEMBER",
                groupId + "/" + memberId,
                "ROLE_CHANGED",
                comment,
                "- role = " + member.role() + "\n+ role = " + role);
        return members.find(groupId, memberId).orElseThrow();
    }

    /**
     * Takes a member out of the group as removed by staff outside Qunflow (a group owner who carried
     * out a removal by hand); a member no longer in the group changes nothing.
     */
    @Transactional
    public void removedByStaff(String groupId, String memberId, OffsetDateTime at) {
        markGone(groupId, memberId, "REMOVED", at);
    }

    /**
     * Records what was done about a member outside Qunflow's events (an owner task carried out or
     * dismissed, a customer who deleted the staff member serving them) in the audit trail, under
     * the subject {@code groupId/memberId} of type {@code MEMBER}, beside the member's layer history.
     */
    public void recordOutside(String groupId, String memberId, String what, String actor, String note) {
        audit.record(actor, "MEMBER", groupId + "/" + memberId, what, note, null);
    }

    void markGone(String groupId, String memberId, String status, OffsetDateTime at) {
        // The group's row before the member's: an owner task's removal otherwise held the member
        // and waited for the count while a pruning run held the group and waited for the member.
        groups.lock(groupId);
        if (members.markGone(groupId, memberId, status, at)) {
            groups.countMembers(groupId, -1);
            published.publishEvent(new MembershipChanged(groupId, memberId, false, null, at));
        }
    }

    /**
     * The member an event is from, as stored. Groups existed before Qunflow did, so a member first
     * seen this way is recorded (and counted) as a plain member whose join was never seen.
     *
     * <p>The member's row stays locked until the caller's transaction ends, as a batch locks its
     * members: two events of one member applied at once (two nodes, two connectors) are decided one
     * after the other, so the second counts the first's strike.
     */
    @Transactional
    public Member speaker(String groupId, String memberId, OffsetDateTime at) {
        Optional<Member> existing = members.lock(groupId, memberId);
        if (existing.isPresent()) {
            return existing.get();
        }
        groups.countMembers(groupId, 1);
        members.insert(new Member(
                groupId, memberId, MemberRole.MEMBER, null, null, null, "IN_GROUP", null, null, null, 0, null));
        published.publishEvent(new MembershipChanged(groupId, memberId, true, null, at));
        return members.find(groupId, memberId).orElseThrow();
    }

    /**
     * The members a batch of the group's events names (actors and the members they react to),
     * read at once, for the batch to apply its events to in memory and write back together, in the
     * caller's transaction: the same outcome as applying the events one by one through this service.
     * Their rows stay locked until that transaction ends, so call it before the transaction writes
     * anything: another batch of the group then waits here, holding nothing this one needs.
     */
    public MemberBatch batch(Group group, Collection<String> memberIds) {
        return new MemberBatch(
                group, memberIds, members, activity, layering, layerChanges, rules, groups, published, clock);
    }

    /** @throws NotFoundException when the group has never seen that member */
    public Member get(String groupId, String memberId) {
        return members.find(groupId, memberId).orElseThrow(() -> new NotFoundException("Member", "成员", memberId));
    }

    /**
     * The nicknames of the members among {@code keys}, read in one query however many there are:
     * for pages that list many members' items and show people names rather than ids. A member who
     * left or was removed keeps the nickname they last had here (a reviewer recognises a removed
     * member by it); a member the group has never seen, or who joined without one, is left out.
     */
    public Map<MemberKey, String> nicknames(Collection<MemberKey> keys) {
        return members.nicknames(keys);
    }

    public List<Member> inGroup(String groupId) {
        return members.inGroup(groupId);
    }

    /** The share of the group's members who spoke within the last {@code window}; 0 for an empty group. */
    public double activityRate(String groupId, Duration window) {
        int count = members.countInGroup(groupId);
        if (count <= 0) {
            return 0;
        }
        int active = members.activeSince(groupId, OffsetDateTime.now(clock).minus(window));
        return Math.min(1.0, (double) active / count);
    }

    /** The member's rolling windows as of today in the group's time zone. */
    public ActivityFigures activity(String groupId, String memberId) {
        Group group = groups.get(groupId);
        return activity.figures(groupId, memberId, today(group));
    }

    /** What each member of the group did on each day from {@code from} to {@code to}, both included. */
    public List<MemberDay> days(String groupId, LocalDate from, LocalDate to) {
        return activity.days(groupId, from, to);
    }

    /** Every member's rolling windows as of today; members idle for 100 days are absent. */
    public Map<String, ActivityFigures> activity(Group group) {
        return activity.figures(group.id(), today(group));
    }

    /**
     * Counts what an event did towards the member's day (the day of the event's own time in the
     * group's time zone) and layers the member again at once, so a promotion shows on the event
     * that earned it: one member's windows, one small evaluation, and one write of the member's
     * row for both the activity (last-active moves forward, never back) and the layer. The whole
     * group is layered again by every pruning pass, which is what moves members who post nothing.
     * A member first seen this way is recorded as a plain member, like a first-time speaker.
     *
     * @param counts what the event did, or null for an event that is no activity (a join)
     * @return the TAG_MEMBER decision when the member changed layer, nothing otherwise
     */
    @Transactional
    public Evaluation recordActivity(Group group, String memberId, OffsetDateTime at, ActivityCounts counts) {
        return recordActivity(group, speaker(group.id(), memberId, at), at, counts);
    }

    /** {@link #recordActivity(Group, String, OffsetDateTime, ActivityCounts)} for a member already read. */
    @Transactional
    public Evaluation recordActivity(Group group, Member member, OffsetDateTime at, ActivityCounts counts) {
        return layerChanges.recordActivity(group, member, at, counts);
    }

    /** Stores what a pruning pass's layering decided; answers a TAG_MEMBER decision per member who changed layer. */
    @Transactional
    List<Decision> applyLayers(String groupId, List<Layering.Classified> classified, OffsetDateTime now) {
        return layerChanges.applyLayers(groupId, classified, now);
    }

    /**
     * Fixes a member's layer: layering keeps it, whatever the figures, until unlocked. Recorded
     * in the audit trail with who and why.
     *
     * @throws InvalidRequestException when the layer is not one of core, active, silent, churned
     */
    @Transactional
    public void lockLayer(String groupId, String memberId, String layer, String actor, String comment) {
        if (!Layering.LAYERS.contains(layer)) {
            throw new InvalidRequestException(
                    "layer", new Words("must be one of " + Layering.LAYERS, "须为以下之一：" + Layering.LAYERS));
        }
        // The group's row before the member's, as every writer of members takes them: a pruning run
        // in progress finishes first, rather than overwrite the locked layer with its own.
        groups.lock(groupId);
        Member member = get(groupId, memberId);
        LayerState before = layers.find(groupId, memberId).orElseThrow();
        layers.lock(groupId, memberId, layer, actor);
        if (!layer.equals(before.layer())) {
            layers.save(
                    groupId,
                    memberId,
                    new LayerUpdate(layer, before.persona(), layer + ": locked by staff", now(), null, now()));
        }
        audit.record(
                actor,
                "MEMBER_LAYER",
                groupId + "/" + member.memberId(),
                "LOCKED",
                comment,
                "- layer = " + before.layer() + "\n+ layer = " + layer + " (locked)");
    }

    /** Lets layering decide the member's layer again from the next run on. */
    @Transactional
    public void unlockLayer(String groupId, String memberId, String actor, String comment) {
        groups.lock(groupId);
        get(groupId, memberId);
        layers.unlock(groupId, memberId);
        audit.record(actor, "MEMBER_LAYER", groupId + "/" + memberId, "UNLOCKED", comment, null);
    }

    /** A member's layer, persona and the explanation of both, as last decided. */
    public record Standing(
            String layer, String persona, boolean locked, OffsetDateTime layerSince, List<String> explanation) {}

    public Standing standing(String groupId, String memberId) {
        LayerState s =
                layers.find(groupId, memberId).orElseThrow(() -> new NotFoundException("Member", "成员", memberId));
        List<String> explanation = s.explanation() == null
                ? List.of()
                : Arrays.asList(s.explanation().split("\n"));
        return new Standing(s.layer(), s.persona(), s.locked(), layers.layerSince(groupId, memberId), explanation);
    }

    /** Members in the group per layer (core, active, silent, churned), zero included. */
    public Map<String, Integer> layerCounts(String groupId) {
        return layers.counts(groupId);
    }

    private LocalDate today(Group group) {
        return OffsetDateTime.now(clock).atZoneSameInstant(group.timeZone()).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
