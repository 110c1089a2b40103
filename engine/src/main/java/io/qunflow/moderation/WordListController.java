package io.qunflow.moderation;

import io.qunflow.common.RequestChecks;
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
    List<WordListEntry> entries(
            @RequestParam(required = false) String category, @RequestParam(required = false) String q) {
        RequestChecks checks = new RequestChecks();
        Category wanted = checks.oneOf("category", category, Category.class, false);
        checks.text("q", q, 200, false);
        checks.throwIfAny("The word-list query");
        return wordLists.entries(wanted, q == null || q.isBlank() ? null : q);
    }

    record NewEntry(String term, String category, String severity, String comment) {}

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    WordListEntry add(@RequestBody NewEntry request, Principal who) {
        RequestChecks checks = new RequestChecks();
        Category category = checks.oneOf("category", request.category(), Category.class, true);
        Severity severity = checks.oneOf("severity", request.severity(), Severity.class, true);
        checks.text("term", request.term(), 200, true);
        checks.throwIfAny("The word-list entry");
        return wordLists.add(request.term(), category, severity, who.getName(), request.comment());
    }

    @DeleteMapping("/entries")
    ResponseEntity<Void> remove(
            @RequestParam String term, @RequestParam(required = false) String comment, Principal who) {
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

    record ImportRequest(String csv, String mode, String comment) {}

    @PostMapping("/import")
    WordListService.ImportResult importCsv(@RequestBody ImportRequest request, Principal who) {
        RequestChecks checks = new RequestChecks();
        ImportMode mode = request.mode() == null
                ? ImportMode.MERGE
                : checks.oneOf("mode", request.mode(), ImportMode.class, true);
        checks.text("csv", request.csv(), 5_000_000, true);
        checks.throwIfAny("The word-list import");
        return wordLists.importCsv(request.csv(), mode == ImportMode.REPLACE, who.getName(), request.comment());
    }

    record TryText(String text, boolean miniProgram, boolean qrImage, boolean link) {}

    @PostMapping("/screen")
    Screening screen(@RequestBody TryText request) {
        RequestChecks checks = new RequestChecks();
        checks.text("text", request.text(), 10_000, false);
        checks.throwIfAny("The text");
        return wordLists.screen(
                request.text(), new MessageFlags(request.miniProgram(), request.qrImage(), request.link()));
    }
}
