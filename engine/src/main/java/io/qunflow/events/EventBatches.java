package io.qunflow.events;

import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import io.qunflow.groups.Group;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.GroupContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch path: a batch's events answered as applying them one by one in order would answer
 * them, set-based. The event ids are looked up at once (a stored one is a duplicate, as is an id
 * earlier in the batch), each group is admitted once, and each group's events are applied by
 * {@link GroupBatch} in one transaction of their own, so a group that fails loses no other group's
 * work. A group whose transaction fails (a concurrent writer changed what it read, a lost race on an
 * event id, a failing rule) is applied again event by event by {@link RaceRetries}, whose answers
 * and refusals are then the answers. Groups run in the order of their ids, so concurrent batches
 * take the groups' locks in the same order.
 */
@Component
class EventBatches {

    private static final Logger log = LoggerFactory.getLogger(EventBatches.class);

    private final EventStore events;
    private final AdmitStage admit;
    private final GroupBatch groupBatch;
    private final RaceRetries retries;
    private final RuleEngine rules;
    private final TransactionTemplate tx;
    private final EventMetrics metrics;

    EventBatches(
            EventStore events,
            AdmitStage admit,
            GroupBatch groupBatch,
            RaceRetries retries,
            RuleEngine rules,
            TransactionTemplate tx,
            EventMetrics metrics) {
        this.events = events;
        this.admit = admit;
        this.groupBatch = groupBatch;
        this.retries = retries;
        this.rules = rules;
        this.tx = tx;
        this.metrics = metrics;
    }

    /** See {@link EventService#acceptAll}. */
    List<EventService.Outcome> acceptAll(List<GroupEvent> batch) {
        EventService.Outcome[] outcomes = new EventService.Outcome[batch.size()];
        Set<String> ids = new LinkedHashSet<>();
        batch.forEach(e -> ids.add(e.eventId()));
        Map<String, StoredAnswer> stored = events.answers(ids);
        Map<String, Admission> admitted = new HashMap<>();
        for (GroupEvent e : batch) {
            admitted.computeIfAbsent(e.groupId(), this::admit);
        }
        Map<String, Integer> firstOfId = new HashMap<>();
        Map<Integer, Integer> repeats = new LinkedHashMap<>();
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            GroupEvent e = batch.get(i);
            StoredAnswer earlier = stored.get(e.eventId());
            Admission admission = admitted.get(e.groupId());
            Integer first = firstOfId.get(e.eventId());
            if (earlier != null) {
                outcomes[i] = duplicate(earlier, e);
            } else if (admission.refusal() != null) {
                outcomes[i] = new EventService.Outcome(null, admission.refusal());
            } else if (first != null && !batch.get(first).groupId().equals(e.groupId())) {
                outcomes[i] = new EventService.Outcome(
                        null,
                        new ConflictException(
                                StoredAnswer.usedInAnotherGroup(e.eventId()).en(),
                                StoredAnswer.usedInAnotherGroup(e.eventId()).zh()));
            } else if (first != null) {
                repeats.put(i, first);
            } else {
                firstOfId.put(e.eventId(), i);
                byGroup.computeIfAbsent(e.groupId(), g -> new ArrayList<>()).add(i);
            }
        }
        byGroup.forEach((groupId, at) -> applyGroup(admitted.get(groupId).group(), at, batch, outcomes));
        repeats.forEach((i, first) -> outcomes[i] = outcomes[first].answer() != null
                ? new EventService.Outcome(outcomes[first].answer().asDuplicate(), null)
                : retries.alone(batch.get(i)));
        return List.of(outcomes);
    }

    private static EventService.Outcome duplicate(StoredAnswer earlier, GroupEvent event) {
        try {
            return new EventService.Outcome(earlier.duplicateOf(event), null);
        } catch (ConflictException usedElsewhere) {
            return new EventService.Outcome(null, usedElsewhere);
        }
    }

    /** A group of the batch: admitted, or why its events are refused. */
    private record Admission(Group group, RuntimeException refusal) {}

    private Admission admit(String groupId) {
        try {
            return new Admission(admit.admitted(groupId), null);
        } catch (NotFoundException | ConflictException refused) {
            return new Admission(null, refused);
        }
    }

    private void applyGroup(Group group, List<Integer> at, List<GroupEvent> batch, EventService.Outcome[] outcomes) {
        List<GroupEvent> groupEvents = at.stream().map(batch::get).toList();
        try (MDC.MDCCloseable g = MDC.putCloseable("groupId", group.id())) {
            List<EventAnswer> answers = tx.execute(status -> {
                // The group's row first, as for a single event (see AdmitStage), then its members'.
                Group locked = admit.locked(group.id());
                return rules.forGroup(
                        new GroupContext(
                                locked.id(),
                                locked.phase().name(),
                                locked.type().name()),
                        () -> groupBatch.apply(locked, groupEvents));
            });
            for (int k = 0; k < at.size(); k++) {
                outcomes[at.get(k)] = new EventService.Outcome(answers.get(k), null);
            }
        } catch (RuntimeException groupFailed) {
            log.warn(
                    "The {} events of group {} in a batch failed together ({}); applying them one by one",
                    at.size(),
                    group.id(),
                    groupFailed.toString());
            metrics.groupAppliedAlone();
            for (int k = 0; k < at.size(); k++) {
                outcomes[at.get(k)] = retries.alone(groupEvents.get(k));
            }
        }
    }
}
