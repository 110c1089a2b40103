package io.qunflow.events;

import io.qunflow.groups.Group;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.model.GroupContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applying one event, as a pipeline of named stages run in this order in the caller's transaction:
 * admit (the group takes events), membership (join, leave, or who it is from), join gate, check-in,
 * moderate, welcome, rewards, activity and layering, record (actions, the stored event and its answer). The
 * rules evaluated on the way know which event they are for, and see the group's phase and type. Retries and transactions are not
 * the pipeline's business: {@link RaceRetries} owns them.
 */
@Component
class EventPipeline {

    private final AdmitStage admit;
    private final List<EventStage> stages;
    private final RuleEngine rules;

    EventPipeline(
            AdmitStage admit,
            MembershipStage membership,
            JoinGateStage joinGate,
            CheckInStage checkIn,
            ModerateStage moderate,
            WelcomeStage welcome,
            RewardsStage rewards,
            ActivityStage activity,
            RecordStage record,
            RuleEngine rules) {
        this.admit = admit;
        this.stages = List.of(membership, joinGate, checkIn, moderate, welcome, rewards, activity, record);
        this.rules = rules;
    }

    /** Applies the event in the current transaction and answers what was decided. */
    EventAnswer apply(GroupEvent event) {
        return rules.forEvent(event.eventId(), () -> {
            EventInProgress inProgress = new EventInProgress(event);
            admit.apply(inProgress);
            Group group = inProgress.group();
            // The rules decide as the group's lifecycle stands now: its phase and type scope them.
            return rules.forGroup(
                    new GroupContext(
                            group.id(), group.phase().name(), group.type().name()),
                    () -> {
                        for (EventStage stage : stages) {
                            stage.apply(inProgress);
                        }
                        return inProgress.answer();
                    });
        });
    }
}
