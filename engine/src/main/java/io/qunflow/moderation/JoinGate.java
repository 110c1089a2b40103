package io.qunflow.moderation;

import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleParameters;
import io.qunflow.rules.model.MemberJoin;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.Offence;
import io.qunflow.rules.model.PastRemoval;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The join gate: a member's nickname is screened like a message (the same live word lists, variant
 * data and detectors), and a member moderation removed from the group before is recognised; the
 * {@code moderation} rule set decides what happens to either, as it does for messages. A nickname
 * the rules act on is a strike on the member's record, like a message.
 */
@Service
public class JoinGate {

    private final RuleEngine rules;
    private final RuleParameters parameters;
    private final StrikeStore strikes;
    private final WordListService wordLists;

    JoinGate(RuleEngine rules, RuleParameters parameters, StrikeStore strikes, WordListService wordLists) {
        this.rules = rules;
        this.parameters = parameters;
        this.strikes = strikes;
        this.wordLists = wordLists;
    }

    /**
     * Screens the nickname of a member who just joined and asks the moderation rules, when there is
     * something to decide: a finding in the nickname, or a removal for a violation on the member's
     * record in this group. Strikes are recorded in the caller's transaction.
     *
     * @return the rules' decisions with the nickname's evidence; an evaluation of null when there
     *     was nothing to decide
     */
    @Transactional
    public ModerationService.Moderation screen(String eventId, MemberJoin join, String layer, OffsetDateTime at) {
        return screen(eventId, join, () -> layer, at, strikes);
    }

    /** {@link #screen} on a strike record of its own, asking the member's layer only when the rules are asked. */
    ModerationService.Moderation screen(
            String eventId, MemberJoin join, Supplier<String> layer, OffsetDateTime at, StrikeBook book) {
        Screening screening = wordLists.screener().screen(join.nickname(), MessageFlags.NONE);
        PastRemoval pastRemoval = pastRemoval(join, at, book);
        boolean rulesNeedFindings = rules.everyRuleNeedsOneOf(ModerationService.RULE_SET, ModerationPipeline.FINDINGS);
        if (screening.clean() && pastRemoval == null && rulesNeedFindings) {
            return new ModerationService.Moderation(null, null);
        }
        int windowDays = (int) parameters.number("moderation.strike-window-days");
        int strikesInWindow = book.countSince(join.groupId(), join.memberId(), at.minusDays(windowDays));
        List<Object> facts = new ArrayList<>(4);
        facts.add(join);
        facts.add(new MemberStanding(join.memberId(), join.role(), layer.get(), strikesInWindow, windowDays));
        Offence offence = screening.clean() ? null : ModerationPipeline.offence(screening, join.nickname());
        if (offence != null) {
            facts.add(offence);
        }
        if (pastRemoval != null) {
            facts.add(pastRemoval);
        }
        Evaluation evaluation = rules.evaluate(ModerationService.RULE_SET, facts);
        ModerationService.Evidence evidence = null;
        if (offence != null) {
            evidence = ModerationService.Evidence.of(offence, strikesInWindow, windowDays);
            recordStrike(eventId, join, evaluation, offence, at, book);
        }
        return new ModerationService.Moderation(evaluation, evidence);
    }

    private static PastRemoval pastRemoval(MemberJoin join, OffsetDateTime at, StrikeBook book) {
        List<Strike> removals = book.removals(join.groupId(), join.memberId());
        if (removals.isEmpty()) {
            return null;
        }
        Strike latest = removals.get(0);
        return new PastRemoval(
                join.memberId(),
                removals.size(),
                Math.max(0, Duration.between(latest.at(), at).toDays()),
                latest.rule(),
                latest.category(),
                latest.term(),
                latest.matchedOriginal());
    }

    private static void recordStrike(
            String eventId,
            MemberJoin join,
            Evaluation evaluation,
            Offence offence,
            OffsetDateTime at,
            StrikeBook book) {
        for (Decision decision : evaluation.decisions()) {
            if (decision.outcome().equals("WARN_MEMBER") || decision.outcome().equals("REMOVE_MEMBER")) {
                book.record(
                        join.groupId(),
                        join.memberId(),
                        eventId,
                        decision.rule(),
                        decision.outcome(),
                        offence,
                        decision.reason(),
                        at);
                return;
            }
        }
    }
}
