package io.qunflow.governance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qunflow.common.BackgroundThreads;
import io.qunflow.common.ConflictException;
import io.qunflow.events.EventService;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.RuleCandidate;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleSets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Backtests waiting for the one that runs each hold a compiled candidate: past {@value
 * Backtests#MAX_WAITING} waiting or running, a new one is refused before anything is compiled or
 * stored, and a place frees when one finishes.
 */
class BacktestsTest {

    private static final String FROM = "2026-11-01T00:00:00+08:00";
    private static final String TO = "2026-11-02T00:00:00+08:00";

    private final RuleSets ruleSets = mock(RuleSets.class);
    private final RuleEngine engine = mock(RuleEngine.class);
    private final EventService events = mock(EventService.class);
    private final BacktestStore store = mock(BacktestStore.class);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void pastThreeWaitingOrRunning_aBacktestIsRefusedBeforeItIsCompiled_andAPlaceFreesWhenOneEnds() throws Exception {
        RuleCandidate candidate = mock(RuleCandidate.class);
        when(ruleSets.draft(anyString(), anyString())).thenReturn(candidate);
        when(engine.activeCandidate(anyString())).thenReturn(candidate);
        when(store.find(anyString(), anyString())).thenAnswer(call -> Optional.of(view(call.getArgument(1))));
        when(events.between(any(), any(), anyInt())).thenAnswer(call -> {
            release.await(30, TimeUnit.SECONDS); // the first backtest runs until the test lets it go
            throw new IllegalStateException("stopped by the test");
        });
        Backtests backtests = backtests();

        for (int i = 0; i < Backtests.MAX_WAITING; i++) {
            backtests.start("moderation", "rule source", FROM, TO, "compliance");
        }
        assertThatThrownBy(() -> backtests.start("moderation", "rule source", FROM, TO, "compliance"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already waiting or running");
        verify(ruleSets, times(Backtests.MAX_WAITING)).draft(anyString(), anyString());
        verify(store, times(Backtests.MAX_WAITING))
                .insert(anyString(), anyString(), anyInt(), anyString(), any(), any(), anyInt(), anyString(), any());

        backtests.beat();
        verify(store, times(Backtests.MAX_WAITING).description("the running one and the two waiting say they live"))
                .beat(anyString(), anyInt(), any());

        release.countDown();
        await().atMost(Duration.ofSeconds(10))
                .ignoreException(ConflictException.class)
                .until(() -> backtests.start("moderation", "rule source", FROM, TO, "compliance") != null);
        verify(ruleSets, times(Backtests.MAX_WAITING + 1)).draft(anyString(), anyString());
        backtests.close();
    }

    /**
     * The range was counted when the backtest started; by the time it runs (behind others), events
     * that arrived meanwhile may have filled it past the bound, and none past it are read.
     */
    @Test
    void aRangeThatFilledUpWhileTheBacktestWaited_failsSayingSo_withoutReadingPastTheBound() {
        RuleCandidate candidate = mock(RuleCandidate.class);
        when(ruleSets.draft(anyString(), anyString())).thenReturn(candidate);
        when(engine.activeCandidate(anyString())).thenReturn(candidate);
        when(store.find(anyString(), anyString())).thenAnswer(call -> Optional.of(view(call.getArgument(1))));
        when(events.countBetween(any(), any())).thenReturn(10);
        GroupEvent event = new GroupEvent("e", "g", EventType.MESSAGE_POSTED, "m", OffsetDateTime.parse(FROM), null);
        when(events.between(any(), any(), anyInt()))
                .thenAnswer(call -> Collections.nCopies(call.getArgument(2), event));
        Backtests backtests = backtests();

        String id = backtests
                .start("moderation", "rule source", FROM, TO, "compliance")
                .id();

        verify(store, timeout(10_000))
                .finish(
                        eq(id),
                        eq("FAILED"),
                        isNull(),
                        eq("the range holds more than " + Backtests.MAX_EVENTS
                                + " events by now; a backtest replays at most " + Backtests.MAX_EVENTS
                                + ", choose a shorter range"),
                        eq(0),
                        any());
        verify(events).between(any(), any(), eq(Backtests.MAX_EVENTS + 1));
        verify(events, never()).accept(any());
        backtests.close();
    }

    /** The service over this test's mocks, with a real background pool. */
    private Backtests backtests() {
        return new Backtests(
                ruleSets,
                engine,
                events,
                mock(GroupService.class),
                store,
                new ObjectMapper(),
                Clock.systemUTC(),
                mock(PlatformTransactionManager.class),
                new BackgroundThreads(new SimpleMeterRegistry()));
    }

    private static BacktestView view(String id) {
        OffsetDateTime at = OffsetDateTime.parse(FROM);
        return new BacktestView(id, "moderation", 1, at, at, "RUNNING", 0, 0, "compliance", at, null, null, null);
    }
}
