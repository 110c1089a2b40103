package io.qunflow.members;

import io.qunflow.audit.AuditTrail;
import io.qunflow.groups.GroupService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep a member from pruning, with a reason, and let pruning judge them again later. The
 * pruning rule still runs over a kept member; the run then reports them spared, naming who kept
 * them and why, and warns or removes nobody it kept. Both changes are audited.
 */
@Service
class PruningKeeps {

    static final String SUBJECT = "MEMBER_PRUNING";

    private final GroupService groups;
    private final MemberService members;
    private final MemberDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    PruningKeeps(GroupService groups, MemberService members, MemberDirectory directory, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws io.qunflow.common.NotFoundException when the member is not known in the group */
    @Transactional
    void keep(String groupId, String memberId, String reason, String actor) {
        takeTurnWithPruning(groupId);
        members.get(groupId, memberId);
        directory.keep(
                groupId, memberId, reason, actor, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        audit.record(actor, SUBJECT, groupId + "/" + memberId, "KEPT", reason, null);
    }

    /** @throws io.qunflow.common.NotFoundException when the member is not known in the group */
    @Transactional
    void release(String groupId, String memberId, String reason, String actor) {
        takeTurnWithPruning(groupId);
        members.get(groupId, memberId);
        directory.release(groupId, memberId);
        audit.record(actor, SUBJECT, groupId + "/" + memberId, "RELEASED", reason, null);
    }

    /**
     * A pruning run holds the group's row while it reads who is kept and acts: a keep saved in the
     * middle of a run would answer 200 and still see its member removed. Keeps wait for the run, so
     * the run either saw the keep or the keep comes after it (and protects from the next run).
     */
    private void takeTurnWithPruning(String groupId) {
        groups.lock(groupId);
    }

    /** The line a kept member's explanation and the pruning report carry. */
    static String words(MemberDirectory.Keep keep) {
        return "kept from pruning by " + keep.by() + ": " + keep.reason();
    }
}
