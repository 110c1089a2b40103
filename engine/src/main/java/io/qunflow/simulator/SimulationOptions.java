package io.qunflow.simulator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What to simulate.
 *
 * @param start the first simulated day (groups open at its midnight in Asia/Shanghai)
 */
record SimulationOptions(int groups, int members, int days, long seed, Path out, LocalDate start) {

    static final String USAGE =
            "usage: simulate --out DIR [--groups 20] [--members 300] [--days 30] [--seed 7]" + " [--start 2026-11-02]";

    /**
     * The days a run may start on. The parser reads years up to 999999999; a start that far off
     * overflowed the calendar (or the engine's dates) only after the application had started.
     */
    static final LocalDate FIRST_START = LocalDate.parse("2000-01-01");

    static final LocalDate LAST_START = LocalDate.parse("2099-12-31");

    /**
     * The most member-days (groups × members × days) one run may play: eleven times the default
     * run, some minutes here. Every option at its most is 91.5 million: at the default run's rate
     * some 25 million events kept in the in-memory database, hours of run for a heap of gigabytes.
     */
    static final long MOST_MEMBER_DAYS = 2_000_000;

    /**
     * Reads {@code --name value} pairs; refuses anything it does not know or cannot read, saying
     * why in English and then in Chinese.
     */
    static SimulationOptions parse(String... args) {
        int groups = 20;
        int members = 300;
        int days = 30;
        long seed = 7;
        Path out = null;
        LocalDate start = LocalDate.parse("2026-11-02");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw refused(args[i] + " needs a value", args[i] + " 需要一个值");
            }
            String value = args[i + 1];
            try {
                switch (args[i]) {
                    case "--groups" -> groups = within("--groups", Integer.parseInt(value), 1, 500);
                    case "--members" -> members = within("--members", Integer.parseInt(value), 1, 500);
                    case "--days" -> days = within("--days", Integer.parseInt(value), 1, 366);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    case "--start" -> start = startWithin(LocalDate.parse(value));
                    default -> throw refused("unknown option " + args[i], "未知选项 " + args[i]);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw refused(args[i] + " cannot be " + value, args[i] + " 不能是 " + value);
            }
        }
        if (out == null) {
            throw refused("--out DIR is required", "必须给出 --out 目录");
        }
        long memberDays = (long) groups * members * days;
        if (memberDays > MOST_MEMBER_DAYS) {
            throw refused(
                    String.format(
                            Locale.ROOT,
                            "--groups × --members × --days must be at most %,d member-days; it is %,d",
                            MOST_MEMBER_DAYS,
                            memberDays),
                    String.format(
                            Locale.ROOT,
                            "--groups × --members × --days 最多 %,d 个成员日；现为 %,d",
                            MOST_MEMBER_DAYS,
                            memberDays));
        }
        return new SimulationOptions(groups, members, days, seed, out, start);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw refused(name + " must be from " + min + " to " + max, name + " 须在 " + min + " 到 " + max + " 之间");
        }
        return value;
    }

    private static LocalDate startWithin(LocalDate start) {
        if (start.isBefore(FIRST_START) || start.isAfter(LAST_START)) {
            throw refused(
                    "--start must be from " + FIRST_START + " to " + LAST_START,
                    "--start 须在 " + FIRST_START + " 到 " + LAST_START + " 之间");
        }
        return start;
    }

    /** A refusal a person reads on the console: the English line, then the Chinese. */
    private static IllegalArgumentException refused(String en, String zh) {
        return new IllegalArgumentException(en + System.lineSeparator() + zh);
    }
}
