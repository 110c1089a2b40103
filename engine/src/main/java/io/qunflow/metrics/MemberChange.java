package io.qunflow.metrics;

import java.time.OffsetDateTime;

/** A row of the membership and layer history: JOINED, LEFT or LAYER (with the new layer). */
record MemberChange(String memberId, String kind, String layer, String channel, OffsetDateTime at) {

    boolean membership() {
        return !"LAYER".equals(kind);
    }
}
