package io.qunflow.moderation;

import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Word lists for compliance: search, add, remove, CSV import and export, and a try-it screen. */
@RestController
@RequestMapping("/api/v1/word-lists")
class WordListController {

    private final WordListService wordLists;

    WordListController(WordListService wordLists) {
        this.wordLists = wordLists;
    }

    @GetMapping("/entries")
    @RequestSubject(value = "The word-list query", zh = "词库查询")
    List<WordListEntry> entries(
            @RequestParam(required = false) @OneOf(Category.class) String category,
            @RequestParam(required = false) @Text(max = 200) String q) {
        return wordLists.entries(
                category == null ? null : Category.valueOf(category), q == null || q.isBlank() ? null : q);
    }

    @RequestSubject(value = "The word-list entry", zh = "词库条目")
    record NewEntry(
            @Text(max = WordListService.MAX_TERM_LENGTH, required = true)
            String term,

            @OneOf(value = Category.class, required = true) String category,
            @OneOf(value = Severity.class, required = true) String severity,
            @Text(max = 2000, required = true) String comment) {}

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    WordListEntry add(@Valid @RequestBody NewEntry request, Principal who) {
        return wordLists.add(
                request.term(),
                Category.valueOf(request.category()),
                Severity.valueOf(request.severity()),
                who.getName(),
                request.comment());
    }

    @DeleteMapping("/entries")
    @RequestSubject(value = "The removal", zh = "移除请求")
    ResponseEntity<Void> remove(
            @RequestParam String term,
            @RequestParam(required = false) @Text(max = 2000, required = true) String comment,
            Principal who) {
        wordLists.remove(term, who.getName(), comment);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/export", produces = "text/csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"qunflow-word-list.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(wordLists.exportCsv());
    }

    enum ImportMode {
        MERGE,
        REPLACE
    }

    /** @param mode MERGE (the default) or REPLACE */
    @RequestSubject(value = "The word-list import", zh = "词库导入")
    record ImportRequest(
            @Text(max = 5_000_000, required = true) String csv,
            @OneOf(ImportMode.class) String mode,
            @Text(max = 2000, required = true) String comment) {}

    @PostMapping("/import")
    WordListService.ImportResult importCsv(@Valid @RequestBody ImportRequest request, Principal who) {
        boolean replace = ImportMode.REPLACE.name().equals(request.mode());
        return wordLists.importCsv(request.csv(), replace, who.getName(), request.comment());
    }

    @RequestSubject(value = "The text", zh = "试查文本")
    record TryText(
            @Text(max = 10_000) String text, boolean miniProgram, boolean qrImage, boolean link, boolean contactCard) {}

    @PostMapping("/screen")
    Screening screen(@Valid @RequestBody TryText request) {
        return wordLists.screen(
                request.text(),
                new MessageFlags(request.miniProgram(), request.qrImage(), request.link(), request.contactCard()));
    }
}
