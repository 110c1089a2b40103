package io.qunflow.rules.model;

/**
 * One day of a calendar: each weekday for the recurring posts, each day of the month a monthly post
 * falls on with each weekday it can fall on (those plus that weekday's recurring ones), and each
 * date with one-off posts (those plus that date's recurring and monthly ones).
 *
 * @param label the day in words, e.g. "每周一", "每月1日逢周一" or "2026-12-12"
 * @param activityPosts posts whose purpose is ACTIVITY
 */
public record SopDay(String label, int posts, int activityPosts) {

    /** Share of the day's posts that are activities; 0 for an empty day. */
    public double getActivityShare() {
        return posts == 0 ? 0 : (double) activityPosts / posts;
    }
}
