package io.qunflow.members;

import io.qunflow.audit.AuditTrail;
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

    private final MemberService members;
    private final MemberDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    PruningKeeps(MemberService members, MemberDirectory directory, AuditTrail audit, Clock clock) {
        this.members = members;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws io.qunflow.common.NotFoundException when the member is not known in the group */
    @Transactional
    void keep(String groupId, String memberId, String reason, String actor) {
        members.get(groupId, memberId);
        directory.keep(
                groupId, memberId, reason, actor, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        audit.record(actor, SUBJECT, groupId + "/" + memberId, "KEPT", reason, null);
    }

    /** @throws io.qunflow.common.NotFoundException when the member is not known in the group */
    @Transactional
    void release(String groupId, String memberId, String reason, String actor) {
        members.get(groupId, memberId);
        directory.release(groupId, memberId);
        audit.record(actor, SUBJECT, groupId + "/" + memberId, "RELEASED", reason, null);
    }

    /** The line a kept member's explanation and the pruning report carry. */
    static String words(MemberDirectory.Keep keep) {
        return "kept from pruning by " + keep.by() + ": " + keep.reason();
    }
}
