package io.qunflow.rules.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result fact: every evaluation inserts one, and rules write what they decide into it. The
 * engine records which rule made each ruling, so a rule only says what and why.
 */
public final class Verdict {

    private final List<Ruling> rulings = new ArrayList<>();

    /** Decides an outcome for the event's member, with the reason in words. */
    public void decide(String outcome, String reason) {
        rulings.add(new Ruling(outcome, reason, null, null, null, null));
    }

    /** Decides an outcome that sends words (a welcome, a warning) to the group or the member. */
    public void decide(String outcome, String reason, String text) {
        rulings.add(new Ruling(outcome, reason, null, text, null, null));
    }

    /** Decides an outcome for a named member (pruning, lotteries: one evaluation, many members). */
    public void decideFor(String memberId, String outcome, String reason, String text) {
        rulings.add(new Ruling(outcome, reason, memberId, text, null, null));
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
}
