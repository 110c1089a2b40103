package io.qunflow.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result fact: every evaluation inserts one, and rules write what they decide into it. The
 * engine records which rule made each ruling, so a rule only says what and why.
 */
public final class Verdict {

    /** Decisions one evaluation may make; a rule deciding more is refused with an exception. */
    public static final int MAX_RULINGS = 50_000;

    private final List<Ruling> rulings = new ArrayList<>();

    private void add(Ruling ruling) {
        if (rulings.size() >= MAX_RULINGS) {
            throw new IllegalStateException("an evaluation may make at most " + MAX_RULINGS + " decisions");
        }
        rulings.add(ruling);
    }

    /** Decides an outcome for the event's member, with the reason in words. */
    public void decide(String outcome, String reason) {
        add(new Ruling(outcome, reason, null, null, null, null));
    }

    /** Decides an outcome that sends words (a welcome, a warning) to the group or the member. */
    public void decide(String outcome, String reason, String text) {
        add(new Ruling(outcome, reason, null, text, null, null));
    }

    /** Decides an outcome for a named member (pruning, lotteries: one evaluation, many members). */
    public void decideFor(String memberId, String outcome, String reason, String text) {
        add(new Ruling(outcome, reason, memberId, text, null, null));
    }

    /**
     * Grants points (GRANT_POINTS). Each grant goes to the points ledger once: the same rule
     * granting to the same member for the same occasion again is not granted twice.
     *
     * @param memberId who gets them, or null for the member of the event
     */
    public void grantPoints(String memberId, int points, String reason) {
        add(new Ruling("GRANT_POINTS", reason, memberId, null, null, points));
    }

    /**
     * Sends a red envelope (SEND_RED_ENVELOPE), within the group's daily and monthly budget: one
     * over budget is stored as refused, with the reason, and not sent.
     *
     * @param memberId who gets it, or null for the group (carried out in the group, addressed to
     *     the member whose event occasioned it)
     * @param text the greeting written on the envelope
     */
    public void sendRedEnvelope(String memberId, long amountCents, String reason, String text) {
        add(new Ruling("SEND_RED_ENVELOPE", reason, memberId, text, amountCents, null));
    }

    /** True once any rule has decided this outcome. */
    public boolean has(String outcome) {
        for (Ruling ruling : rulings) {
            if (ruling.outcome().equals(outcome)) {
                return true;
            }
        }
        return false;
    }

    /** True until a rule has decided something; case rules match only an undecided verdict. */
    public boolean isUndecided() {
        return rulings.isEmpty();
    }

    public int size() {
        return rulings.size();
    }

    public List<Ruling> rulings() {
        return Collections.unmodifiableList(rulings);
    }

    /**
     * For the engine, which keeps one verdict in a session from one evaluation to the next when
     * no rule could tell: forgets the rulings of the evaluation before. Rule code may not call it
     * (the sandbox refuses it).
     */
    public void beginEvaluation() {
        rulings.clear();
    }
}
