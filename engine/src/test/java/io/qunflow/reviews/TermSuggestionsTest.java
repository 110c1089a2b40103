package io.qunflow.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermSuggestionsTest {

    @Test
    void runsOfLetters_areTwoToSixLettersLong_andEndAtDigitsAndPunctuation() {
        assertThat(TermSuggestions.runsOfLetters("加v13800")).containsExactlyInAnyOrder("加v");
        assertThat(TermSuggestions.runsOfLetters("低价代购!好"))
                .containsExactlyInAnyOrder("低价", "价代", "代购", "低价代", "价代购", "低价代购");
        assertThat(TermSuggestions.runsOfLetters("一二三四五六七"))
                .contains("一二三四五六", "二三四五六七")
                .doesNotContain("一二三四五六七");
    }

    @Test
    void runsOfLetters_countASurrogatePairAsOneLetter() {
        String rareHan = "𠀀𠀁";

        assertThat(TermSuggestions.runsOfLetters(rareHan)).containsExactly(rareHan);
    }

    @Test
    void longestOfEqualSupport_dropsARunALongerOneHoldsAsOften_andKeepsOneFoundMoreOften() {
        Map<String, Integer> support = Map.of("内部渠道", 3, "内部", 3, "渠道", 5);

        assertThat(TermSuggestions.longestOfEqualSupport(List.of("内部", "渠道", "内部渠道"), support))
                .containsExactlyInAnyOrder("内部渠道", "渠道");
    }

    @Test
    void support_countsEachRunOncePerText_andPastItsCapOnlyRunsAlreadySeen() {
        assertThat(TermSuggestions.support(List.of("代购代购", "代购", "低价"), 100))
                .containsEntry("代购", 2)
                .containsEntry("低价", 1);
        assertThat(TermSuggestions.support(List.of("代购", "低价", "代购"), 1)).containsExactly(Map.entry("代购", 2));
    }
}
