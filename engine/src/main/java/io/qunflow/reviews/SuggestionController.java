package io.qunflow.reviews;

import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.WholeNumber;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Terms the upheld spam suggests for the word list, with their cost in everyday chat. */
@RestController
class SuggestionController {

    private final TermSuggestions suggestions;

    SuggestionController(TermSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/v1/word-lists/suggestions")
    @RequestSubject(value = "The suggestion query", zh = "建议查询")
    TermSuggestions.Suggestions suggestions(
            @RequestParam(defaultValue = "2") @WholeNumber(min = 1, max = 1000) String minUpheld,
            @RequestParam(defaultValue = "20") @WholeNumber(min = 1, max = 100) String limit) {
        return suggestions.suggest(Integer.parseInt(minUpheld.strip()), Integer.parseInt(limit.strip()));
    }
}
