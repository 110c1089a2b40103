package io.qunflow.wecom;

import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.common.ConflictException;
import io.qunflow.common.Ids;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.events.EventAnswer;
import io.qunflow.events.EventService;
import io.qunflow.members.MemberService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owner tasks: the actions WeCom has no API for, handed to the group owner. Each runs in the
 * {@code owner-task} workflow, which calls back here to notify, remind, escalate and record the
 * outcome, so designers set the due time, reminder and escalation in the modeler. The outcome is
 * recorded on the member and acknowledges the outbox action.
 */
@Service
public class OwnerTasks {

    private final OwnerTaskStore store;
    private final OwnerTaskWorkflow workflow;
    private final OwnerNotifier notifier;
    private final EventService events;
    private final MemberService members;
    private final ActionOutbox outbox;
    private final DeliveryStore deliveries;
    private final WeComSettings settings;
    private final Clock clock;

    OwnerTasks(
            OwnerTaskStore store,
            OwnerTaskWorkflow workflow,
            OwnerNotifier notifier,
            EventService events,
            MemberService members,
            ActionOutbox outbox,
            DeliveryStore deliveries,
            WeComSettings settings,
            Clock clock) {
        this.store = store;
        this.workflow = workflow;
        this.notifier = notifier;
        this.events = events;
        this.members = members;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    /** @throws NotFoundException when there is no such task */
    public OwnerTask get(String taskId) {
        return store.find(taskId).orElseThrow(() -> new NotFoundException("Owner task", "群主任务", taskId));
    }

    /** Tells the owner about a new task due at the given time (the workflow computed it). */
    @Transactional
    public void notifyOwner(String taskId, OffsetDateTime dueAt) {
        OwnerTask task = get(taskId);
        OwnerTask due = task.withDueAt(dueAt);
        store.notified(taskId, dueAt, now(), notifier.send(task.ownerUserId(), "群主任务", due));
    }

    /** Reminds the owner of a task still open. */
    @Transactional
    public void remind(String taskId) {
        OwnerTask task = get(taskId);
        if (task.open()) {
            store.reminded(taskId, now(), notifier.send(task.ownerUserId(), "群主任务提醒", task));
        }
    }

    /** Tells the admin ({@code qunflow.wecom.escalation-user-id}) and the owner that a task is overdue. */
    @Transactional
    public void escalate(String taskId) {
        OwnerTask task = get(taskId);
        if (!task.open()) {
            return;
        }
        Words error = notifier.send(settings.escalationUserId(), "群主任务已超时，请跟进（群主 " + task.ownerUserId() + "）", task);
        store.escalated(taskId, now(), error);
    }

    /**
     * Records how the task ended: on the member (a removal carried out takes them out of the group)
     * and on the outbox action, DONE when carried out, FAILED when dismissed. Recording an ended
     * task again changes nothing.
     */
    @Transactional
    public void recordOutcome(String taskId, OwnerTask.Outcome outcome, String note, String actor) {
        OwnerTask task = get(taskId);
        OffsetDateTime now = now();
        if (!store.close(taskId, outcome.name(), note, actor, now)) {
            return;
        }
        String words = outcome == OwnerTask.Outcome.DONE ? "群主已处理" : "群主未处理（已驳回）";
        String detail = words + "：" + task.actionType() + (note == null || note.isBlank() ? "" : "，" + note);
        if (task.memberId() != null) {
            members.recordOutside(
                    task.groupId(), task.memberId(), task.actionType() + " " + outcome.name(), actor, detail);
            if (outcome == OwnerTask.Outcome.DONE && "REMOVE_MEMBER".equals(task.actionType())) {
                members.removedByStaff(task.groupId(), task.memberId(), now);
            }
        }
        deliveries.close(
                task.actionId(), outcome == OwnerTask.Outcome.DONE ? DeliveryStore.DONE : "DISMISSED", detail, now);
        try {
            outbox.acknowledge(task.actionId(), outcome == OwnerTask.Outcome.DONE ? "DONE" : "FAILED", detail);
        } catch (ConflictException acknowledgedElsewhere) {
            // Another connector reported the action first; the task's outcome still stands.
        }
    }

    /** Opens a task for an action and starts its workflow; the same action twice opens one task. */
    @Transactional
    OwnerTask open(Action action, String ownerUserId) {
        Optional<OwnerTask> existing = store.byAction(action.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        String rule = null;
        String reason = action.text();
        String messageText = null;
        if (action.eventId() != null) {
            Optional<EventAnswer.DecisionView> decision = events.answer(action.eventId()).stream()
                    .flatMap(a -> a.decisions().stream())
                    .filter(d -> action.type().name().equals(d.outcome()))
                    .findFirst();
            if (decision.isPresent()) {
                rule = decision.get().rule();
                reason = decision.get().reason();
            }
            messageText = events.find(action.groupId(), action.eventId())
                    .map(e -> e.payload().path("text").asText(null))
                    .orElse(null);
        }
        OwnerTask task = new OwnerTask(
                Ids.next("otk"),
                action.id(),
                action.type().name(),
                action.groupId(),
                null,
                action.memberId(),
                null,
                ownerUserId,
                null,
                rule,
                reason,
                messageText,
                action.text(),
                action.amountCents(),
                OwnerTask.OPEN,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now());
        store.insert(task);
        workflow.start(task);
        return get(task.id());
    }

    /** The owner (or an operator for them) did the task or decided against it. */
    @Transactional
    OwnerTask complete(String taskId, OwnerTask.Outcome outcome, String note, String actor) {
        OwnerTask task = get(taskId);
        if (!task.open()) {
            throw new ConflictException(
                    "Owner task '" + taskId + "' was already closed as " + task.status(),
                    "群主任务 " + taskId + " 已经结束（" + task.status() + "）");
        }
        // Recorded here, with who completed it, and never from the workflow's variables: a
        // designer's version of the owner-task workflow could set those to any outcome and actor.
        recordOutcome(taskId, outcome, note, actor);
        workflow.complete(taskId, outcome, note, actor);
        return get(taskId);
    }

    List<OwnerTask> list(String status, int limit) {
        return store.list(status, limit);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
