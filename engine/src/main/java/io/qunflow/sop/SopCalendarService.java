package io.qunflow.sop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.actions.Action;
import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.audit.AuditTrail;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.Ids;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.RequestChecks;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleParameters;
import io.qunflow.rules.model.SopCalendar;
import io.qunflow.rules.model.SopDay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A group's SOP calendar: entries from templates or by hand, checked as a whole by the {@code sop}
 * rules (daily cap, content mix) before anything is saved, and posts sent when the group's
 * workflow says they are due.
 */
@Service
public class SopCalendarService {

    static final String RULE_SET = "sop";
    private static final String[] WEEKDAYS_ZH = {"每周一", "每周二", "每周三", "每周四", "每周五", "每周六", "每周日"};

    private final SopStore store;
    private final GroupService groups;
    private final RuleEngine rules;
    private final RuleParameters parameters;
    private final ActionOutbox outbox;
    private final AuditTrail audit;
    private final SopDelivery delivery;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, SopTemplate> templates;

    SopCalendarService(
            SopStore store,
            GroupService groups,
            RuleEngine rules,
            RuleParameters parameters,
            ActionOutbox outbox,
            AuditTrail audit,
            SopDelivery delivery,
            TransactionTemplate tx,
            Clock clock,
            ObjectMapper json) {
        this.store = store;
        this.groups = groups;
        this.rules = rules;
        this.parameters = parameters;
        this.outbox = outbox;
        this.audit = audit;
        this.delivery = delivery;
        this.tx = tx;
        this.clock = clock;
        this.templates = loadTemplates(json);
    }

    /** The shipped industry templates. */
    public List<SopTemplate> templates() {
        return List.copyOf(templates.values());
    }

    /** A group's calendar, by time of day. */
    public List<SopEntry> entries(String groupId) {
        groups.get(groupId);
        return store.entries(groupId);
    }

    /** The posts a group's calendar has sent, oldest first. */
    public List<SopPost> posts(String groupId) {
        groups.get(groupId);
        return store.posts(groupId);
    }

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
        SopTemplate chosen = templates.get(template);
        if (chosen == null) {
            throw new NotFoundException("SOP template", template);
        }
        return add(groupId, chosen.entries(), actor, "template " + template);
    }

    /**
     * Adds entries to a group's calendar. Every field is checked, then the whole calendar with the
     * new entries is put to the {@code sop} rules; a refusal names each broken rule and saves nothing.
     */
    public List<SopEntry> add(String groupId, List<NewSopEntry> requested, String actor, String why) {
        Group group = groups.get(groupId);
        List<SopEntry> added = checked(group, requested);
        tx.executeWithoutResult(status -> {
            List<SopEntry> calendar = new ArrayList<>(store.entries(groupId));
            calendar.addAll(added);
            refuseIfRulesSayNo(group, calendar, "");
            added.forEach(store::insert);
            audit.record(
                    actor,
                    "SOP_CALENDAR",
                    groupId,
                    "ADDED",
                    why,
                    String.join(
                            "\n", added.stream().map(e -> "+ " + describe(e)).toList()));
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

    /** The group's topic entries, and the topics sent, newest first. */
    public Topics topics(String groupId) {
        groups.get(groupId);
        List<SopPost> sent = new ArrayList<>(store.posts(groupId).stream()
                .filter(p -> p.purpose() == Purpose.TOPIC)
                .toList());
        sent.sort(Comparator.comparing(SopPost::dueAt).reversed());
        return new Topics(
                store.entries(groupId).stream()
                        .filter(e -> e.purpose() == Purpose.TOPIC)
                        .toList(),
                sent);
    }

    /** A group's discussion topics: what is scheduled and what went out. */
    public record Topics(List<SopEntry> scheduled, List<SopPost> sent) {}

    /**
     * One post to many groups (群联盟): a one-off entry in each, all or nothing; a group whose
     * calendar would break a rule refuses the whole post, named in the reason.
     */
    public Map<String, SopEntry> postToGroups(List<String> groupIds, NewSopEntry post, String actor) {
        if (groupIds == null || groupIds.isEmpty() || groupIds.size() > 500) {
            throw new InvalidRequestException(
                    "The alliance post is invalid", List.of(new FieldProblem("groupIds", "must name 1 to 500 groups")));
        }
        if (post == null || !"ONCE".equals(post.cadence())) {
            throw new InvalidRequestException(
                    "The alliance post is invalid",
                    List.of(new FieldProblem("post.cadence", "must be ONCE: an alliance post goes out one time")));
        }
        Map<String, SopEntry> byGroup = new LinkedHashMap<>();
        for (String groupId : new TreeSet<>(groupIds)) {
            byGroup.put(groupId, checked(groups.get(groupId), List.of(post)).get(0));
        }
        tx.executeWithoutResult(status -> byGroup.forEach((groupId, entry) -> {
            List<SopEntry> calendar = new ArrayList<>(store.entries(groupId));
            calendar.add(entry);
            refuseIfRulesSayNo(groups.get(groupId), calendar, groupId + "：");
            store.insert(entry);
            audit.record(
                    actor,
                    "SOP_CALENDAR",
                    groupId,
                    "ALLIANCE_POST",
                    "alliance post to " + byGroup.size() + " groups",
                    "+ " + describe(entry));
        }));
        byGroup.keySet().forEach(delivery::calendarChanged);
        return byGroup;
    }

    /** Removes an entry; posts already sent stay on record. */
    public void remove(String groupId, String entryId, String actor) {
        groups.get(groupId);
        tx.executeWithoutResult(status -> {
            if (!store.delete(groupId, entryId)) {
                throw new NotFoundException("SOP entry", entryId);
            }
            audit.record(actor, "SOP_CALENDAR", groupId, "REMOVED", "entry " + entryId, "- " + entryId);
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
        return tx.execute(status -> {
            Group group = groups.get(groupId);
            if (group.archived()) {
                return List.of();
            }
            ZonedDateTime due = dueAt.atZoneSameInstant(group.timeZone());
            LocalDate day = due.toLocalDate();
            OffsetDateTime dayStart = day.atStartOfDay(group.timeZone()).toOffsetDateTime();
            int cap = (int) parameters.number("sop.daily-cap");
            int sentToday = store.postsBetween(
                    groupId,
                    dayStart,
                    day.plusDays(1).atStartOfDay(group.timeZone()).toOffsetDateTime());
            List<SopPost> sent = new ArrayList<>();
            for (SopEntry entry : store.entries(groupId)) {
                if (!entry.postsOn(day) || !entry.time().equals(due.toLocalTime()) || sentToday >= cap) {
                    continue;
                }
                String body = entry.link() == null ? entry.text() : entry.text() + "\n" + entry.link();
                OffsetDateTime at = due.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
                Action action = outbox.enqueue(List.of(new NewAction(
                                "sop:" + entry.id() + "@" + at.toInstant(),
                                ActionType.SEND_MESSAGE,
                                groupId,
                                null,
                                null,
                                body,
                                null,
                                null)))
                        .get(0);
                SopPost post = new SopPost(
                        Ids.next("post"),
                        groupId,
                        entry.id(),
                        at,
                        group.memberCount(),
                        action.id(),
                        body,
                        entry.purpose());
                if (store.insertPost(post)) {
                    sent.add(post);
                    sentToday++;
                }
            }
            return sent;
        });
    }

    private void refuseIfRulesSayNo(Group group, List<SopEntry> calendar, String prefix) {
        List<Object> facts = new ArrayList<>();
        facts.add(new SopCalendar(group.id(), group.type().name(), calendar.size()));
        facts.addAll(days(calendar));
        List<FieldProblem> refusals = rules.evaluate(RULE_SET, facts).decisions().stream()
                .filter(d -> d.outcome().equals("REFUSE"))
                .map(Decision::reason)
                .distinct()
                .map(reason -> new FieldProblem("calendar", prefix + reason))
                .toList();
        if (!refusals.isEmpty()) {
            throw new InvalidRequestException("The SOP calendar breaks the posting rules", refusals);
        }
    }

    /** Each weekday's recurring posts, and each date with one-off posts on top of its weekday's. */
    private static List<SopDay> days(List<SopEntry> calendar) {
        List<SopDay> days = new ArrayList<>();
        for (DayOfWeek weekday : DayOfWeek.values()) {
            List<SopEntry> recurring = calendar.stream()
                    .filter(e ->
                            e.cadence() == Cadence.DAILY || e.cadence() == Cadence.WEEKLY && e.dayOfWeek() == weekday)
                    .toList();
            days.add(day(WEEKDAYS_ZH[weekday.ordinal()], recurring));
        }
        Set<LocalDate> dates = new TreeSet<>();
        calendar.stream().filter(e -> e.cadence() == Cadence.ONCE).forEach(e -> dates.add(e.date()));
        for (LocalDate date : dates) {
            days.add(day(
                    date.toString(),
                    calendar.stream().filter(e -> e.postsOn(date)).toList()));
        }
        return days;
    }

    private static SopDay day(String label, List<SopEntry> entries) {
        return new SopDay(label, entries.size(), (int)
                entries.stream().filter(e -> e.purpose() == Purpose.ACTIVITY).count());
    }

    private List<SopEntry> checked(Group group, List<NewSopEntry> requested) {
        RequestChecks checks = new RequestChecks();
        if (requested == null || requested.isEmpty() || requested.size() > 100) {
            checks.add("entries", "must hold 1 to 100 entries");
            checks.throwIfAny("The SOP calendar");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<SopEntry> entries = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewSopEntry r = requested.get(i);
            String at = "entries[" + i + "].";
            Cadence cadence = checks.oneOf(at + "cadence", r.cadence(), Cadence.class, true);
            Purpose purpose = checks.oneOf(at + "purpose", r.purpose(), Purpose.class, true);
            ContentKind kind = checks.oneOf(at + "contentKind", r.contentKind(), ContentKind.class, true);
            checks.text(at + "text", r.text(), 2000, true);
            checks.text(at + "link", r.link(), 2000, false);
            checks.text(at + "owner", r.owner(), 100, false);
            checks.text(at + "notes", r.notes(), 2000, false);
            if (r.link() != null && !r.link().isBlank() && !r.link().matches("(?i)https?://\\S+")) {
                checks.add(at + "link", "must be an http(s) URL");
            }
            if (kind == ContentKind.MINI_PROGRAM
                    && (r.link() == null || r.link().isBlank())) {
                checks.add(at + "link", "is required for a mini-program card");
            }
            LocalTime time = parse(checks, at + "time", r.time(), LocalTime::parse, "must be a time of day, HH:mm");
            DayOfWeek day = null;
            LocalDate date = null;
            if (cadence == Cadence.WEEKLY) {
                day = checks.oneOf(at + "dayOfWeek", r.dayOfWeek(), DayOfWeek.class, true);
            }
            if (cadence == Cadence.ONCE) {
                date = parse(checks, at + "date", r.date(), LocalDate::parse, "must be a date, yyyy-MM-dd");
                if (date != null
                        && time != null
                        && !date.atTime(time)
                                .atZone(group.timeZone())
                                .toOffsetDateTime()
                                .isAfter(now)) {
                    checks.add(at + "date", "must be in the future");
                }
            }
            if (time != null && time.getSecond() != 0) {
                checks.add(at + "time", "must be whole minutes");
            }
            entries.add(new SopEntry(
                    Ids.next("sop"),
                    group.id(),
                    cadence,
                    day,
                    date,
                    time,
                    purpose,
                    kind,
                    r.text(),
                    blankToNull(r.link()),
                    blankToNull(r.owner()),
                    blankToNull(r.notes()),
                    now));
        }
        checks.throwIfAny("The SOP calendar");
        return entries;
    }

    private static <T> T parse(
            RequestChecks checks, String field, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            checks.add(field, "is required");
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException e) {
            checks.add(field, message);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String describe(SopEntry e) {
        String when = switch (e.cadence()) {
            case DAILY -> "每天";
            case WEEKLY -> WEEKDAYS_ZH[e.dayOfWeek().ordinal()];
            case ONCE -> e.date().toString();
        };
        return when + " " + e.time() + " [" + e.purpose() + "/" + e.contentKind() + "] " + e.text();
    }

    private static Map<String, SopTemplate> loadTemplates(ObjectMapper json) {
        Map<String, SopTemplate> loaded = new LinkedHashMap<>();
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:workflows/sop-templates/*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                String name = file.getFilename().substring(0, file.getFilename().length() - ".json".length());
                try (var in = file.getInputStream()) {
                    SopTemplate t = json.readValue(in, SopTemplate.class);
                    loaded.put(name, new SopTemplate(name, t.title(), t.description(), t.entries()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SOP templates", e);
        }
        return loaded;
    }
}
