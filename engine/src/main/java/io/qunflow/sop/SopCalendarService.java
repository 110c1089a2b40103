package io.qunflow.sop;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group's SOP calendar: entries from templates or by hand, checked as a whole by the {@code sop}
 * rules (daily cap, content mix) before anything is saved, and posts sent when the group's
 * workflow says they are due.
 *
 * <p>Why this class is long: it is the sop module's one public service, the door other modules
 * and the controllers use; each method is a short transaction that hands the work to the
 * package-private pieces (entry checks, the rules' whole-calendar check, posting, delivery,
 * workflow step posts) and records the audit entry.
 */
@Service
public class SopCalendarService {

    private final SopStore store;
    private final GroupService groups;
    private final SopEntryChecks checks;
    private final SopRules rules;
    private final SopPosting posting;
    private final SopTemplates templates;
    private final AuditTrail audit;
    private final SopDelivery delivery;
    private final StepPosting steps;
    private final TransactionTemplate tx;

    SopCalendarService(
            SopStore store,
            GroupService groups,
            SopEntryChecks checks,
            SopRules rules,
            SopPosting posting,
            SopTemplates templates,
            AuditTrail audit,
            SopDelivery delivery,
            StepPosting steps,
            TransactionTemplate tx) {
        this.store = store;
        this.groups = groups;
        this.checks = checks;
        this.rules = rules;
        this.posting = posting;
        this.templates = templates;
        this.audit = audit;
        this.delivery = delivery;
        this.steps = steps;
        this.tx = tx;
    }

    /** The shipped industry templates. */
    public List<SopTemplate> templates() {
        return templates.all();
    }

    /** The names of the shipped templates a workflow step may post from. */
    public List<String> templateNames() {
        return templates.all().stream().map(SopTemplate::name).toList();
    }

    /**
     * Posts now what a workflow step asks for — the group's positioning, or a post of a purpose from
     * its calendar or a named template — counted against the daily cap like every post and recorded
     * with them; past the cap, or with nothing of that purpose to post, nothing goes out and the
     * answer says why.
     *
     * @param dedupeKey unique per visit of the step: the same key again queues no second message
     * @param at the workflow's time of the step (its timers' clock): the day the post counts on
     */
    public StepPosted postForStep(String groupId, StepContent content, String dedupeKey, OffsetDateTime at) {
        return steps.post(groupId, content, dedupeKey, at);
    }

    /**
     * A page of a group's calendar, by time of day, and how many entries the whole calendar holds;
     * only the entries of one purpose (the scheduled topics, say) when it is given.
     *
     * @param page from 0
     * @param size entries a page
     */
    public Entries entries(String groupId, Optional<Purpose> purpose, int page, int size) {
        groups.get(groupId);
        return new Entries(store.entries(groupId, purpose, page * size, size), store.entryCount(groupId, purpose));
    }

    /** One page of a calendar and the number of entries in the whole calendar. */
    public record Entries(List<SopEntry> items, int total) {}

    /**
     * A page of the posts a group's calendar and workflows have sent, newest first, and how many
     * there are in all; only the posts of one purpose (the topics sent, say) when it is given.
     *
     * @param page from 0
     * @param size posts a page
     */
    public Posts posts(String groupId, Optional<Purpose> purpose, int page, int size) {
        groups.get(groupId);
        return new Posts(store.posts(groupId, purpose, page * size, size), store.postCount(groupId, purpose));
    }

    /** One page of a group's posts and the number of posts in all. */
    public record Posts(List<SopPost> items, int total) {}

    /** The group's posts sent in {@code [from, to)}, newest first. */
    public List<SopPost> postsSentBetween(String groupId, OffsetDateTime from, OffsetDateTime to) {
        return store.postsSentBetween(groupId, from, to);
    }

    /** One post the group's calendar sent. */
    public Optional<SopPost> post(String groupId, String postId) {
        return store.post(groupId, postId);
    }

    /**
     * Sets the reach of the post a SEND_MESSAGE action carried, as the connector that delivered it
     * counted it (a WeCom broadcast reaches the group only once its owner has confirmed it); an
     * action that carried no post changes nothing.
     *
     * @return true when the action carried a post
     */
    public boolean recordReach(String actionId, int reach) {
        return store.updateReach(actionId, reach);
    }

    /** Adds a template's entries to a group's calendar; refused as a whole if the result breaks a rule. */
    public List<SopEntry> applyTemplate(String groupId, String template, String actor) {
        SopTemplate chosen =
                templates.named(template).orElseThrow(() -> new NotFoundException("SOP template", "SOP 模板", template));
        return add(groupId, chosen.entries(), actor, "template " + template);
    }

    /**
     * Adds entries to a group's calendar. Every field is checked, then the whole calendar with the
     * new entries is put to the {@code sop} rules; a refusal names each broken rule and saves nothing.
     */
    public List<SopEntry> add(String groupId, List<NewSopEntry> requested, String actor, String why) {
        Group group = groups.get(groupId);
        List<SopEntry> added = checks.checked(group, requested);
        tx.executeWithoutResult(status -> {
            List<SopEntry> calendar = new ArrayList<>(store.entries(groupId));
            calendar.addAll(added);
            rules.refuseIfRulesSayNo(group, calendar, "");
            added.forEach(store::insert);
            audit.record(
                    actor,
                    "SOP_CALENDAR",
                    groupId,
                    "ADDED",
                    why,
                    String.join(
                            "\n", added.stream().map(e -> "+ " + e.describe()).toList()));
        });
        delivery.calendarChanged(groupId);
        return added;
    }

    /**
     * Schedules discussion topics (群话题): calendar entries for TOPIC, plain text unless a content
     * kind is given, checked and delivered like every other post.
     */
    public List<SopEntry> addTopics(String groupId, List<NewSopEntry> topics, String actor, String why) {
        List<NewSopEntry> asTopics = topics == null
                ? null
                : topics.stream()
                        .map(t -> t == null
                                ? null
                                : new NewSopEntry(
                                        t.cadence(),
                                        t.dayOfWeek(),
                                        t.dayOfMonth(),
                                        t.date(),
                                        t.time(),
                                        Purpose.TOPIC.name(),
                                        t.contentKind() == null ? ContentKind.TEXT.name() : t.contentKind(),
                                        t.text(),
                                        t.link(),
                                        t.owner(),
                                        t.notes()))
                        .toList();
        return add(groupId, asTopics, actor, why);
    }

    /**
     * One post to many groups (群联盟): a one-off entry in each, all or nothing; a group whose
     * calendar would break a rule refuses the whole post, named in the reason.
     */
    public Map<String, SopEntry> postToGroups(List<String> groupIds, NewSopEntry post, String actor) {
        if (groupIds == null
                || groupIds.isEmpty()
                || groupIds.size() > 500
                || groupIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidRequestException(
                    "The alliance post is invalid",
                    "联合发帖有误",
                    List.of(new FieldProblem("groupIds", "must name 1 to 500 groups", "须指定 1 到 500 个社群")));
        }
        if (post == null || !"ONCE".equals(post.cadence())) {
            throw new InvalidRequestException(
                    "The alliance post is invalid",
                    "联合发帖有误",
                    List.of(new FieldProblem(
                            "post.cadence", "must be ONCE: an alliance post goes out one time", "须为 ONCE：联合发帖只发一次")));
        }
        Map<String, SopEntry> byGroup = new LinkedHashMap<>();
        for (String groupId : new TreeSet<>(groupIds)) {
            byGroup.put(
                    groupId, checks.checked(groups.get(groupId), List.of(post)).get(0));
        }
        tx.executeWithoutResult(status -> byGroup.forEach((groupId, entry) -> {
            List<SopEntry> calendar = new ArrayList<>(store.entries(groupId));
            calendar.add(entry);
            rules.refuseIfRulesSayNo(groups.get(groupId), calendar, groupId + "：");
            store.insert(entry);
            audit.record(
                    actor,
                    "SOP_CALENDAR",
                    groupId,
                    "ALLIANCE_POST",
                    new Words("alliance post to " + byGroup.size() + " groups", "群联盟发帖，共 " + byGroup.size() + " 个社群"),
                    "+ " + entry.describe());
        }));
        byGroup.keySet().forEach(delivery::calendarChanged);
        return byGroup;
    }

    /**
     * Moves an entry (another day, date, time, or other words): the entry keeps its id, and the
     * calendar with it moved is put to the {@code sop} rules first, so a move onto a full day is
     * refused and leaves the entry where it was.
     *
     * @throws NotFoundException when the group has no such entry
     */
    public SopEntry replace(String groupId, String entryId, NewSopEntry requested, String actor, String why) {
        Group group = groups.get(groupId);
        if (requested == null) {
            throw new InvalidRequestException(
                    "entry",
                    new Words("The changed SOP entry", "修改后的日程项"),
                    new Words("is required: the entry as it should be", "必填：改好后的日程项"));
        }
        SopEntry checked = checks.checked(group, List.of(requested)).get(0);
        SopEntry moved = new SopEntry(
                entryId,
                groupId,
                checked.cadence(),
                checked.dayOfWeek(),
                checked.dayOfMonth(),
                checked.date(),
                checked.time(),
                checked.purpose(),
                checked.contentKind(),
                checked.text(),
                checked.link(),
                checked.owner(),
                checked.notes(),
                checked.createdAt());
        tx.executeWithoutResult(status -> {
            List<SopEntry> calendar = new ArrayList<>(store.entries(groupId));
            SopEntry before = calendar.stream()
                    .filter(e -> e.id().equals(entryId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("SOP entry", "SOP 日程项", entryId));
            calendar.remove(before);
            calendar.add(moved);
            rules.refuseIfRulesSayNo(group, calendar, "");
            store.delete(groupId, entryId);
            store.insert(moved);
            audit.record(
                    actor, "SOP_CALENDAR", groupId, "MOVED", why, "- " + before.describe() + "\n+ " + moved.describe());
        });
        delivery.calendarChanged(groupId);
        return moved;
    }

    /** Removes an entry; posts already sent stay on record. */
    public void remove(String groupId, String entryId, String actor) {
        groups.get(groupId);
        tx.executeWithoutResult(status -> {
            if (!store.delete(groupId, entryId)) {
                throw new NotFoundException("SOP entry", "SOP 日程项", entryId);
            }
            audit.record(
                    actor,
                    "SOP_CALENDAR",
                    groupId,
                    "REMOVED",
                    new Words("entry " + entryId, "日程项 " + entryId),
                    "- " + entryId);
        });
        delivery.calendarChanged(groupId);
    }

    /** When the group's next post is due after the given moment, if its calendar has any. */
    public Optional<OffsetDateTime> nextDue(String groupId, OffsetDateTime after) {
        Group group = groups.get(groupId);
        ZonedDateTime from = after.atZoneSameInstant(group.timeZone());
        return store.entries(groupId).stream()
                .map(e -> e.nextAfter(from, group.timeZone()))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder())
                .map(ZonedDateTime::toOffsetDateTime);
    }

    /**
     * Sends the posts due at that moment as SEND_MESSAGE actions, once each (a re-run sends
     * nothing again), never past the daily cap, and records each post with its reach.
     */
    public List<SopPost> deliver(String groupId, OffsetDateTime dueAt) {
        return posting.deliver(groupId, dueAt);
    }
}
