package io.qunflow.moderation;

import io.qunflow.rules.Evaluation;
import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.MessageRate;
import io.qunflow.rules.model.Offence;
import io.qunflow.rules.model.PastRemoval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The pure part of moderation: screen the text, turn the findings into facts, let the rules
 * decide. It reads and stores nothing, so {@link ModerationService} wraps it with strikes and
 * message counts from the database, and benchmarks run it as it is.
 *
 * <p>When every moderation rule needs a finding ({@link #FINDINGS}), the rules are consulted
 * only for a message with a finding in the text or from a member over the flood limit, so
 * everyday chat, nearly every message, costs a screen and no more. A rule set with a rule that
 * matches other messages (say, on {@code ChatMessage} text alone) is consulted for every message.
 */
public final class ModerationPipeline {

    private static final Comparator<Hit> MOST_SERIOUS_FIRST =
            Comparator.comparing(Hit::severity).reversed().thenComparingInt(Hit::start);

    /**
     * The facts a finding adds; a rule needing one of them cannot fire on a clean message. A
     * {@link PastRemoval} is only ever inserted for a join ({@link JoinGate}), so the join gate's
     * rules leave messages alone too.
     */
    public static final List<Class<?>> FINDINGS = List.of(Offence.class, MessageRate.class, PastRemoval.class);

    private ModerationPipeline() {}

    /**
     * A message with what moderation knows of its author.
     *
     * @param hoursSinceJoined -1 when the member's join was never seen
     * @param strikesInWindow offences on record within the strike window, this message not counted
     * @param messagesInFloodWindow the member's messages within the flood window, this one included
     */
    public record Input(
            String groupId,
            String memberId,
            String role,
            String layer,
            long hoursSinceJoined,
            String text,
            MessageFlags flags,
            int strikesInWindow,
            int strikeWindowDays,
            int messagesInFloodWindow,
            int floodWindowSeconds,
            int floodLimit) {}

    /**
     * What moderation made of a message.
     *
     * @param offence the facts the rules saw about the findings, or null for a clean message
     * @param evaluation the rules' decisions, or null when there was nothing to decide
     */
    public record Outcome(Screening screening, Offence offence, Evaluation evaluation) {

        public boolean decided() {
            return evaluation != null;
        }
    }

    /**
     * Screens and asks the {@code moderation} rules.
     *
     * @param rulesNeedFindings whether every rule needs one of the {@link #FINDINGS}: then a
     *     clean message at a normal pace is not put to the rules
     */
    public static Outcome decide(
            TextScreener screener, Input input, boolean rulesNeedFindings, Function<List<Object>, Evaluation> rules) {
        return decide(screener.screen(input.text(), input.flags()), input, rulesNeedFindings, rules);
    }

    /** {@link #decide(TextScreener, Input, boolean, Function)} of a message already screened. */
    static Outcome decide(
            Screening screening, Input input, boolean rulesNeedFindings, Function<List<Object>, Evaluation> rules) {
        boolean flooding = input.messagesInFloodWindow() > input.floodLimit();
        if (!worthDeciding(screening, input.messagesInFloodWindow(), input.floodLimit(), rulesNeedFindings)) {
            return new Outcome(screening, null, null);
        }
        List<Object> facts = new ArrayList<>(4);
        facts.add(new ChatMessage(
                input.groupId(),
                input.memberId(),
                input.role(),
                input.text(),
                screening.normalized(),
                input.hoursSinceJoined()));
        facts.add(new MemberStanding(
                input.memberId(), input.role(), input.layer(), input.strikesInWindow(), input.strikeWindowDays()));
        Offence offence = null;
        if (!screening.clean()) {
            offence = offence(screening, input.text());
            facts.add(offence);
        }
        if (flooding) {
            facts.add(new MessageRate(input.memberId(), input.messagesInFloodWindow(), input.floodWindowSeconds()));
        }
        return new Outcome(screening, offence, rules.apply(facts));
    }

    /**
     * Whether the rules are asked about a message: a finding in it, a member over the flood limit,
     * or a rule that may decide on a clean message. Otherwise there is nothing to decide, and what
     * the rules would need of the member (strikes, layer) is not worth looking up.
     */
    static boolean worthDeciding(
            Screening screening, int messagesInFloodWindow, int floodLimit, boolean rulesNeedFindings) {
        return !screening.clean() || messagesInFloodWindow > floodLimit || !rulesNeedFindings;
    }

    /** The screening of {@code text} summed up by its most serious finding, as the rules see it. */
    static Offence offence(Screening screening, String text) {
        List<Hit> hits = new ArrayList<>(screening.hits());
        hits.sort(MOST_SERIOUS_FIRST);
        Hit worst = hits.get(0);
        Set<String> categories = new LinkedHashSet<>();
        List<String> linkHosts = new ArrayList<>(1);
        for (Hit h : hits) {
            categories.add(h.category().name());
            if (h.category() == Category.LINK) {
                linkHosts.add(Urls.plainHost(h, text));
            }
        }
        return new Offence(
                worst.term(),
                worst.category().name(),
                worst.severity().name(),
                worst.detector(),
                worst.matchedOriginal(),
                worst.matchedNormalized(),
                hits.size(),
                List.copyOf(categories),
                linkHosts);
    }
}
