package io.qunflow.governance;

import com.fasterxml.jackson.databind.JsonNode;

/** An event to try rules on, as a connector would post it; the event id is optional. */
public record TrialEvent(String eventId, String type, String memberId, String at, JsonNode payload) {}
