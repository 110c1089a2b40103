package io.qunflow.simulator;

import java.io.PrintStream;
import java.util.Locale;

/** One console line redrawn as the days go by. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int days;

    ProgressBar(PrintStream out, int days) {
        this.out = out;
        this.days = days;
    }

    void show(int day, long events, long millis) {
        int filled = (int) ((long) WIDTH * day / days);
        out.printf(
                Locale.ROOT,
                "\r[%s%s] day %d/%d · %,d events · %,.0f events/s",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                day,
                days,
                events,
                events * 1000.0 / Math.max(1, millis));
        out.flush();
    }

    void done() {
        out.println();
    }
}
