package io.qunflow.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The series' columns as they fill, day by day. */
final class SeriesBuilder {

    final List<LocalDate> days = new ArrayList<>();
    final List<String> phase = new ArrayList<>();
    final List<Integer> members = new ArrayList<>();
    final List<Integer> core = new ArrayList<>();
    final List<Integer> active = new ArrayList<>();
    final List<Integer> silent = new ArrayList<>();
    final List<Integer> churned = new ArrayList<>();
    final List<Integer> activeMembers7d = new ArrayList<>();
    final List<Double> activityRate = new ArrayList<>();
    final List<Integer> joined = new ArrayList<>();
    final List<Integer> left = new ArrayList<>();
    final List<Integer> messages = new ArrayList<>();
    final List<Integer> orders = new ArrayList<>();
    final List<Long> gmvCents = new ArrayList<>();
    final List<Long> pointsGranted = new ArrayList<>();
    final List<Long> redEnvelopeCents = new ArrayList<>();

    GroupMetrics.Series build() {
        return new GroupMetrics.Series(
                days,
                phase,
                members,
                core,
                active,
                silent,
                churned,
                activeMembers7d,
                activityRate,
                joined,
                left,
                messages,
                orders,
                gmvCents,
                pointsGranted,
                redEnvelopeCents);
    }
}
