package io.qunflow.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventService;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import io.qunflow.rules.RuleCandidate;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleSets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * A dry-run on an existing group holds the rows its events touch (the group's, its members') until
 * it ends, as live events of that group wait: it ends after {@link DryRuns#MAX_DURATION}, however
 * slowly a candidate decides its events.
 */
class DryRunsTest {

    private final RuleSets ruleSets = mock(RuleSets.class);
    private final RuleEngine engine = mock(RuleEngine.class);
    private final EventService events = mock(EventService.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final Clock clock = mock(Clock.class);
    private Instant now = Instant.parse("2026-11-11T12:00:00Z");

    @Test
    void aDryRunWhoseEventsAreDecidedSlowly_stopsAtItsTimeLimit_andSaysWhichEventsWereNotTried() {
        RuleCandidate active = mock(RuleCandidate.class);
        when(engine.activeCandidate("moderation")).thenReturn(active);
        when(engine.using(eq(active), any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(1)).get());
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        when(clock.instant()).thenAnswer(call -> now);
        when(events.accept(any())).thenAnswer(call -> {
            now = now.plusSeconds(1); // a candidate that takes a second for each event
            return new EventAnswer("e", false, List.of(), List.of());
        });
        DryRuns dryRuns = new DryRuns(
                ruleSets,
                engine,
                events,
                mock(GroupService.class),
                mock(MemberService.class),
                transactions,
                clock,
                Duration.ofMinutes(5));
        List<TrialEvent> trial = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new TrialEvent("e" + i, "MEMBER_JOINED", "m" + i, "2026-11-11T20:00:00+08:00", null))
                .toList();

        DryRunResult result = dryRuns.run("moderation", new DryRunRequest(null, "g-real", trial, null, null, null));

        long tried = DryRuns.MAX_DURATION.toSeconds();
        verify(events, times((int) tried)).accept(any());
        assertThat(result.events()).hasSize((int) tried + 1);
        assertThat(result.events().get((int) tried - 1).error()).isNull();
        assertThat(result.events().get((int) tried).eventId()).isEqualTo("e" + (tried + 1));
        assertThat(result.events().get((int) tried).error())
                .isEqualTo("not tried, nor the events after it: a dry-run runs for at most " + tried
                        + " seconds; try fewer events");
    }
}
