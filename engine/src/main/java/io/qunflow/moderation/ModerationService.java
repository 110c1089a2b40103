package io.qunflow.moderation;

import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleParameters;
import io.qunflow.rules.model.Offence;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what happens to a chat message: the live word list and detectors find what is in it,
 * the {@code moderation} rule set decides, and every warning or removal is kept as a strike with
 * its explanation.
 */
@Service
public class ModerationService {

    static final String RULE_SET = "moderation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RuleEngine rules;
    private final RuleParameters parameters;
    private final StrikeStore strikes;
    private final JoinGate joinGate;
    private final WordListService wordLists;
    private final ApplicationEventPublisher published;

    ModerationService(
            RuleEngine rules,
            RuleParameters parameters,
            StrikeStore strikes,
            JoinGate joinGate,
            WordListService wordLists,
            ApplicationEventPublisher published) {
        this.rules = rules;
        this.parameters = parameters;
        this.strikes = strikes;
        this.joinGate = joinGate;
        this.wordLists = wordLists;
        this.published = published;
    }

    /**
     * A message to moderate, with what moderation needs to know of its author.
     *
     * @param messagesInFloodWindow the member's messages in the last {@link #floodWindowSeconds()}
     *     before {@code at}, this one included
     */
    public record MessageToCheck(
            String eventId,
            String groupId,
            String memberId,
            String role,
            String layer,
            OffsetDateTime joinedAt,
            String text,
            MessageFlags flags,
            OffsetDateTime at,
            int messagesInFloodWindow) {}

    /**
     * What the rules decided and the evidence they decided on.
     *
     * @param evaluation null when the message was clean and the pace normal: nothing to decide
     * @param evidence null when nothing was found in the text
     */
    public record Moderation(Evaluation evaluation, Evidence evidence) {}

    /**
     * The finding behind a moderation decision, for the answer and the member's record.
     *
     * @param strikesInWindow offences on record in the window before this message
     */
    public record Evidence(
            String term,
            String category,
            String severity,
            String detector,
            String matchedOriginal,
            String matchedNormalized,
            List<String> categories,
            int strikesInWindow,
            int strikeWindowDays) {

        /** What an offence found, with the member's record in the strike window. */
        static Evidence of(Offence offence, int strikesInWindow, int strikeWindowDays) {
            return new Evidence(
                    offence.term(),
                    offence.category(),
                    offence.severity(),
                    offence.detector(),
                    offence.matchedOriginal(),
                    offence.matchedNormalized(),
                    offence.categories(),
                    strikesInWindow,
                    strikeWindowDays);
        }
    }

    /** How far back flooding is counted, in seconds ({@code moderation.flood-seconds}). */
    public int floodWindowSeconds() {
        return (int) parameters.number("moderation.flood-seconds");
    }

    /**
     * Screens and decides. Strikes are recorded in the caller's transaction, so a decision and
     * the strike it counts are stored together; a decision is announced there too, as {@link
     * MessageModerated}.
     */
    @Transactional
    public Moderation moderate(MessageToCheck message) {
        return moderate(message, strikes, message::layer);
    }

    /**
     * Moderation for a batch of one group's events (see {@link ModerationBatch}): the strikes of
     * the members named read at once for the windows from {@code earliest} on, and kept in memory
     * while the batch's messages and joins are judged in order; stored on {@link ModerationBatch#flush}.
     */
    public ModerationBatch batch(String groupId, Collection<String> memberIds, OffsetDateTime earliest) {
        return new ModerationBatch(
                this, joinGate, new BatchStrikes(groupId, memberIds, earliest.minusDays(strikeWindowDays()), strikes));
    }

    /** {@link #moderate(MessageToCheck)} on a strike record of its own, asking the member's layer only when the rules need it. */
    Moderation moderate(MessageToCheck message, StrikeBook book, Supplier<String> layer) {
        Screening screening = wordLists.screener().screen(message.text(), message.flags());
        int floodLimit = (int) parameters.number("moderation.flood-messages");
        boolean rulesNeedFindings = rules.everyRuleNeedsOneOf(RULE_SET, ModerationPipeline.FINDINGS);
        if (!ModerationPipeline.worthDeciding(
                screening, message.messagesInFloodWindow(), floodLimit, rulesNeedFindings)) {
            return new Moderation(null, null);
        }
        int windowDays = strikeWindowDays();
        int strikesInWindow = book.countSince(
                message.groupId(), message.memberId(), message.at().minusDays(windowDays));
        long hoursSinceJoined = message.joinedAt() == null
                ? -1
                : Math.max(0, Duration.between(message.joinedAt(), message.at()).toHours());
        ModerationPipeline.Outcome outcome = ModerationPipeline.decide(
                screening,
                new ModerationPipeline.Input(
                        message.groupId(),
                        message.memberId(),
                        message.role(),
                        layer.get(),
                        hoursSinceJoined,
                        message.text(),
                        message.flags(),
                        strikesInWindow,
                        windowDays,
                        message.messagesInFloodWindow(),
                        floodWindowSeconds(),
                        floodLimit),
                rulesNeedFindings,
                facts -> rules.evaluate(RULE_SET, facts));
        Offence offence = outcome.offence();
        Evidence evidence = offence == null ? null : Evidence.of(offence, strikesInWindow, windowDays);
        if (offence != null) {
            recordStrike(message, outcome.evaluation(), offence, book);
        }
        if (outcome.decided()) {
            published.publishEvent(new MessageModerated(
                    message.eventId(),
                    message.groupId(),
                    message.memberId(),
                    message.text(),
                    outcome.screening().normalized(),
                    outcome.screening().hits(),
                    outcome.evaluation().decisions(),
                    message.at()));
        }
        return new Moderation(outcome.evaluation(), evidence);
    }

    /** Offences within the strike window before the given time. */
    public int strikesInWindow(String groupId, String memberId, OffsetDateTime at) {
        return strikes.countSince(groupId, memberId, at.minusDays(strikeWindowDays()));
    }

    /** The offence categories the message with that event id was struck for; none when it was not. */
    public List<String> strikeCategories(String eventId) {
        return strikes.categoriesOf(eventId);
    }

    /**
     * Takes back the strike a rule gave for a message, when a person has found the decision wrong:
     * it no longer counts towards the member's removal nor shows on their record. Joins the
     * caller's transaction, so the strike goes exactly when the verdict that takes it back stays.
     *
     * @return the strike taken back; empty when that rule struck nobody for the message (a flood
     *     mute strikes nobody) or the strike was taken back before
     */
    @Transactional
    public Optional<Strike> withdrawStrike(String eventId, String rule) {
        return strikes.withdraw(eventId, rule);
    }

    /** Every offence on a member's record, newest first. */
    public List<Strike> strikes(String groupId, String memberId) {
        return strikes.history(groupId, memberId);
    }

    /** The member's moderation record in words: the count in the window, then each strike. */
    public List<String> explain(String groupId, String memberId, OffsetDateTime at) {
        int windowDays = strikeWindowDays();
        OffsetDateTime since = at.minusDays(windowDays);
        List<Strike> all = strikes.history(groupId, memberId);
        long inWindow = all.stream().filter(s -> !s.at().isBefore(since)).count();
        List<String> lines = new ArrayList<>();
        lines.add("违规：" + windowDays + "天内" + inWindow + "次（共" + all.size() + "次，超过" + windowDays + "天的不再计入）");
        for (Strike s : all) {
            lines.add(s.at().format(DAY) + (s.at().isBefore(since) ? "（已过期）" : "") + " " + s.outcome()
                    + "：命中「" + s.term() + "」（" + s.category() + "/" + s.severity() + "），原文「"
                    + s.matchedOriginal() + "」，规范化「" + s.matchedNormalized() + "」；规则「" + s.rule() + "」");
        }
        return lines;
    }

    private int strikeWindowDays() {
        return (int) parameters.number("moderation.strike-window-days");
    }

    private void recordStrike(MessageToCheck message, Evaluation evaluation, Offence offence, StrikeBook book) {
        for (Decision decision : evaluation.decisions()) {
            if (decision.outcome().equals("WARN_MEMBER") || decision.outcome().equals("REMOVE_MEMBER")) {
                book.record(
                        message.groupId(),
                        message.memberId(),
                        message.eventId(),
                        decision.rule(),
                        decision.outcome(),
                        offence,
                        decision.reason(),
                        message.at());
                return;
            }
        }
    }
}
