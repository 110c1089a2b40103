package io.qunflow.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.qunflow.events.EventType;
import io.qunflow.events.GroupEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Events given to try rules on, turned into the events the event path takes; {@link TrialEvent} says how they are checked. */
final class TrialEvents {

    private TrialEvents() {}

    static OffsetDateTime parse(String value) {
        return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static GroupEvent toGroupEvent(String eventId, String groupId, TrialEvent event) {
        JsonNode payload = event.payload() == null || event.payload().isNull()
                ? JsonNodeFactory.instance.objectNode()
                : event.payload();
        return new GroupEvent(
                eventId, groupId, EventType.valueOf(event.type()), event.memberId(), parse(event.at()), payload);
    }
}
