package io.qunflow.workflow;

import io.qunflow.events.EventType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a "Wait for milestone" step waits for, read from its literal inputs: the group reaching
 * {@code memberCount} members, an {@code activityRate} (share of members active in 7 days), a
 * {@code gmvCents} of orders paid since the step began, or the next event of {@code eventType}.
 * Without {@code milestone} the step waits for a member count, as the first version of the
 * template did.
 */
record Milestone(Kind kind, long memberCount, double activityRate, long gmvCents, EventType eventType) {

    enum Kind {
        MEMBER_COUNT("memberCount"),
        ACTIVITY_RATE("activityRate"),
        GMV("gmvCents"),
        EVENT("eventType");

        /** The input that says how far: a number, or an event type. */
        final String input;

        Kind(String input) {
            this.input = input;
        }
    }

    static final List<String> KINDS =
            Arrays.stream(Kind.values()).map(Kind::name).toList();
    static final List<String> EVENT_TYPES =
            Arrays.stream(EventType.values()).map(EventType::name).toList();

    /**
     * The milestone the inputs describe.
     *
     * @throws UnreadableInput naming the input that does not make sense
     */
    static Milestone of(Function<String, String> inputs) {
        String named = inputs.apply("milestone");
        Kind kind = named == null ? Kind.MEMBER_COUNT : kind(named);
        String amount = inputs.apply(kind.input);
        if (amount == null) {
            throw new UnreadableInput(kind.input, "Input '" + kind.input + "' is missing", "缺少输入 " + kind.input);
        }
        return switch (kind) {
            case MEMBER_COUNT -> new Milestone(kind, positiveWhole(kind.input, amount), 0, 0, null);
            case ACTIVITY_RATE -> new Milestone(kind, 0, share(amount), 0, null);
            case GMV -> new Milestone(kind, 0, 0, positiveWhole(kind.input, amount), null);
            case EVENT -> new Milestone(kind, 0, 0, 0, eventType(amount));
        };
    }

    /** The milestone of a waiting execution, from its local variables. */
    static Milestone of(Map<String, Object> variables) {
        return of(name -> {
            Object value = variables.get(name);
            return value == null || value.toString().isBlank()
                    ? null
                    : value.toString().strip();
        });
    }

    private static Kind kind(String name) {
        return Arrays.stream(Kind.values())
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnreadableInput(
                        "milestone", "Input 'milestone' must be one of " + KINDS, "输入 milestone 必须是 " + KINDS + " 之一"));
    }

    private static long positiveWhole(String input, String text) {
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notWhole) {
            // Said below, with the input's name.
        }
        throw new UnreadableInput(
                input, "Input '" + input + "' must be a whole number above 0", "输入 " + input + " 必须是大于 0 的整数");
    }

    private static double share(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Said below.
        }
        throw new UnreadableInput(
                "activityRate",
                "Input 'activityRate' must be a share above 0 and at most 1, e.g. 0.3 for 30% of members",
                "输入 activityRate 必须是大于 0、不超过 1 的比例，例如 0.3 表示 30% 的成员");
    }

    private static EventType eventType(String text) {
        return Arrays.stream(EventType.values())
                .filter(t -> t.name().equals(text))
                .findFirst()
                .orElseThrow(() -> new UnreadableInput(
                        "eventType",
                        "Input 'eventType' must be one of " + new TreeSet<>(EVENT_TYPES),
                        "输入 eventType 必须是 " + new TreeSet<>(EVENT_TYPES) + " 之一"));
    }
}
