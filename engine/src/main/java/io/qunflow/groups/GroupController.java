package io.qunflow.groups;

import io.qunflow.common.RequestChecks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

@RestController
@RequestMapping("/api/v1/groups")
class GroupController {

    private final GroupService groups;
    private final ObjectProvider<LayerCounts> layers;

    GroupController(GroupService groups, ObjectProvider<LayerCounts> layers) {
        this.groups = groups;
        this.layers = layers;
    }

    record CreateGroupRequest(
            String id,
            String name,
            String intro,
            String type,
            Integer capacity,
            List<String> tags,
            String welcomeMessage,
            String groupRules,
            String timeZone) {}

    @PostMapping
    ResponseEntity<GroupView> create(@RequestBody CreateGroupRequest request) {
        RequestChecks checks = new RequestChecks();
        checks.id("id", request.id(), false);
        checks.text("name", request.name(), 100, true);
        checks.text("intro", request.intro(), 1000, true);
        GroupType type = checks.oneOf("type", request.type(), GroupType.class, true);
        if (request.capacity() != null && (request.capacity() < 2 || request.capacity() > 100_000)) {
            checks.add("capacity", "must be between 2 and 100000");
        }
        if (request.tags() != null) {
            if (request.tags().size() > 50) {
                checks.add("tags", "must hold at most 50 tags");
            }
            for (int i = 0; i < request.tags().size(); i++) {
                checks.text("tags[" + i + "]", request.tags().get(i), 50, true);
            }
        }
        checks.text("welcomeMessage", request.welcomeMessage(), 2000, false);
        checks.text("groupRules", request.groupRules(), 2000, false);
        ZoneId zone = null;
        if (request.timeZone() != null) {
            try {
                zone = ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                checks.add("timeZone", "must be a time-zone id such as Asia/Shanghai");
            }
        }
        checks.throwIfAny("The group");
        Group group = groups.create(new NewGroup(
                request.id(),
                request.name(),
                request.intro(),
                type,
                request.capacity(),
                request.tags(),
                request.welcomeMessage(),
                request.groupRules(),
                zone));
        // Ids may hold any visible character ('#', '{', emoji), so the Location path is encoded.
        return ResponseEntity.created(
                        URI.create("/api/v1/groups/" + UriUtils.encodePathSegment(group.id(), StandardCharsets.UTF_8)))
                .body(GroupView.of(group));
    }

    @GetMapping
    List<GroupView> list() {
        return groups.all().stream().map(GroupView::of).toList();
    }

    @GetMapping("/{id}")
    GroupView get(@PathVariable String id) {
        GroupView group = GroupView.of(groups.get(id));
        LayerCounts counts = layers.getIfAvailable();
        return counts == null ? group : group.withLayers(counts.byLayer(id));
    }

    @PostMapping("/{id}/dissolve")
    GroupView dissolve(@PathVariable String id) {
        return GroupView.of(groups.dissolve(id));
    }

    record GroupView(
            String id,
            String name,
            String intro,
            GroupType type,
            int capacity,
            List<String> tags,
            String welcomeMessage,
            String groupRules,
            String timeZone,
            Phase phase,
            java.time.OffsetDateTime phaseSince,
            int memberCount,
            String processInstanceId,
            java.time.OffsetDateTime createdAt,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            java.util.Map<String, Integer> layers) {

        static GroupView of(Group g) {
            return new GroupView(
                    g.id(),
                    g.name(),
                    g.intro(),
                    g.type(),
                    g.capacity(),
                    g.tags(),
                    g.welcomeMessage(),
                    g.groupRules(),
                    g.timeZone().getId(),
                    g.phase(),
                    g.phaseSince(),
                    g.memberCount(),
                    g.processInstanceId(),
                    g.createdAt(),
                    null);
        }

        /** The same group with its members counted per layer (only the single-group read pays for it). */
        GroupView withLayers(java.util.Map<String, Integer> counts) {
            return new GroupView(
                    id,
                    name,
                    intro,
                    type,
                    capacity,
                    tags,
                    welcomeMessage,
                    groupRules,
                    timeZone,
                    phase,
                    phaseSince,
                    memberCount,
                    processInstanceId,
                    createdAt,
                    counts);
        }
    }
}
