package io.qunflow.groups;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.Ids;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens groups, starts their lifecycle, keeps their phase and member count, and edits their settings. */
@Service
public class GroupService {

    /** The welcome every group starts with unless it brings its own (from the seeds: 入群欢迎语). */
    static final String DEFAULT_WELCOME = "欢迎加入「%s」！%s";

    /** The group rules every group starts with unless it brings its own (from the seeds: 群规). */
    static final String DEFAULT_RULES = "群规：1. 禁止发广告、二维码和外部链接；2. 禁止私加群友、索要联系方式；" + "3. 友善交流，禁止人身攻击。违规者首次警告，再犯移出本群。";

    static final int DEFAULT_CAPACITY = 500;
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final GroupStore groups;
    private final GroupLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    GroupService(
            GroupStore groups,
            GroupLifecycle lifecycle,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.groups = groups;
        this.lifecycle = lifecycle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a group and starts its lifecycle in one transaction: either both exist or neither.
     *
     * @throws ConflictException when a group with the requested id exists
     */
    @Transactional
    public Group create(NewGroup request) {
        String id = request.id() == null ? Ids.next("grp") : request.id();
        if (groups.exists(id)) {
            throw new ConflictException("Group '" + id + "' already exists", "社群 " + id + " 已存在");
        }
        OffsetDateTime now = now();
        Group group = new Group(
                id,
                request.name(),
                request.intro(),
                request.type(),
                request.capacity() == null ? DEFAULT_CAPACITY : request.capacity(),
                request.tags() == null ? List.of() : List.copyOf(request.tags()),
                request.welcomeMessage() == null
                        ? DEFAULT_WELCOME.formatted(request.name(), request.intro())
                        : request.welcomeMessage(),
                request.groupRules() == null ? DEFAULT_RULES : request.groupRules(),
                request.timeZone() == null ? DEFAULT_ZONE : request.timeZone(),
                Phase.LAUNCH,
                now,
                0,
                null,
                now);
        try {
            groups.insert(group);
        } catch (DuplicateKeyException createdMeanwhile) {
            // The same id created at the same moment (a retry sent to another node) committed first.
            throw new ConflictException("Group '" + id + "' already exists", "社群 " + id + " 已存在");
        }
        events.publishEvent(new GroupPhaseChanged(id, null, group.phase(), now));
        String processInstanceId = lifecycle.start(group);
        groups.attachProcess(id, processInstanceId);
        return get(id);
    }

    /** @throws NotFoundException when there is no such group */
    public Group get(String id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException("Group", "社群", id));
    }

    /**
     * The group, its row locked until the caller's transaction ends: work on the whole group that
     * must not run twice at once (two nodes, two callers) takes turns on it.
     *
     * @throws NotFoundException when there is no such group
     */
    @Transactional
    public Group lock(String id) {
        return groups.lock(id).orElseThrow(() -> new NotFoundException("Group", "社群", id));
    }

    public Optional<Group> find(String id) {
        return groups.find(id);
    }

    /**
     * The names of the groups among {@code ids}, by id, read in one query however many ids there
     * are: for pages that list many groups' items and show people names rather than ids. A group
     * that does not exist is left out.
     */
    public Map<String, String> names(Collection<String> ids) {
        return groups.names(ids);
    }

    public List<Group> all() {
        return groups.all();
    }

    /**
     * Gives the group a new name, as the platform it runs on renamed it (a WeCom customer group).
     *
     * @throws NotFoundException when there is no such group
     */
    @Transactional
    public Group rename(String id, String name) {
        get(id);
        groups.rename(id, name);
        return get(id);
    }

    /** Moves a group into a phase; called by the group's workflow. */
    @Transactional
    public void enterPhase(String id, Phase phase) {
        Group group = get(id);
        if (group.phase().equals(phase)) {
            return;
        }
        OffsetDateTime now = now();
        groups.changePhase(id, phase, now);
        events.publishEvent(new GroupPhaseChanged(id, group.phase(), phase, now));
    }

    /**
     * Adds (or, with a negative delta, removes) members from the count and answers the new count.
     * The group's row stays locked until the calling transaction ends, so the joins of one group
     * take turns and each one counts the members it makes (the welcome and the 100 / 1000
     * milestones read that number). Events hold that lock from their start (the events module's
     * AdmitStage), so that the group's row is always locked before its members' rows.
     */
    @Transactional
    public int countMembers(String id, int delta) {
        return groups.addMembers(id, delta);
    }

    /**
     * Changes what an operator may change about an open group, and audits each changed field.
     * The row is locked meanwhile, so a capacity is never set below a count that joins are raising.
     *
     * @throws NotFoundException when there is no such group
     * @throws ConflictException when the group was dissolved
     * @throws InvalidRequestException when the capacity is below the members the group has
     */
    @Transactional
    public Group edit(String id, GroupEdit edit, String actor) {
        Group before = groups.lock(id).orElseThrow(() -> new NotFoundException("Group", "社群", id));
        if (before.archived()) {
            throw new ConflictException(
                    "Group '" + id + "' was dissolved; a dissolved group is no longer edited",
                    "社群 " + id + " 已解散，不能再修改");
        }
        Group after = new Group(
                id,
                edit.name() == null ? before.name() : edit.name(),
                edit.intro() == null ? before.intro() : edit.intro(),
                edit.type() == null ? before.type() : edit.type(),
                edit.capacity() == null ? before.capacity() : edit.capacity(),
                edit.tags() == null ? before.tags() : List.copyOf(edit.tags()),
                edit.welcomeMessage() == null ? before.welcomeMessage() : edit.welcomeMessage(),
                edit.groupRules() == null ? before.groupRules() : edit.groupRules(),
                edit.timeZone() == null ? before.timeZone() : edit.timeZone(),
                before.phase(),
                before.phaseSince(),
                before.memberCount(),
                before.processInstanceId(),
                before.createdAt());
        if (after.capacity() < before.memberCount()) {
            throw new InvalidRequestException(
                    "The group is invalid",
                    "社群信息有误",
                    List.of(new FieldProblem(
                            "capacity",
                            "must be at least the " + before.memberCount() + " members the group has",
                            "不能少于社群现有的 " + before.memberCount() + " 名成员")));
        }
        String diff = GroupChanges.between(before, after);
        if (!diff.isEmpty()) {
            groups.update(after);
            if (!after.timeZone().equals(before.timeZone())) {
                events.publishEvent(new GroupTimeZoneChanged(id, before.timeZone(), after.timeZone()));
            }
            audit.record(
                    actor,
                    "GROUP",
                    id,
                    "EDITED",
                    edit.comment() == null || edit.comment().isBlank()
                            ? new Words("group settings changed", "社群设置已修改")
                            : new Words(edit.comment(), null),
                    diff);
        }
        return get(id);
    }

    /**
     * Dissolves the group: its workflow archives it. Audited with who did it, since a dissolved
     * group cannot be edited or reopened; dissolving an archived group again changes nothing.
     */
    @Transactional
    public Group dissolve(String id, String actor) {
        // Locked: a dissolve at the same moment on another node waits, then finds the group archived.
        Group group = lock(id);
        if (group.archived()) {
            return group;
        }
        lifecycle.dissolve(group);
        audit.record(
                actor,
                "GROUP",
                id,
                "DISSOLVED",
                new Words("group dissolved", "社群已解散"),
                "- " + group.phase() + "\n+ ARCHIVED");
        return get(id);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
