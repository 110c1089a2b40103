package io.qunflow.members;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.NewAction;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.GroupRuleSetRunner;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.InactiveMember;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs the {@code pruning} rule set over a group's members and queues what it decides. */
@Component
class PruningRunner implements GroupRuleSetRunner {

    private final MemberService members;
    private final RuleEngine rules;
    private final ActionOutbox outbox;
    private final Clock clock;

    PruningRunner(MemberService members, RuleEngine rules, ActionOutbox outbox, Clock clock) {
        this.members = members;
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String ruleSet() {
        return "pruning";
    }

    @Override
    @Transactional
    public Evaluation run(String groupId, String runId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object> facts = new ArrayList<>();
        for (Member m : members.inGroup(groupId)) {
            OffsetDateTime lastSpoke = m.lastActiveAt() != null ? m.lastActiveAt() : m.joinedAt();
            long silentDays = lastSpoke == null ? 0 : Duration.between(lastSpoke, now).toDays();
            long joinedDays = m.joinedAt() == null ? -1 : Duration.between(m.joinedAt(), now).toDays();
            facts.add(new InactiveMember(groupId, m.memberId(), m.role().name(), silentDays, joinedDays,
                    members.messagesSince(groupId, m.memberId(), now.minusDays(30))));
        }
        Evaluation evaluation = rules.evaluate(ruleSet(), facts);
        outbox.enqueue(NewAction.fromDecisions(runId, groupId, null, null, evaluation.decisions()));
        return evaluation;
    }
}
