package io.qunflow.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupType;
import io.qunflow.groups.Phase;
import io.qunflow.rules.RuleEngine;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a batch is split and answered: each group's events in a transaction of their own, in the
 * order of the groups' ids; a group that fails is applied again event by event without touching
 * the others; stored and repeated ids answer the first answer as duplicates; unknown groups are
 * refused. What a group's events decide is {@link GroupBatch}'s, compared with one-by-one in
 * {@link BatchReplayApiTest}.
 */
class EventBatchesTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 23, 2, 0, 0, 0, ZoneOffset.UTC);

    private final EventStore events = mock(EventStore.class);
    private final AdmitStage admit = mock(AdmitStage.class);
    private final GroupBatch groupBatch = mock(GroupBatch.class);
    private final RaceRetries retries = mock(RaceRetries.class);
    private final RuleEngine rules = mock(RuleEngine.class);
    private final TransactionTemplate tx = mock(TransactionTemplate.class);
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final EventBatches batches =
            new EventBatches(events, admit, groupBatch, retries, rules, tx, new EventMetrics(meters));

    @BeforeEach
    void groupsAndTransactions() {
        when(admit.admitted("a")).thenReturn(group("a"));
        when(admit.admitted("b")).thenReturn(group("b"));
        when(admit.admitted("lost")).thenThrow(new NotFoundException("Group", "社群", "lost"));
        when(admit.locked("a")).thenReturn(group("a"));
        when(admit.locked("b")).thenReturn(group("b"));
        when(rules.forGroup(any(), any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(1)).get());
        when(tx.execute(any()))
                .thenAnswer(call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction(null));
    }

    @Test
    void acceptAll_appliesEachGroupInATransactionOfItsOwn_andAFailingGroupAgainOneByOne() {
        GroupEvent b1 = event("b1", "b");
        GroupEvent a1 = event("a1", "a");
        GroupEvent b2 = event("b2", "b");
        GroupEvent a2 = event("a2", "a");
        when(events.answers(anyCollection())).thenReturn(Map.of());
        when(groupBatch.apply(any(), eq(List.of(a1, a2)))).thenReturn(List.of(answer("a1"), answer("a2")));
        when(groupBatch.apply(any(), eq(List.of(b1, b2))))
                .thenThrow(new ConcurrencyFailureException("a member changed meanwhile"));
        when(retries.alone(b1)).thenReturn(new EventService.Outcome(answer("b1 alone"), null));
        when(retries.alone(b2)).thenReturn(new EventService.Outcome(answer("b2 alone"), null));

        List<EventService.Outcome> outcomes = batches.acceptAll(List.of(b1, a1, b2, a2));

        assertThat(outcomes).extracting(o -> o.answer().eventId()).containsExactly("b1 alone", "a1", "b2 alone", "a2");
        InOrder order = inOrder(groupBatch, retries);
        order.verify(groupBatch).apply(any(), eq(List.of(a1, a2)));
        order.verify(groupBatch).apply(any(), eq(List.of(b1, b2)));
        order.verify(retries).alone(b1);
        order.verify(retries).alone(b2);
        verify(tx, times(2)).execute(any());
        assertThat(meters.counter("qunflow.events.batch.groups.applied.alone").count())
                .isEqualTo(1.0);
    }

    @Test
    void acceptAll_answersStoredAndRepeatedIdsAsDuplicates_andRefusesUnknownGroups() {
        GroupEvent seen = event("seen", "a");
        GroupEvent fresh = event("fresh", "a");
        GroupEvent again = event("fresh", "a");
        GroupEvent lost = event("lost-1", "lost");
        when(events.answers(anyCollection())).thenReturn(Map.of("seen", new StoredAnswer("a", answer("seen"))));
        when(groupBatch.apply(any(), eq(List.of(fresh)))).thenReturn(List.of(answer("fresh")));

        List<EventService.Outcome> outcomes = batches.acceptAll(List.of(seen, fresh, again, lost));

        assertThat(outcomes.get(0).answer().duplicate()).isTrue();
        assertThat(outcomes.get(0).answer().eventId()).isEqualTo("seen");
        assertThat(outcomes.get(1).answer().duplicate()).isFalse();
        assertThat(outcomes.get(2).answer().duplicate()).isTrue();
        assertThat(outcomes.get(2).answer().eventId()).isEqualTo("fresh");
        assertThat(outcomes.get(3).answer()).isNull();
        assertThat(outcomes.get(3).refusal()).isInstanceOf(NotFoundException.class);
        verify(groupBatch, times(1)).apply(any(), any());
        verify(retries, never()).alone(any());
    }

    @Test
    void acceptAll_refusesAnIdUsedForAnotherGroup_storedOrEarlierInTheBatch_withoutItsAnswer() {
        GroupEvent seenElsewhere = event("seen", "b");
        GroupEvent fresh = event("fresh", "a");
        GroupEvent freshElsewhere = event("fresh", "b");
        when(events.answers(anyCollection())).thenReturn(Map.of("seen", new StoredAnswer("a", answer("seen"))));
        when(groupBatch.apply(any(), eq(List.of(fresh)))).thenReturn(List.of(answer("fresh")));

        List<EventService.Outcome> outcomes = batches.acceptAll(List.of(seenElsewhere, fresh, freshElsewhere));

        assertThat(outcomes.get(0).answer()).isNull();
        assertThat(outcomes.get(0).refusal())
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("another group");
        assertThat(outcomes.get(1).answer().duplicate()).isFalse();
        assertThat(outcomes.get(2).answer()).isNull();
        assertThat(outcomes.get(2).refusal()).isInstanceOf(ConflictException.class);
        verify(groupBatch, times(1)).apply(any(), any());
        verify(retries, never()).alone(any());
    }

    private static Group group(String id) {
        return new Group(
                id,
                "群" + id,
                "",
                GroupType.CONTENT,
                500,
                List.of(),
                "",
                "",
                ZoneId.of("Asia/Shanghai"),
                Phase.LAUNCH,
                AT,
                0,
                null,
                AT);
    }

    private static GroupEvent event(String id, String groupId) {
        return new GroupEvent(id, groupId, EventType.CHECKED_IN, "m1", AT, JsonNodeFactory.instance.objectNode());
    }

    private static EventAnswer answer(String eventId) {
        return new EventAnswer(eventId, false, List.of(), List.of());
    }
}
