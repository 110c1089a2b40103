package io.qunflow.reviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How often people agreed with moderation, from their verdicts: per term, per detector and per
 * rule, the decisions made, how many were upheld and overturned, and the precision that gives.
 */
@Component
class ModerationQuality {

    private final ReviewStore store;

    ModerationQuality(ReviewStore store) {
        this.store = store;
    }

    /**
     * The figures for one term, detector or rule.
     *
     * @param name the term (as listed, or the value a detector found), the detector or the rule
     * @param category the term's category; absent for detectors and rules
     * @param open decisions still waiting for a verdict
     * @param precision upheld / (upheld + overturned); absent until a verdict is given
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figures(
            String name, String category, int decisions, int upheld, int overturned, int open, Double precision) {

        static Figures of(ReviewStore.Tally tally) {
            int judged = tally.upheld() + tally.overturned();
            return new Figures(
                    tally.name(),
                    tally.category(),
                    tally.decisions(),
                    tally.upheld(),
                    tally.overturned(),
                    tally.decisions() - judged,
                    judged == 0 ? null : (double) tally.upheld() / judged);
        }
    }

    /** The figures, most decisions first in each list. */
    record Quality(List<Figures> byTerm, List<Figures> byDetector, List<Figures> byRule) {}

    /** @param groupId one group's decisions only, or null for every group */
    Quality of(String groupId) {
        return new Quality(
                store.byTerm(groupId).stream().map(Figures::of).toList(),
                store.byDetector(groupId).stream().map(Figures::of).toList(),
                store.byRule(groupId).stream().map(Figures::of).toList());
    }
}
