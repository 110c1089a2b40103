package io.qunflow.moderation;

import java.util.List;
import java.util.Set;

/**
 * Members warn each other of the trades the word lists name (网贷千万别碰, 征信修复是骗人的吧, 别信什么刷单返利) and
 * ask whether what reached them is real (有人加我说可以免费领手机，真的假的). A listed term the member warns of or
 * asks about is the subject of the warning, not an offer, so its word-list hit is dropped:
 *
 * <ul>
 *   <li>beside a warning (kinds {@code fraud-warning} and {@code term-warning}): at most {@link #REACH}
 *       characters away, in the same clause;
 *   <li>before a question that ends the message (kind {@code term-question}: 真的假的, 是骗人的吧), in the same
 *       sentence.
 * </ul>
 *
 * <p>Only the word lists' fraud, scam, gambling and contact-ask terms stand down, and the gig and paid-task
 * offers (抖音点赞日结的都是骗子): a contact number, an id, a link, an ask to make contact or a pay rate in the
 * same message is still found by its own detector, and a term in another clause (刷单返利日赚500，谨防骗子) or
 * before a question that does not end the message still counts. So writing a warning into an ad clears no
 * more than the words it stands against.
 */
final class WarnedTerms {

    /** How far, in characters as written, a warning may stand from the term it is about. */
    static final int REACH = 6;

    /** What ends a sentence: a question is about its own sentence only. */
    private static final String SENTENCE_ENDS = "。！!？?\n";

    /** Particles a question may still end with: 是骗人的吧, 是真的吗呀. */
    private static final String CLOSING_PARTICLES = "吧吗嘛呢啊呀哦么";

    private static final Set<String> WARNABLE_DETECTORS = Set.of("lexicon", "homophone", "gig-offer", "paid-task");

    private WarnedTerms() {}

    /** Drops from {@code hits} the listed terms and offers a warning or a question in the message is about. */
    static void standDown(Normalized nz, CueHits cues, List<Hit> hits) {
        if (!cues.any(Cue.Kind.FRAUD_WARNING)
                && !cues.any(Cue.Kind.TERM_WARNING)
                && !cues.any(Cue.Kind.TERM_QUESTION)) {
            return;
        }
        String written = nz.original();
        for (int h = hits.size() - 1; h >= 0; h--) {
            Hit hit = hits.get(h);
            if (warnable(hit) && (warnedOf(nz, cues, written, hit) || askedAbout(nz, cues, written, hit))) {
                hits.remove(h);
            }
        }
    }

    /**
     * The word lists' terms, and the gig and paid-task offers, which name a trade but no way to reach
     * whoever offers it (刷单日结的兼职都是骗局); a number, an id, a link or an ask to make contact is never
     * warned of, it is what a spammer would hide behind a warning.
     */
    private static boolean warnable(Hit hit) {
        return switch (hit.category()) {
            case FRAUD, SCAM, GAMBLING, CONTACT -> WARNABLE_DETECTORS.contains(hit.detector());
            default -> false;
        };
    }

    private static boolean warnedOf(Normalized nz, CueHits cues, String written, Hit hit) {
        for (int i = 0; i < cues.size(); i++) {
            if (!cues.is(i, Cue.Kind.FRAUD_WARNING) && !cues.is(i, Cue.Kind.TERM_WARNING)) {
                continue;
            }
            int warningStart = nz.originalStart(cues.begin(i));
            int warningEnd = nz.originalEnd(cues.end(i) - 1);
            if (warningEnd <= hit.start()) {
                if (hit.start() - warningEnd <= REACH && !Clauses.endBetween(written, warningEnd, hit.start())) {
                    return true;
                }
            } else if (warningStart >= hit.end()) {
                if (warningStart - hit.end() <= REACH && !Clauses.endBetween(written, hit.end(), warningStart)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean askedAbout(Normalized nz, CueHits cues, String written, Hit hit) {
        for (int i = cues.size() - 1; i >= 0; i--) {
            if (!cues.is(i, Cue.Kind.TERM_QUESTION)) {
                continue;
            }
            int questionStart = nz.originalStart(cues.begin(i));
            int questionEnd = nz.originalEnd(cues.end(i) - 1);
            return questionStart >= hit.end()
                    && endsTheMessage(written, questionEnd)
                    && !Clauses.anyOf(SENTENCE_ENDS, written, hit.end(), questionStart);
        }
        return false;
    }

    private static boolean endsTheMessage(String written, int from) {
        for (int i = from; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetterOrDigit(c) && CLOSING_PARTICLES.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
