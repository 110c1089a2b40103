package io.qunflow.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * A group's figures over days ending today in its time zone, ready for charts: every array in
 * {@code series} has one value per day of {@code days}. Ratios with nothing to divide by are null.
 */
public record GroupMetrics(
        String groupId,
        LocalDate from,
        LocalDate to,
        Series series,
        List<Moderation> moderation,
        List<Source> source,
        Process process,
        Result result) {

    /**
     * Daily values; layer counts and members are as of the day's end, activity as of the last 7 days.
     *
     * @param phase the phase the group's workflow had it in at the day's end (LAUNCH, WARM_UP…); null
     *     on days before the group was opened
     * @param activeMembers7d members in the group at the day's end who posted a message in the 7 days up to it
     * @param activityRate activeMembers7d over members (0 for an empty group)
     */
    public record Series(
            List<LocalDate> days,
            List<String> phase,
            List<Integer> members,
            List<Integer> core,
            List<Integer> active,
            List<Integer> silent,
            List<Integer> churned,
            List<Integer> activeMembers7d,
            List<Double> activityRate,
            List<Integer> joined,
            List<Integer> left,
            List<Integer> messages,
            List<Integer> orders,
            List<Long> gmvCents,
            List<Long> pointsGranted,
            List<Long> redEnvelopeCents) {}

    /** Moderation actions on the window's messages, per offence category (FLOOD for flooding). */
    public record Moderation(String category, int warnings, int deletions, int removals, int mutes) {}

    /**
     * Source (来源): joins in the window per channel ("unknown" when the connector named none);
     * new members were seen in no group before, existing ones were (存量 vs 增量).
     */
    public record Source(String channel, int newMembers, int existingMembers) {}

    /**
     * Process (进程).
     *
     * @param joinRate joins over members at the start plus joins
     * @param retention7 of the window's joiners who joined at least 7 days before its end, the share still in the
     *     group 7 days after joining
     * @param retention30 the same at 30 days
     * @param growth net change in members over members at the start
     */
    public record Process(Double joinRate, Double retention7, Double retention30, Double growth) {}

    /**
     * Result (结果).
     *
     * @param conversion buyers over the members in the group at any time in the window
     * @param rewardsCostCents red envelopes sent in the window
     */
    public record Result(
            int orders,
            int buyers,
            long gmvCents,
            Double conversion,
            long rewardsCostCents,
            long dailyRedEnvelopeBudgetCents) {}
}
