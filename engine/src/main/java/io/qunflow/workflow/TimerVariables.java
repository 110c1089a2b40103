package io.qunflow.workflow;

import java.util.Map;
import java.util.Set;

/**
 * The variables a timer may wait on: Qunflow's own time settings, whose values Qunflow chooses.
 * Any other variable holds whatever set it last (a Qunflow task's record of the past, such as
 * {@code lastPostAt}, or a value that came in from outside), and a timer waiting on a time already
 * past or a duration of nothing lets a loop come round at the job executor's speed.
 *
 * <p>In Java, not in a file a designer edits, because each name is safe only for what Qunflow's code
 * sets it to: the lifecycle settings at a group's start ({@code qunflow.lifecycle.*}), the owner-task
 * service levels {@code notifyOwnerDelegate} sets from its checked inputs, and the next post time
 * {@code planNextSopPostDelegate} sets to a moment after both now and the last post.
 */
final class TimerVariables {

    /** Durations ({@code timeDuration}). */
    static final Set<String> DURATIONS =
            Set.of("launchPeriod", "topicInterval", "promotionPeriod", "reminderAfter", "escalateAfter");

    /**
     * Dates ({@code timeDate}), each with the task that sets it to a time still ahead: a loop that
     * waits for one must pass that task on every round, since the date is past once reached.
     */
    private static final Map<String, String> DATES = Map.of("nextPostAt", "planNextSopPostDelegate");

    private TimerVariables() {}

    /** Whether a timer of the kind ({@code timeDuration}, {@code timeDate}) may wait on the variable. */
    static boolean allowed(String kind, String variable) {
        return switch (kind) {
            case "timeDuration" -> DURATIONS.contains(variable);
            case "timeDate" -> DATES.containsKey(variable);
            default -> false;
        };
    }

    /** Whether the task (a bean name) sets a date variable a timer may wait on to a time ahead. */
    static boolean movesADateOn(String task) {
        return DATES.containsValue(task);
    }

    /** The tasks that set the date variables, for the designer. */
    static String planners() {
        return String.join(", ", DATES.values().stream().sorted().toList());
    }

    /** The names, for the designer: durations, then dates. */
    static String names() {
        return String.join(", ", DURATIONS.stream().sorted().toList()) + " (durations); "
                + String.join(", ", DATES.keySet().stream().sorted().toList()) + " (dates)";
    }
}
