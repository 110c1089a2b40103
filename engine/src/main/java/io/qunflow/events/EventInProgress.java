package io.qunflow.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.checkins.CheckIn;
import io.qunflow.groups.Group;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.moderation.ModerationService;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.model.MemberJoin;
import java.util.ArrayList;
import java.util.List;

/**
 * One event on its way through the {@link EventPipeline}: what the stages before have learnt of it
 * (its group, the member it is from, the join or check-in it made) and what the rules have judged
 * so far, until the last stage answers it.
 */
final class EventInProgress {

    /** An evaluation with the evidence it was made on, when there is any. */
    record Judged(Evaluation evaluation, ModerationService.Evidence evidence) {}

    private final GroupEvent event;
    private final List<Judged> judged = new ArrayList<>(4);
    private Group group;
    private Member actor;
    private MemberService.Joined joined;
    private CheckIn checkIn;
    private boolean gateObjected;
    private EventAnswer answer;

    EventInProgress(GroupEvent event) {
        this.event = event;
    }

    GroupEvent event() {
        return event;
    }

    EventType type() {
        return event.type();
    }

    Group group() {
        return group;
    }

    void admittedTo(Group group) {
        this.group = group;
    }

    /** The member the event is from, as stored before it; null for a member who left. */
    Member actor() {
        return actor;
    }

    void from(Member actor) {
        this.actor = actor;
    }

    /** The join a MEMBER_JOINED event made; null for other events. */
    MemberService.Joined joined() {
        return joined;
    }

    void joined(MemberService.Joined joined) {
        this.joined = joined;
        this.actor = joined.member();
    }

    /** A counted join: the member was not in the group before this event. */
    boolean countedJoin() {
        return joined != null && joined.counted();
    }

    /**
     * A counted join the join gate let through without a decision: only these are welcomed and
     * rewarded as a new member's.
     */
    boolean welcomedJoin() {
        return countedJoin() && !gateObjected;
    }

    /** The moderation rules decided something about the member at the join gate. */
    boolean gateObjected() {
        return gateObjected;
    }

    void objectedAtGate() {
        this.gateObjected = true;
    }

    /** The welcome and join-reward rules' fact for a counted join. */
    MemberJoin memberJoin() {
        Member member = joined.member();
        return new MemberJoin(
                group.id(),
                group.name(),
                member.memberId(),
                member.role().name(),
                member.nickname(),
                group.welcomeMessage(),
                group.groupRules(),
                joined.memberCount(),
                event.payload().path("channel").isTextual()
                        ? event.payload().path("channel").asText()
                        : null);
    }

    /** The check-in a CHECKED_IN event made; null for other events. */
    CheckIn checkIn() {
        return checkIn;
    }

    void checkedIn(CheckIn checkIn) {
        this.checkIn = checkIn;
    }

    void judged(Evaluation evaluation) {
        judged(evaluation, null);
    }

    void judged(Evaluation evaluation, ModerationService.Evidence evidence) {
        judged.add(new Judged(evaluation, evidence));
    }

    List<Judged> judged() {
        return judged;
    }

    EventAnswer answer() {
        return answer;
    }

    void answered(EventAnswer answer) {
        this.answer = answer;
    }

    /** A text field of the payload; null when it is absent or JSON null. */
    String payloadText(String field) {
        JsonNode node = event.payload().get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
