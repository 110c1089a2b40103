package io.qunflow.members;

import io.qunflow.common.NotFoundException;
import io.qunflow.groups.GroupService;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps who is in each group, in which role, and how active they are, from the group's events. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final GroupService groups;
    private final Clock clock;

    MemberService(MemberRepository members, GroupService groups, Clock clock) {
        this.members = members;
        this.groups = groups;
        this.clock = clock;
    }

    /** The outcome of a join: the member as stored and the group's member count afterwards. */
    public record Joined(Member member, boolean counted, int memberCount) {}

    /**
     * Records a join. A member already in the group is not counted twice; one who left and comes
     * back is counted again.
     */
    @Transactional
    public Joined join(String groupId, String memberId, MemberRole role, String nickname, String birthday,
            String channel, OffsetDateTime at) {
        Optional<Member> existing = members.find(groupId, memberId);
        Member joined = new Member(groupId, memberId, role, nickname, birthday, channel, "IN_GROUP", at, null,
                existing.map(Member::lastActiveAt).orElse(null), existing.map(Member::messageCount).orElse(0));
        if (existing.isEmpty()) {
            members.insert(joined);
        } else if (existing.get().inGroup()) {
            return new Joined(existing.get(), false, groups.get(groupId).memberCount());
        } else {
            members.rejoin(joined);
        }
        int count = groups.countMembers(groupId, 1);
        return new Joined(members.find(groupId, memberId).orElseThrow(), true, count);
    }

    /** Records that a member left (or was removed); a member not in the group changes nothing. */
    @Transactional
    public void leave(String groupId, String memberId, OffsetDateTime at) {
        Optional<Member> existing = members.find(groupId, memberId);
        if (existing.isPresent() && existing.get().inGroup()) {
            members.markGone(groupId, memberId, "LEFT", at);
            groups.countMembers(groupId, -1);
        }
    }

    /**
     * The member who posted, known or not: groups existed before Qunflow did, so a member first
     * seen speaking is recorded as a plain member whose join was never seen.
     */
    @Transactional
    public Member speaker(String groupId, String memberId) {
        Optional<Member> existing = members.find(groupId, memberId);
        if (existing.isPresent()) {
            return existing.get();
        }
        members.insert(new Member(groupId, memberId, MemberRole.MEMBER, null, null, null, "IN_GROUP", null, null,
                null, 0));
        groups.countMembers(groupId, 1);
        return members.find(groupId, memberId).orElseThrow();
    }

    /** Counts a message towards the member's activity. */
    @Transactional
    public void recordMessage(String groupId, String memberId, OffsetDateTime at) {
        members.recordMessage(groupId, memberId, at);
    }

    /** @throws NotFoundException when the group has never seen that member */
    public Member get(String groupId, String memberId) {
        return members.find(groupId, memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
    }

    public List<Member> inGroup(String groupId) {
        return members.inGroup(groupId);
    }

    /** Messages the member posted since the given time, by the events' own times. */
    public int messagesSince(String groupId, String memberId, OffsetDateTime since) {
        return members.messagesSince(groupId, memberId, since);
    }

    /** The share of the group's members who spoke within the last {@code window}; 0 for an empty group. */
    public double activityRate(String groupId, Duration window) {
        int count = groups.get(groupId).memberCount();
        if (count <= 0) {
            return 0;
        }
        int active = members.activeSince(groupId, OffsetDateTime.now(clock).minus(window));
        return Math.min(1.0, (double) active / count);
    }
}
