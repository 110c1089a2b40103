package io.qunflow.moderation;

import java.util.List;

/**
 * Members warn each other of the trades the word lists name: 网贷千万别碰, 征信修复是骗人的吧, 别信什么刷单返利.
 * A listed fraud, scam or gambling term with a fraud-warning cue right beside it, in the same clause,
 * (kinds {@code fraud-warning} and {@code term-warning}) is the subject of the warning, not an offer, so its
 * word-list hit is dropped.
 *
 * <p>Only the word lists' hits stand down, and only next to the warning: a contact number, a link or
 * a pay rate in the same message is still found by its own detector, and a term in another clause of
 * the message (刷单返利日赚500，谨防骗子) still counts. So writing a warning into an ad does not clear it.
 */
final class WarnedTerms {

    /** How far, in characters as written, a warning may stand from the term it is about. */
    static final int REACH = 6;

    /** What ends a clause: a warning after one is about what follows, not the term before. */
    private static final String CLAUSE_ENDS = "，,。.！!？?；;：:\n…~～";

    private WarnedTerms() {}

    /** Drops from {@code hits}, at and after {@code from}, the listed terms a warning beside them is about. */
    static void standDown(Normalized nz, CueHits cues, List<Hit> hits, int from) {
        if (cues == null
                || !cues.any(Cue.Kind.FRAUD_WARNING) && !cues.any(Cue.Kind.TERM_WARNING)
                || hits.size() == from) {
            return;
        }
        String written = nz.original();
        for (int h = hits.size() - 1; h >= from; h--) {
            Hit hit = hits.get(h);
            if (warnable(hit) && warnedOf(nz, cues, written, hit)) {
                hits.remove(h);
            }
        }
    }

    private static boolean warnable(Hit hit) {
        return switch (hit.category()) {
            case FRAUD, SCAM, GAMBLING ->
                hit.detector().equals("lexicon") || hit.detector().equals("homophone");
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
                if (hit.start() - warningEnd <= REACH && oneClause(written, warningEnd, hit.start())) {
                    return true;
                }
            } else if (warningStart >= hit.end()) {
                if (warningStart - hit.end() <= REACH && oneClause(written, hit.end(), warningStart)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean oneClause(String written, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(written.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
