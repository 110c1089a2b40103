package io.qunflow.rules.model;

/**
 * One day of a calendar: each weekday for the recurring posts, and each date with one-off posts
 * (those plus that weekday's recurring ones).
 *
 * @param label the day in words, e.g. "每周一" or "2026-12-12"
 * @param activityPosts posts whose purpose is ACTIVITY
 */
public record SopDay(String label, int posts, int activityPosts) {

    /** Share of the day's posts that are activities; 0 for an empty day. */
    public double getActivityShare() {
        return posts == 0 ? 0 : (double) activityPosts / posts;
    }
}
