package io.qunflow;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need from the machine: Debian's PostgreSQL 15 binaries, Debian's chromium, the
 * built UI. Missing on a developer machine, the test is skipped with how to get it; missing where
 * the {@code CI} environment variable is set, the test fails, so CI cannot pass by skipping.
 */
public final class Prerequisites {

    /** Debian's chromium; Playwright never downloads a browser here. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Prerequisites() {}

    public static void postgres() {
        require(
                PostgresCluster.available(),
                "PostgreSQL 15 is not installed (apt-get install postgresql-15; .ci/run does)");
    }

    public static void chromium() {
        require(Files.isExecutable(CHROMIUM), "No " + CHROMIUM + " (apt-get install chromium; .ci/run does)");
    }

    /** The UI the engine serves, built into the classpath unless the build ran with -Dskip.ui. */
    public static void builtUi() {
        require(Prerequisites.class.getResource("/static/index.html") != null, "The UI was not built (-Dskip.ui)");
    }

    static void require(boolean met, String missing) {
        if (met) {
            return;
        }
        if (inCi()) {
            fail(missing + ". CI is set, so a missing prerequisite fails instead of skipping.");
        }
        Assumptions.abort(missing + ": skipped on this machine (it fails where CI is set).");
    }

    static boolean inCi() {
        return System.getenv("CI") != null;
    }
}
