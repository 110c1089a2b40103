package io.qunflow.workflow;

import io.qunflow.common.ShownText;
import io.qunflow.common.Words;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The inputs of a "Start a lottery" step: {@code title}, one prize ({@code prize}, {@code winners},
 * optional {@code points} for each winner) and {@code closesAfter}, an ISO-8601 duration from the
 * step to the draw.
 */
record LotteryInputs(String title, String prize, int winners, Integer points, Duration closesAfter) {

    /** The longest a lottery a step starts may stay open. */
    static final Duration LONGEST = Duration.ofDays(30);

    /** @throws UnreadableInput naming the first input at fault */
    static LotteryInputs read(Function<String, String> inputs) {
        String title = text(inputs, "title", "标题");
        String prize = text(inputs, "prize", "奖品");
        int winners = (int) whole(inputs.apply("winners"), "winners", 10_000);
        String points = inputs.apply("points");
        Integer perWinner = points == null ? null : (int) whole(points, "points", 100_000);
        String closes = inputs.apply("closesAfter");
        Duration closesAfter;
        try {
            closesAfter = closes == null ? null : Duration.parse(closes);
        } catch (DateTimeParseException e) {
            closesAfter = null;
        }
        if (closesAfter == null
                || closesAfter.compareTo(Duration.ofMinutes(1)) < 0
                || closesAfter.compareTo(LONGEST) > 0) {
            throw new UnreadableInput(
                    "closesAfter",
                    "Input 'closesAfter' must be an ISO-8601 duration from one minute to 30 days, e.g. PT24H",
                    "输入 closesAfter 必须是一分钟到 30 天之间的 ISO-8601 时长，例如 PT24H");
        }
        return new LotteryInputs(title, prize, winners, perWinner, closesAfter);
    }

    private static String text(Function<String, String> inputs, String name, String zh) {
        String value = inputs.apply(name);
        if (value == null || value.length() > 100) {
            throw new UnreadableInput(
                    name,
                    "Input '" + name + "' must be 1 to 100 characters",
                    "输入 " + name + "（" + zh + "）必须是 1 到 100 个字符");
        }
        // Members read it in the announcement: refused when the diagram is deployed, not on the day.
        Words hidden = ShownText.problem(value);
        if (hidden != null) {
            throw new UnreadableInput(
                    name, "Input '" + name + "' " + hidden.en(), "输入 " + name + "（" + zh + "）" + hidden.zh());
        }
        return value;
    }

    private static long whole(String text, String name, long most) {
        try {
            long value = text == null ? 0 : Long.parseLong(text);
            if (value >= 1 && value <= most) {
                return value;
            }
        } catch (NumberFormatException notWhole) {
            // Said below.
        }
        throw new UnreadableInput(
                name,
                "Input '" + name + "' must be a whole number from 1 to " + most,
                "输入 " + name + " 必须是 1 到 " + most + " 之间的整数");
    }
}
