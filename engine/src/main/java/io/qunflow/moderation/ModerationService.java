package io.qunflow.moderation;

import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.ChatMessage;
import io.qunflow.rules.model.MemberStanding;
import io.qunflow.rules.model.Offence;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what happens to a chat message: the screener finds what is in it, the
 * {@code moderation} rule set decides, and every warning or removal is kept as a strike.
 */
@Service
public class ModerationService {

    static final String RULE_SET = "moderation";

    private final RuleEngine rules;
    private final StrikeStore strikes;
    private final ModerationSettings settings;
    private final TextScreener screener;

    ModerationService(RuleEngine rules, StrikeStore strikes, ModerationSettings settings) {
        this.rules = rules;
        this.strikes = strikes;
        this.settings = settings;
        this.screener = new TextScreener(Lexicon.of(shippedLexicon()));
    }

    /** A message to moderate, with what moderation needs to know of its author. */
    public record MessageToCheck(
            String eventId,
            String groupId,
            String memberId,
            String role,
            OffsetDateTime joinedAt,
            String text,
            MessageFlags flags,
            OffsetDateTime at) {}

    /**
     * Screens and decides. Strikes are recorded in the caller's transaction, so a decision and
     * the strike it counts are stored together.
     */
    @Transactional
    public Evaluation moderate(MessageToCheck message) {
        Screening screening = screener.screen(message.text(), message.flags());
        List<Object> facts = new ArrayList<>(3);
        long hoursSinceJoined = message.joinedAt() == null
                ? -1
                : Math.max(0, Duration.between(message.joinedAt(), message.at()).toHours());
        facts.add(new ChatMessage(message.groupId(), message.memberId(), message.role(), message.text(),
                screening.normalized(), hoursSinceJoined));
        Hit worst = null;
        if (!screening.clean()) {
            worst = screening.hits().stream().max(Comparator.comparing(Hit::severity)).orElseThrow();
            facts.add(new Offence(worst.term(), worst.category().name(), worst.severity().name(), worst.detector(),
                    worst.matchedOriginal(), worst.matchedNormalized(), screening.hits().size()));
        }
        int strikesInWindow = strikes.countSince(message.groupId(), message.memberId(),
                message.at().minus(settings.strikeWindow()));
        facts.add(new MemberStanding(message.memberId(), message.role(), null, strikesInWindow,
                (int) settings.strikeWindow().toDays()));
        Evaluation evaluation = rules.evaluate(RULE_SET, facts);
        if (worst != null) {
            recordStrike(message, evaluation, worst);
        }
        return evaluation;
    }

    /** Offences within the strike window before the given time. */
    public int strikesInWindow(String groupId, String memberId, OffsetDateTime at) {
        return strikes.countSince(groupId, memberId, at.minus(settings.strikeWindow()));
    }

    private void recordStrike(MessageToCheck message, Evaluation evaluation, Hit hit) {
        for (Decision decision : evaluation.decisions()) {
            if (decision.outcome().equals("WARN_MEMBER") || decision.outcome().equals("REMOVE_MEMBER")) {
                strikes.record(message.groupId(), message.memberId(), message.eventId(), decision.rule(),
                        hit.category().name(), hit.term(), message.at());
                return;
            }
        }
    }

    private static List<LexiconEntry> shippedLexicon() {
        List<LexiconEntry> entries = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:rules/lexicon/*.csv")) {
                try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    entries.addAll(Lexicon.parseCsv(reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped word lists", e);
        }
        return entries;
    }
}
