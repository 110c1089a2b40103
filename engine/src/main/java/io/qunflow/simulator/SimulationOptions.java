package io.qunflow.simulator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What to simulate.
 *
 * @param start the first simulated day (groups open at its midnight in Asia/Shanghai)
 */
record SimulationOptions(int groups, int members, int days, long seed, Path out, LocalDate start) {

    static final String USAGE =
            "usage: simulate --out DIR [--groups 20] [--members 300] [--days 30] [--seed 7]" + " [--start 2026-11-02]";

    /** Reads {@code --name value} pairs; refuses anything it does not know or cannot read. */
    static SimulationOptions parse(String... args) {
        int groups = 20;
        int members = 300;
        int days = 30;
        long seed = 7;
        Path out = null;
        LocalDate start = LocalDate.parse("2026-11-02");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            try {
                switch (args[i]) {
                    case "--groups" -> groups = within("--groups", Integer.parseInt(value), 1, 500);
                    case "--members" -> members = within("--members", Integer.parseInt(value), 1, 500);
                    case "--days" -> days = within("--days", Integer.parseInt(value), 1, 366);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    case "--start" -> start = LocalDate.parse(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException(args[i] + " cannot be " + value);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new SimulationOptions(groups, members, days, seed, out, start);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max);
        }
        return value;
    }
}
