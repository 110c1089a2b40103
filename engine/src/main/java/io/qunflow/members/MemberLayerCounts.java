package io.qunflow.members;

import io.qunflow.groups.LayerCounts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Gives the group view its layer counts. */
@Component
class MemberLayerCounts implements LayerCounts {

    private final MemberService members;

    MemberLayerCounts(MemberService members) {
        this.members = members;
    }

    @Override
    public Map<String, Integer> byLayer(String groupId) {
        return members.layerCounts(groupId);
    }
}
