package io.qunflow.groups;

import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.common.constraints.TimeZoneName;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

@RestController
@RequestMapping("/api/v1/groups")
class GroupController {

    private final GroupService groups;
    private final ObjectProvider<LayerCounts> layers;
    private final GroupLifecycle lifecycle;

    GroupController(GroupService groups, ObjectProvider<LayerCounts> layers, GroupLifecycle lifecycle) {
        this.groups = groups;
        this.layers = layers;
        this.lifecycle = lifecycle;
    }

    @RequestSubject(value = "The group", zh = "社群信息")
    record CreateGroupRequest(
            @Identifier(inAddress = true) String id,
            @Text(max = 100, required = true) String name,
            @Text(max = 1000, required = true) String intro,
            @OneOf(value = GroupType.class, required = true) String type,

            @Between(min = 2, max = 100_000) Integer capacity,

            @Items(max = 50, en = "must hold at most 50 tags", zh = "最多 50 个标签")
            List<@Text(max = 50, required = true) String> tags,

            @Text(max = 2000, membersRead = true) String welcomeMessage,
            @Text(max = 2000, membersRead = true) String groupRules,
            @TimeZoneName String timeZone) {}

    @RequestSubject(value = "The group", zh = "社群信息")
    record EditGroupRequest(
            @Text(max = 100) String name,
            @Text(max = 1000) String intro,
            @OneOf(GroupType.class) String type,

            @Between(min = 2, max = 100_000) Integer capacity,

            @Items(max = 50, en = "must hold at most 50 tags", zh = "最多 50 个标签")
            List<@Text(max = 50, required = true) String> tags,

            @Text(max = 2000, membersRead = true) String welcomeMessage,
            @Text(max = 2000, membersRead = true) String groupRules,
            @TimeZoneName String timeZone,
            @Text(max = 500) String comment) {}

    /**
     * Edits an open group's positioning, texts, capacity, tags and time zone; a field left out (or
     * blank) keeps its value. Audited with the changed fields.
     */
    @PutMapping("/{id}")
    GroupView edit(@PathVariable String id, @Valid @RequestBody EditGroupRequest request, Authentication caller) {
        return GroupView.of(groups.edit(
                id,
                new GroupEdit(
                        present(request.name()),
                        present(request.intro()),
                        request.type() == null ? null : GroupType.valueOf(request.type()),
                        request.capacity(),
                        request.tags(),
                        present(request.welcomeMessage()),
                        present(request.groupRules()),
                        request.timeZone() == null ? null : ZoneId.of(request.timeZone()),
                        request.comment()),
                caller.getName()));
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<GroupView> create(@Valid @RequestBody CreateGroupRequest request) {
        GroupType type = GroupType.valueOf(request.type());
        ZoneId zone = request.timeZone() == null ? null : ZoneId.of(request.timeZone());
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
        Group group = groups.get(id);
        LayerCounts counts = layers.getIfAvailable();
        return GroupView.of(group)
                .with(
                        counts == null ? null : counts.byLayer(id),
                        lifecycle.workflow(group.processInstanceId()).orElse(null));
    }

    @PostMapping("/{id}/dissolve")
    GroupView dissolve(@PathVariable String id, Authentication caller) {
        return GroupView.of(groups.dissolve(id, caller.getName()));
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
            java.util.Map<String, Integer> layers,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String workflowKey,

            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            Integer workflowVersion) {

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
                    null,
                    null,
                    null);
        }

        /**
         * The same group with its members counted per layer and the workflow and version it runs on
         * (only the single-group read pays for them).
         */
        GroupView with(java.util.Map<String, Integer> counts, GroupLifecycle.RunningWorkflow workflow) {
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
                    counts,
                    workflow == null ? null : workflow.key(),
                    workflow == null ? null : workflow.version());
        }
    }
}
