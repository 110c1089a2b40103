package io.qunflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    private static final Instant REAL = Instant.parse("2026-12-04T08:00:00Z");
    private final Clock clock = new ApplicationClock(Clock.fixed(REAL, ZoneOffset.UTC));

    @AfterEach
    void realTimeAgain() {
        ApplicationClock.endReplay();
    }

    @Test
    void aReplay_movesThisThreadsTimeOnly_neverBack_andEndsInRealTime() throws Exception {
        Instant past = Instant.parse("2026-11-05T00:00:00Z");

        ApplicationClock.replayAt(past);
        ApplicationClock.replayAt(past.plusSeconds(60));
        ApplicationClock.replayAt(past);

        assertThat(clock.instant()).isEqualTo(past.plusSeconds(60));
        assertThat(CompletableFuture.supplyAsync(clock::instant).get()).isEqualTo(REAL);
        ApplicationClock.endReplay();
        assertThat(clock.instant()).isEqualTo(REAL);
    }
}
