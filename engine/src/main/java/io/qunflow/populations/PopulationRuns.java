package io.qunflow.populations;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.GroupContext;
import io.qunflow.rules.model.PopulationMember;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a named rule set over a population of one group, in the group's phase and type, and
 * carries out the decisions: points and red envelopes through the rewards ledger and budgets
 * (once per run, refused over budget), every other decision as actions in the outbox, as an
 * event's decisions would be.
 */
@Service
public class PopulationRuns {

    private static final Set<String> REWARDS = Set.of("GRANT_POINTS", "SEND_RED_ENVELOPE");

    private final RuleEngine rules;
    private final GroupService groups;
    private final MemberService members;
    private final RewardService rewards;
    private final ActionOutbox outbox;
    private final Clock clock;

    PopulationRuns(
            RuleEngine rules,
            GroupService groups,
            MemberService members,
            RewardService rewards,
            ActionOutbox outbox,
            Clock clock) {
        this.rules = rules;
        this.groups = groups;
        this.members = members;
        this.rewards = rewards;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Evaluates the rule set once over the population and acts on what it decides.
     *
     * @param runId unique per run (the workflow step's visit); the same run id again pays nothing twice
     * @return the decisions carried out (a refused red envelope as {@code RED_ENVELOPE_REFUSED})
     */
    @Transactional
    public Evaluation run(String groupId, String ruleSet, Population population, String runId) {
        Group group = groups.get(groupId);
        List<Object> facts = new ArrayList<>(facts(group, population));
        Evaluation decided = rules.forGroup(
                new GroupContext(group.id(), group.phase().name(), group.type().name()),
                () -> rules.evaluate(ruleSet, facts));
        List<Decision> paid = decided.decisions().stream()
                .filter(d -> REWARDS.contains(d.outcome()))
                .toList();
        List<Decision> carriedOut =
                new ArrayList<>(rewards.settleRun(group, runId, new Evaluation(ruleSet, decided.version(), paid))
                        .decisions());
        decided.decisions().stream().filter(d -> !REWARDS.contains(d.outcome())).forEach(carriedOut::add);
        outbox.enqueue(NewAction.fromDecisions(runId, groupId, null, null, carriedOut));
        return new Evaluation(ruleSet, decided.version(), carriedOut);
    }

    private List<PopulationMember> facts(Group group, Population population) {
        if (population.kind() == Population.Kind.GROUP) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return members.inGroup(group.id()).stream()
                .filter(m -> population.kind() == Population.Kind.MEMBERS
                        || population.layer().equals(m.layer()))
                .map(m -> fact(m, now))
                .toList();
    }

    private static PopulationMember fact(Member m, OffsetDateTime now) {
        return new PopulationMember(
                m.groupId(),
                m.memberId(),
                m.role().name(),
                m.layer(),
                m.channel(),
                m.joinedAt() == null ? -1 : Duration.between(m.joinedAt(), now).toDays(),
                m.lastActiveAt() == null
                        ? -1
                        : Duration.between(m.lastActiveAt(), now).toDays(),
                m.messageCount());
    }
}
