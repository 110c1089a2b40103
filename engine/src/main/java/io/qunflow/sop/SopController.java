package io.qunflow.sop;

import io.qunflow.common.Paging;
import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SOP calendars for operators: templates, entries, topics, alliance posts, what was sent, and essence posts. */
@RestController
class SopController {

    private final SopCalendarService calendars;
    private final EssenceService essence;

    SopController(SopCalendarService calendars, EssenceService essence) {
        this.calendars = calendars;
        this.essence = essence;
    }

    @GetMapping("/api/v1/sop/templates")
    List<SopTemplate> templates() {
        return calendars.templates();
    }

    record EntryPage(List<SopEntry> items, int total, int page, int size) {}

    /**
     * The calendar a page at a time, as the member list is paged, by time of day; {@code purpose}
     * keeps the entries of one purpose only (TOPIC: the scheduled discussion topics).
     */
    @GetMapping("/api/v1/groups/{groupId}/sop/entries")
    @RequestSubject(value = "The SOP calendar list", zh = "SOP 日程列表查询")
    EntryPage entries(
            @PathVariable String groupId,
            @RequestParam(required = false) @OneOf(Purpose.class) String purpose,
            @RequestParam(defaultValue = "0") @Between(min = 0, max = Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Between(min = 1, max = Paging.MAX_SIZE) int size) {
        SopCalendarService.Entries entries =
                calendars.entries(groupId, Optional.ofNullable(purpose).map(Purpose::valueOf), page, size);
        return new EntryPage(entries.items(), entries.total(), page, size);
    }

    @RequestSubject(value = "The SOP calendar", zh = "SOP 日程")
    record NewEntries(
            List<NewSopEntry> entries, @Text(max = 2000) String comment) {}

    @PostMapping("/api/v1/groups/{groupId}/sop/entries")
    @ResponseStatus(HttpStatus.CREATED)
    List<SopEntry> add(@PathVariable String groupId, @Valid @RequestBody NewEntries request, Principal who) {
        return calendars.add(
                groupId,
                request.entries(),
                who.getName(),
                request.comment() == null || request.comment().isBlank() ? "entries added" : request.comment());
    }

    @PostMapping("/api/v1/groups/{groupId}/sop/templates/{template}")
    @ResponseStatus(HttpStatus.CREATED)
    List<SopEntry> applyTemplate(@PathVariable String groupId, @PathVariable String template, Principal who) {
        return calendars.applyTemplate(groupId, template, who.getName());
    }

    @RequestSubject(value = "The SOP calendar", zh = "SOP 日程")
    record MovedEntry(NewSopEntry entry, @Text(max = 2000) String comment) {}

    /** Moves an entry to another day or time (or rewrites it); refused as a whole if the calendar breaks a rule. */
    @PutMapping("/api/v1/groups/{groupId}/sop/entries/{entryId}")
    SopEntry move(
            @PathVariable String groupId,
            @PathVariable String entryId,
            @Valid @RequestBody MovedEntry request,
            Principal who) {
        return calendars.replace(
                groupId,
                entryId,
                request.entry(),
                who.getName(),
                request.comment() == null || request.comment().isBlank() ? "entry moved" : request.comment());
    }

    @DeleteMapping("/api/v1/groups/{groupId}/sop/entries/{entryId}")
    ResponseEntity<Void> remove(@PathVariable String groupId, @PathVariable String entryId, Principal who) {
        calendars.remove(groupId, entryId, who.getName());
        return ResponseEntity.noContent().build();
    }

    record PostPage(List<SopPost> items, int total, int page, int size) {}

    /** What went out, a page at a time as the calendar is paged, newest first: the list grows with every post. */
    @GetMapping("/api/v1/groups/{groupId}/sop/posts")
    @RequestSubject(value = "The SOP post list", zh = "SOP 已发内容列表查询")
    PostPage posts(
            @PathVariable String groupId,
            @RequestParam(defaultValue = "0") @Between(min = 0, max = Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Between(min = 1, max = Paging.MAX_SIZE) int size) {
        SopCalendarService.Posts posts = calendars.posts(groupId, Optional.empty(), page, size);
        return new PostPage(posts.items(), posts.total(), page, size);
    }

    record AlliancePost(List<String> groupIds, NewSopEntry post) {}

    @PostMapping("/api/v1/sop/alliance-posts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, SopEntry> alliancePost(@RequestBody AlliancePost request, Principal who) {
        return calendars.postToGroups(request.groupIds(), request.post(), who.getName());
    }

    /**
     * The discussion topics sent, a page at a time, newest first; the scheduled ones are the
     * calendar's TOPIC entries ({@code GET .../sop/entries?purpose=TOPIC}).
     */
    @GetMapping("/api/v1/groups/{groupId}/sop/topics")
    @RequestSubject(value = "The SOP topic list", zh = "SOP 话题列表查询")
    PostPage topics(
            @PathVariable String groupId,
            @RequestParam(defaultValue = "0") @Between(min = 0, max = Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Between(min = 1, max = Paging.MAX_SIZE) int size) {
        SopCalendarService.Posts topics = calendars.posts(groupId, Optional.of(Purpose.TOPIC), page, size);
        return new PostPage(topics.items(), topics.total(), page, size);
    }

    @PostMapping("/api/v1/groups/{groupId}/sop/topics")
    @ResponseStatus(HttpStatus.CREATED)
    List<SopEntry> addTopics(@PathVariable String groupId, @Valid @RequestBody NewEntries request, Principal who) {
        return calendars.addTopics(
                groupId,
                request.entries(),
                who.getName(),
                request.comment() == null || request.comment().isBlank() ? "topics added" : request.comment());
    }

    @GetMapping("/api/v1/groups/{groupId}/sop/essence")
    List<EssencePost> essence(@PathVariable String groupId) {
        return essence.list(groupId);
    }

    @PostMapping("/api/v1/groups/{groupId}/sop/essence")
    @ResponseStatus(HttpStatus.CREATED)
    EssencePost markEssence(@PathVariable String groupId, @Valid @RequestBody EssenceService.Mark mark, Principal who) {
        return essence.mark(groupId, mark, who.getName());
    }

    @DeleteMapping("/api/v1/groups/{groupId}/sop/essence/{essenceId}")
    ResponseEntity<Void> unmarkEssence(@PathVariable String groupId, @PathVariable String essenceId, Principal who) {
        essence.unmark(groupId, essenceId, who.getName());
        return ResponseEntity.noContent().build();
    }
}
